import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { DossierEntryPath } from '../../domain/cycle';
import type { Executor } from '../client';
import { dossiers } from '../schema';
import { itemListWhere, type ItemQuery } from './ideas.repository';
import { itemNames } from './workflow.repository';

export type DossierRow = typeof dossiers.$inferSelect;
export type DossierInsert = typeof dossiers.$inferInsert;

const names = itemNames('dossiers');
const dossierView = { dossier: dossiers, ...names };

export async function listDossiers(db: Executor, query: ItemQuery & { entryPath?: DossierEntryPath; productId?: string; businessPlanId?: string }) {
  const where = and(
    itemListWhere(dossiers, query),
    query.entryPath ? eq(dossiers.entryPath, query.entryPath) : undefined,
    query.productId ? eq(dossiers.productId, query.productId) : undefined,
    query.businessPlanId ? eq(dossiers.businessPlanId, query.businessPlanId) : undefined,
  );
  const rows = await db
    .select(dossierView)
    .from(dossiers)
    .where(where)
    .orderBy(desc(dossiers.statusChangedAt), desc(dossiers.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [{ total }] = await db.select({ total: count() }).from(dossiers).where(where);
  return { rows, total };
}

export async function getDossier(db: Executor, id: string) {
  const [row] = await db.select(dossierView).from(dossiers).where(eq(dossiers.id, id));
  return row;
}

export async function insertDossier(db: Executor, values: DossierInsert): Promise<DossierRow> {
  const [row] = await db.insert(dossiers).values(values).returning();
  return row;
}

const LIVE = sql`${dossiers.status} not in ('evaluated', 'rejected', 'withdrawn')`;

/** The live dossier of a product or of a business plan, if any. */
export async function liveDossierOf(db: Executor, of: { productId?: string | null; businessPlanId?: string | null }) {
  if (of.productId) {
    const [row] = await db.select({ id: dossiers.id }).from(dossiers).where(and(eq(dossiers.productId, of.productId), LIVE));
    if (row) return row;
  }
  if (of.businessPlanId) {
    const [row] = await db.select({ id: dossiers.id }).from(dossiers).where(and(eq(dossiers.businessPlanId, of.businessPlanId), LIVE));
    if (row) return row;
  }
  return undefined;
}

/**
 * The product's last dossier to carry documents over from: the most recent one that reached
 * evaluation, else the most recent one not withdrawn, else the most recent one.
 */
export async function lastDossierOfProduct(db: Executor, productId: string): Promise<DossierRow | undefined> {
  const [row] = await db
    .select()
    .from(dossiers)
    .where(eq(dossiers.productId, productId))
    .orderBy(sql`(${dossiers.status} = 'evaluated') desc`, sql`(${dossiers.status} <> 'withdrawn') desc`, desc(dossiers.createdAt), desc(dossiers.id))
    .limit(1);
  return row;
}
