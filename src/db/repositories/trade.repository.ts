import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../client';
import { adminUnits, certificates, entities, productStarRecords, products, tradeRecords } from '../schema';
import type { Scope, TradeKind } from '../../domain/policy';
import { scopeWhere, unitFilterWhere } from './scope';

export type TradeRow = typeof tradeRecords.$inferSelect;
export type TradeInsert = typeof tradeRecords.$inferInsert;

const unit = alias(adminUnits, 'unit');
const province = alias(adminUnits, 'province');
const view = { record: tradeRecords, unitName: unit.name, provinceName: province.name };

function withNames(db: Executor) {
  return db
    .select(view)
    .from(tradeRecords)
    .leftJoin(unit, and(eq(unit.structure, tradeRecords.unitStructure), eq(unit.code, tradeRecords.unitCode)))
    .leftJoin(province, and(eq(province.structure, 'current'), eq(province.code, tradeRecords.provinceCode)));
}
export type TradeView = { record: TradeRow; unitName: string | null; provinceName: string | null };

export interface TradeQuery {
  kind: TradeKind;
  scope: Scope;
  q?: string; // search key
  unit?: string;
  category?: string;
  status?: string;
  /** Records whose period (start, else end) falls in the year. */
  year?: number;
  productId?: string;
  page: number;
  pageSize: number;
}

export async function listTradeRecords(db: Executor, q: TradeQuery) {
  const conditions: Array<SQL | undefined> = [
    eq(tradeRecords.kind, q.kind),
    scopeWhere(q.scope, tradeRecords),
    unitFilterWhere(q.unit, tradeRecords),
    q.category ? eq(tradeRecords.category, q.category) : undefined,
    q.status ? eq(tradeRecords.status, q.status) : undefined,
    q.year ? sql`extract(year from coalesce(${tradeRecords.startsOn}, ${tradeRecords.endsOn})) = ${q.year}` : undefined,
    q.productId ? sql`${tradeRecords.productIds} @> ${JSON.stringify([q.productId])}::jsonb` : undefined,
    // every query word appears in the names (diacritic-free)
    ...(q.q ?? '').split(/\s+/).filter(Boolean).map((w) => sql`${tradeRecords.searchText} like ${'%' + w.replace(/[\\%_]/g, '\\$&') + '%'}`),
  ];
  const where = and(...conditions);
  const rows = await withNames(db)
    .where(where)
    .orderBy(sql`${tradeRecords.startsOn} desc nulls last`, desc(tradeRecords.createdAt), tradeRecords.id)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(tradeRecords).where(where);
  return { rows, total };
}

export async function getTradeRecord(db: Executor, kind: TradeKind, id: string): Promise<TradeView | undefined> {
  const [row] = await withNames(db).where(and(eq(tradeRecords.id, id), eq(tradeRecords.kind, kind)));
  return row;
}

export async function findByRequest(db: Executor, createdBy: string, requestId: string) {
  const [row] = await db.select().from(tradeRecords).where(and(eq(tradeRecords.createdBy, createdBy), eq(tradeRecords.requestId, requestId)));
  return row;
}

export async function insertTradeRecord(db: Executor, values: TradeInsert): Promise<TradeRow> {
  const [row] = await db.insert(tradeRecords).values(values).returning();
  return row;
}

/** Optimistic update: undefined when the version has moved on. */
export async function updateTradeRecord(db: Executor, id: string, version: number, values: Partial<TradeInsert>) {
  const [row] = await db
    .update(tradeRecords)
    .set({ ...values, version: sql`${tradeRecords.version} + 1`, updatedAt: new Date() })
    .where(and(eq(tradeRecords.id, id), eq(tradeRecords.version, version)))
    .returning();
  return row;
}

/** The best class a product holds on `day` (see `tradeProducts`), as a SQL expression on `products`. */
export function certifiedStarsSql(day: string): SQL<number | null> {
  return sql<number | null>`case when exists (select 1 from ${certificates} c0 where c0.product_id = ${products.id})
        then (select max(c.stars)::int from ${certificates} c where c.product_id = ${products.id}
          and (c.revoked_on is null or c.revoked_on > ${day}::date) and (c.superseded_on is null or c.superseded_on > ${day}::date)
          and c.issued_on <= ${day}::date and c.valid_until >= ${day}::date)
        else (select r.stars from ${productStarRecords} r where r.product_id = ${products.id}
          and coalesce(r.recognised_on, make_date(r.year, 1, 1)) <= ${day}::date
          and coalesce(r.recognised_on, make_date(r.year, 1, 1)) + interval '36 months' > ${day}::date
          order by r.year desc, r.created_at desc limit 1) end`;
}

/**
 * Products as trade promotion sees them: name, entity, current class, and `certifiedStars`, the
 * best class the product holds on `day` (null: none). A certificate counts while valid on that
 * day; a product recognised before the platform (star records, no certificate kept here) counts
 * its latest recognition for the 36 months from its date (1 January of its year when only the
 * year is known). Deleted products are left out.
 */
export async function tradeProducts(db: Executor, ids: readonly string[], day: string) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: products.id,
      name: products.name,
      entityId: products.entityId,
      entityName: entities.name,
      stars: products.stars,
      unitStructure: products.unitStructure,
      unitCode: products.unitCode,
      provinceCode: products.provinceCode,
      certifiedStars: certifiedStarsSql(day),
    })
    .from(products)
    .innerJoin(entities, eq(entities.id, products.entityId))
    .where(and(inArray(products.id, [...ids]), isNull(products.deletedAt)));
}
export type TradeProductRow = Awaited<ReturnType<typeof tradeProducts>>[number];

export async function entityNames(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: entities.id, name: entities.name }).from(entities).where(and(inArray(entities.id, [...ids]), isNull(entities.deletedAt)));
}
