import { and, desc, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { demandOffers, demands, entities, products } from '../schema';
import type { Scope } from '../../domain/policy';
import { scopeWhere } from './scope';
import { certifiedStarsSql } from './trade.repository';

export type DemandRow = typeof demands.$inferSelect;
export type OfferRow = typeof demandOffers.$inferSelect;

const provinceName = sql<string | null>`(select p.name from admin_units p where p.structure = 'current' and p.code = demands.province_code)`;
const buyerName = sql<string>`coalesce((select b.organisation from buyer_profiles b where b.user_id = demands.buyer_user_id), (select u.display_name from users u where u.id = demands.buyer_user_id))`;
const view = { demand: demands, provinceName, buyerName };
export type DemandView = { demand: DemandRow; provinceName: string | null; buyerName: string };

const demandCols = { ...demands, ownerUserId: demands.buyerUserId };

export async function listDemands(db: Executor, q: { scope: Scope | null; ids?: string[]; q?: string; status?: string; page: number; pageSize: number }) {
  const where = and(
    q.scope ? scopeWhere(q.scope, demandCols) : undefined,
    q.ids ? (q.ids.length ? inArray(demands.id, q.ids) : sql`false`) : undefined,
    q.status ? eq(demands.status, q.status) : undefined,
    ...(q.q ?? '').split(/\s+/).filter(Boolean).map((w) => sql`${demands.searchText} like ${'%' + w.replace(/[\\%_]/g, '\\$&') + '%'}`),
  );
  const rows = await db.select(view).from(demands).where(where).orderBy(desc(demands.createdAt), demands.id).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(demands).where(where);
  return { rows, total };
}

/** Open demands (for a producer's list, filtered by matching in the service). */
export async function openDemands(db: Executor): Promise<DemandRow[]> {
  return db.select().from(demands).where(eq(demands.status, 'open')).orderBy(desc(demands.createdAt));
}

export async function getDemand(db: Executor, id: string): Promise<DemandView | undefined> {
  const [row] = await db.select(view).from(demands).where(eq(demands.id, id));
  return row;
}

export async function findDemandByRequest(db: Executor, buyerUserId: string, requestId: string) {
  const [row] = await db.select().from(demands).where(and(eq(demands.buyerUserId, buyerUserId), eq(demands.requestId, requestId)));
  return row;
}

export async function insertDemand(db: Executor, values: typeof demands.$inferInsert): Promise<DemandRow> {
  const [row] = await db.insert(demands).values(values).returning();
  return row;
}

export async function updateDemand(db: Executor, id: string, version: number, values: Partial<typeof demands.$inferInsert>) {
  const [row] = await db
    .update(demands)
    .set({ ...values, version: sql`${demands.version} + 1`, updatedAt: new Date() })
    .where(and(eq(demands.id, id), eq(demands.version, version)))
    .returning();
  return row;
}

/**
 * Certified products that may match a demand: live, holding at least `minStars` on `day`, in
 * the group when one is named; with the producer's certifications and the latest declared output.
 */
export async function matchCandidates(db: Executor, q: { day: string; minStars: number; groupCode: string | null; entityId?: string }) {
  const stars = certifiedStarsSql(q.day);
  const conditions: Array<SQL | undefined> = [
    isNull(products.deletedAt),
    gte(stars, q.minStars),
    q.groupCode ? eq(products.groupCode, q.groupCode) : undefined,
    q.entityId ? eq(products.entityId, q.entityId) : undefined,
  ];
  return db
    .select({
      productId: products.id,
      productName: products.name,
      entityId: products.entityId,
      entityName: entities.name,
      groupCode: products.groupCode,
      subgroupCode: products.subgroupCode,
      provinceCode: products.provinceCode,
      provinceName: sql<string | null>`(select p.name from admin_units p where p.structure = 'current' and p.code = products.province_code)`,
      stars: sql<number>`${stars}`,
      certifications: entities.certifications,
      output: sql<number | null>`(select f.output from business_figures f where f.product_id = ${products.id} and f.output is not null order by f.year desc limit 1)`,
      outputUnit: sql<string | null>`(select f.output_unit from business_figures f where f.product_id = ${products.id} and f.output is not null order by f.year desc limit 1)`,
    })
    .from(products)
    .innerJoin(entities, eq(entities.id, products.entityId))
    .where(and(...conditions));
}
export type CandidateRow = Awaited<ReturnType<typeof matchCandidates>>[number];

const offerView = { offer: demandOffers, productName: products.name, entityName: entities.name };

export async function offersOf(db: Executor, demandIds: string[]) {
  if (demandIds.length === 0) return [];
  return db
    .select(offerView)
    .from(demandOffers)
    .innerJoin(products, eq(products.id, demandOffers.productId))
    .innerJoin(entities, eq(entities.id, demandOffers.entityId))
    .where(inArray(demandOffers.demandId, demandIds))
    .orderBy(demandOffers.createdAt);
}

export async function findOffer(db: Executor, demandId: string, productId: string) {
  const [row] = await db.select().from(demandOffers).where(and(eq(demandOffers.demandId, demandId), eq(demandOffers.productId, productId)));
  return row;
}

export async function insertOffer(db: Executor, values: typeof demandOffers.$inferInsert): Promise<OfferRow> {
  const [row] = await db.insert(demandOffers).values(values).returning();
  return row;
}

export async function productOwner(db: Executor, productId: string) {
  const [row] = await db.select({ id: products.id, entityId: products.entityId, name: products.name }).from(products).where(and(eq(products.id, productId), isNull(products.deletedAt)));
  return row;
}
