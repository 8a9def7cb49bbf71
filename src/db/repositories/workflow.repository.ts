import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../client';
import { businessPlans, cycleItemVersions, cycleTransitions, dossiers, idempotencyKeys, ideas } from '../schema';

/**
 * What ideas, business plans and dossiers share: the compare-and-set status update, the
 * transitions (timelines), the filed content versions and the idempotency keys.
 */

export type ItemTable = typeof ideas | typeof businessPlans | typeof dossiers;
export type ItemType = 'idea' | 'business-plan' | 'dossier';

export const ITEM_TABLES: { readonly [K in ItemType]: ItemTable } = {
  idea: ideas,
  'business-plan': businessPlans,
  dossier: dossiers,
};

/** Name subqueries for a workflow table (its unit, its province, its entity). */
export function itemNames(tableName: string) {
  const t = sql.raw(tableName);
  return {
    unitName: sql<string | null>`(select u.name from admin_units u where u.structure = ${t}.unit_structure and u.code = ${t}.unit_code)`,
    provinceName: sql<string | null>`(select p.name from admin_units p where p.structure = 'current' and p.code = ${t}.province_code)`,
    entityName: sql<string | null>`(select e.name from entities e where e.id = ${t}.entity_id)`,
  };
}

export interface StatusPatch {
  status: string;
  statusChangedAt: Date;
  dueOn: string | null;
  lastNote: string | null;
  contentVersion?: number;
  firstSubmittedAt?: Date;
  late?: boolean;
  [column: string]: unknown;
}

/**
 * Moves an item to a new status only if it is still at the version that was read
 * (compare-and-set): of two officers acting at once, one wins and the other gets nothing.
 */
export async function compareAndSetStatus(
  db: Executor,
  type: ItemType,
  id: string,
  expected: { version: number; status: string },
  patch: StatusPatch,
): Promise<boolean> {
  const table = ITEM_TABLES[type] as typeof ideas; // the shared columns have the same names in every item table
  const rows = await db
    .update(table)
    .set({ ...(patch as Partial<typeof ideas.$inferInsert>), version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(and(eq(table.id, id), eq(table.version, expected.version), eq(table.status, expected.status)))
    .returning({ id: table.id });
  return rows.length === 1;
}

/** Updates an item's content fields under the version check (drafts and returned items). */
export async function compareAndSetContent(
  db: Executor,
  type: ItemType,
  id: string,
  version: number,
  statuses: readonly string[],
  values: Record<string, unknown>,
): Promise<boolean> {
  const table = ITEM_TABLES[type] as typeof ideas;
  const statusIn = sql`${table.status} in (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)})`;
  const rows = await db
    .update(table)
    .set({ ...(values as Partial<typeof ideas.$inferInsert>), version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(and(eq(table.id, id), eq(table.version, version), statusIn))
    .returning({ id: table.id });
  return rows.length === 1;
}

export type TransitionRow = typeof cycleTransitions.$inferSelect;

export async function insertTransition(db: Executor, values: typeof cycleTransitions.$inferInsert): Promise<TransitionRow> {
  const [row] = await db.insert(cycleTransitions).values(values).returning();
  return row;
}

export async function listTransitions(db: Executor, itemType: string, itemId: string): Promise<TransitionRow[]> {
  return db
    .select()
    .from(cycleTransitions)
    .where(and(eq(cycleTransitions.itemType, itemType), eq(cycleTransitions.itemId, itemId)))
    .orderBy(asc(cycleTransitions.id));
}

export async function insertVersion(db: Executor, values: typeof cycleItemVersions.$inferInsert) {
  const [row] = await db.insert(cycleItemVersions).values(values).returning();
  return row;
}

export async function listVersions(db: Executor, itemType: string, itemId: string) {
  return db
    .select({
      number: cycleItemVersions.number,
      createdAt: cycleItemVersions.createdAt,
      createdByName: cycleItemVersions.createdByName,
      files: cycleItemVersions.files,
    })
    .from(cycleItemVersions)
    .where(and(eq(cycleItemVersions.itemType, itemType), eq(cycleItemVersions.itemId, itemId)))
    .orderBy(desc(cycleItemVersions.number));
}

export async function getVersion(db: Executor, itemType: string, itemId: string, number: number) {
  const [row] = await db
    .select()
    .from(cycleItemVersions)
    .where(and(eq(cycleItemVersions.itemType, itemType), eq(cycleItemVersions.itemId, itemId), eq(cycleItemVersions.number, number)));
  return row;
}

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;

export async function findIdempotencyKey(db: Executor, userId: string, key: string): Promise<IdempotencyRow | undefined> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  return row;
}

/** Throws a unique violation when the key was stored meanwhile (a concurrent retry). */
export async function insertIdempotencyKey(db: Executor, values: typeof idempotencyKeys.$inferInsert): Promise<void> {
  await db.insert(idempotencyKeys).values(values);
}

/** `status in (…)` for a list of statuses (false when empty). */
export function statusIn(column: SQL | AnyPgColumn, statuses: readonly string[]): SQL {
  if (statuses.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)})`;
}
