import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { adminUnits, certificates, entities, productPhotos, productStarRecords, products, tradeRecords } from '../schema';
import { MIN_CERTIFIED_STARS } from '../../domain/certificates/eligibility';

/** Queries of the public portal: photos, a product's current certificate, statistics. */

export type PhotoRow = typeof productPhotos.$inferSelect;

export async function photosOf(db: Executor, productIds: readonly string[]): Promise<PhotoRow[]> {
  if (productIds.length === 0) return [];
  return db
    .select()
    .from(productPhotos)
    .where(and(inArray(productPhotos.productId, [...productIds]), isNull(productPhotos.deletedAt)))
    .orderBy(asc(productPhotos.productId), asc(productPhotos.position), asc(productPhotos.createdAt));
}

export async function getPhoto(db: Executor, id: string) {
  const [row] = await db
    .select({ photo: productPhotos, stars: products.stars, productDeleted: products.deletedAt })
    .from(productPhotos)
    .innerJoin(products, eq(products.id, productPhotos.productId))
    .where(and(eq(productPhotos.id, id), isNull(productPhotos.deletedAt)));
  return row;
}

export async function findPhotoBySha(db: Executor, productId: string, sha256: string) {
  const [row] = await db
    .select()
    .from(productPhotos)
    .where(and(eq(productPhotos.productId, productId), eq(productPhotos.sha256, sha256), isNull(productPhotos.deletedAt)));
  return row;
}

export async function countPhotos(db: Executor, productId: string): Promise<{ count: number; nextPosition: number }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, next: sql<number>`coalesce(max(${productPhotos.position}), 0)::int + 1` })
    .from(productPhotos)
    .where(and(eq(productPhotos.productId, productId), isNull(productPhotos.deletedAt)));
  return { count: row.count, nextPosition: row.next };
}

export async function insertPhoto(db: Executor, values: typeof productPhotos.$inferInsert): Promise<PhotoRow> {
  const [row] = await db.insert(productPhotos).values(values).returning();
  return row;
}

export async function deletePhoto(db: Executor, id: string): Promise<PhotoRow | undefined> {
  const [row] = await db
    .update(productPhotos)
    .set({ deletedAt: new Date() })
    .where(and(eq(productPhotos.id, id), isNull(productPhotos.deletedAt)))
    .returning();
  return row;
}

/**
 * The certificate to show on a product's page: one in force on `day` (the latest issued),
 * else the latest issued whatever its state, so an expired or revoked one is shown as such.
 */
export async function currentCertificate(db: Executor, productId: string, day: string) {
  const inForce = sql<number>`case when ${certificates.issuedOn} <= ${day}::date
      and (${certificates.revokedOn} is null or ${certificates.revokedOn} > ${day}::date)
      and (${certificates.supersededOn} is null or ${certificates.supersededOn} > ${day}::date)
      and ${certificates.validUntil} >= ${day}::date then 1 else 0 end`;
  const [row] = await db
    .select()
    .from(certificates)
    .where(eq(certificates.productId, productId))
    .orderBy(desc(inForce), desc(certificates.issuedOn), desc(certificates.createdAt))
    .limit(1);
  return row;
}

export async function entityOf(db: Executor, entityId: string) {
  const [row] = await db
    .select({ id: entities.id, name: entities.name, type: entities.type, website: entities.website })
    .from(entities)
    .where(eq(entities.id, entityId));
  return row;
}

const catalogued = and(isNull(products.deletedAt), sql`${products.stars} >= ${MIN_CERTIFIED_STARS}`);

export async function statistics(db: Executor) {
  const byStars = await db
    .select({ stars: sql<number>`${products.stars}::int`, count: sql<number>`count(*)::int` })
    .from(products)
    .where(catalogued)
    .groupBy(products.stars)
    .orderBy(products.stars);
  const byYear = await db
    .select({ year: productStarRecords.year, stars: productStarRecords.stars, count: sql<number>`count(distinct ${productStarRecords.productId})::int` })
    .from(productStarRecords)
    .innerJoin(products, eq(products.id, productStarRecords.productId))
    .where(and(isNull(products.deletedAt), sql`${productStarRecords.stars} >= ${MIN_CERTIFIED_STARS}`))
    .groupBy(productStarRecords.year, productStarRecords.stars)
    .orderBy(productStarRecords.year, productStarRecords.stars);
  const byProvince = await db
    .select({ code: products.provinceCode, name: sql<string>`coalesce(max(${adminUnits.name}), ${products.provinceCode})`, count: sql<number>`count(*)::int` })
    .from(products)
    .leftJoin(adminUnits, and(eq(adminUnits.structure, 'current'), eq(adminUnits.code, products.provinceCode)))
    .where(catalogued)
    .groupBy(products.provinceCode)
    .orderBy(products.provinceCode);
  const [{ updatedAt }] = await db
    .select({ updatedAt: sql<string | null>`max(${products.updatedAt})` })
    .from(products)
    .where(catalogued);
  return { byStars, byYear, byProvince, updatedAt: updatedAt ? new Date(updatedAt).toISOString() : null };
}

/** Ids and last change of every catalogued product, for sitemap.xml. */
export async function cataloguedProductIds(db: Executor, limit: number) {
  return db
    .select({ id: products.id, updatedAt: products.updatedAt })
    .from(products)
    .where(catalogued)
    .orderBy(asc(products.id))
    .limit(limit);
}

/** Locks a product's row (serialises uploads of its photos). */
export async function lockProduct(db: Executor, productId: string): Promise<void> {
  await db.execute(sql`select id from products where id = ${productId} for update`);
}

/** Where a product is sold: the open sales points that stock it and its active e-commerce listings (trade_records). */
export async function whereToBuy(db: Executor, productId: string) {
  const province = sql<string | null>`(select u.name from admin_units u where u.structure = 'current' and u.code = trade_records.province_code)`;
  return db
    .select({ id: tradeRecords.id, kind: tradeRecords.kind, name: tradeRecords.name, category: tradeRecords.category, status: tradeRecords.status, amountVnd: tradeRecords.amountVnd, details: tradeRecords.details, provinceCode: tradeRecords.provinceCode, provinceName: province })
    .from(tradeRecords)
    .where(
      and(
        sql`${tradeRecords.productIds} @> ${JSON.stringify([productId])}::jsonb`,
        sql`((${tradeRecords.kind} = 'salesPoint' and coalesce(${tradeRecords.status}, 'open') = 'open') or (${tradeRecords.kind} = 'listing' and coalesce(${tradeRecords.status}, 'active') = 'active'))`,
      ),
    )
    .orderBy(asc(tradeRecords.kind), asc(tradeRecords.name));
}

/* ---------------------- trade promotion on the portal (SPEC C7) ---------------------- */

/** The provinces of the current structure (code and name), for the portal's province filters. */
export async function currentProvinces(db: Executor) {
  return db
    .select({ code: adminUnits.code, name: adminUnits.name })
    .from(adminUnits)
    .where(and(eq(adminUnits.structure, 'current'), eq(adminUnits.level, 'province')))
    .orderBy(asc(adminUnits.code));
}

export interface PublicTradeQuery {
  /** Province codes to keep (undefined: every province; empty: none). */
  provinceCodes?: readonly string[];
  /** Diacritic-free words that must all appear in the record's search text. */
  words?: readonly string[];
  /** Only these records. */
  ids?: readonly string[];
}

function tradeFilters(q: PublicTradeQuery) {
  return [
    q.provinceCodes ? (q.provinceCodes.length ? inArray(tradeRecords.provinceCode, [...q.provinceCodes]) : sql`false`) : undefined,
    ...(q.words ?? []).map((w) => sql`${tradeRecords.searchText} like ${'%' + w.replace(/[\\%_]/g, '\\$&') + '%'}`),
    q.ids ? inArray(tradeRecords.id, [...q.ids]) : undefined,
  ];
}

const tradeUnitName = sql<string | null>`(select u.name from admin_units u where u.structure = trade_records.unit_structure and u.code = trade_records.unit_code)`;
const tradeProvinceName = sql<string | null>`(select u.name from admin_units u where u.structure = 'current' and u.code = trade_records.province_code)`;
const publicTradeColumns = {
  id: tradeRecords.id,
  kind: tradeRecords.kind,
  name: tradeRecords.name,
  category: tradeRecords.category,
  status: tradeRecords.status,
  startsOn: tradeRecords.startsOn,
  endsOn: tradeRecords.endsOn,
  details: tradeRecords.details,
  productIds: tradeRecords.productIds,
  unitStructure: tradeRecords.unitStructure,
  unitCode: tradeRecords.unitCode,
  provinceCode: tradeRecords.provinceCode,
  districtCode: tradeRecords.districtCode,
  unitName: tradeUnitName,
  provinceName: tradeProvinceName,
};
export type PublicTradeRow = Awaited<ReturnType<typeof openSalesPoints>>[number];

/** Open sales points and centres (planned and closed ones are never published), by province and name. */
export async function openSalesPoints(db: Executor, q: PublicTradeQuery, limit: number) {
  return db
    .select(publicTradeColumns)
    .from(tradeRecords)
    .where(and(eq(tradeRecords.kind, 'salesPoint'), sql`coalesce(${tradeRecords.status}, 'open') = 'open'`, ...tradeFilters(q)))
    .orderBy(asc(tradeRecords.provinceCode), asc(tradeRecords.name), asc(tradeRecords.id))
    .limit(limit);
}

/** Open sales points per province (every province, whatever the filter). */
export async function openSalesPointsByProvince(db: Executor) {
  return db
    .select({ code: tradeRecords.provinceCode, name: sql<string>`coalesce(max(${adminUnits.name}), ${tradeRecords.provinceCode})`, count: sql<number>`count(*)::int` })
    .from(tradeRecords)
    .leftJoin(adminUnits, and(eq(adminUnits.structure, 'current'), eq(adminUnits.code, tradeRecords.provinceCode)))
    .where(and(eq(tradeRecords.kind, 'salesPoint'), sql`coalesce(${tradeRecords.status}, 'open') = 'open'`))
    .groupBy(tradeRecords.provinceCode)
    .orderBy(tradeRecords.provinceCode);
}

/** Fairs held (at least one day) between `from` and `to` (inclusive; either may be open). */
export async function fairsBetween(db: Executor, q: PublicTradeQuery & { from?: string; to?: string }, limit: number) {
  return db
    .select(publicTradeColumns)
    .from(tradeRecords)
    .where(
      and(
        eq(tradeRecords.kind, 'fair'),
        q.from ? sql`coalesce(${tradeRecords.endsOn}, ${tradeRecords.startsOn}) >= ${q.from}::date` : undefined,
        q.to ? sql`${tradeRecords.startsOn} <= ${q.to}::date` : undefined,
        ...tradeFilters(q),
      ),
    )
    .orderBy(asc(tradeRecords.startsOn), asc(tradeRecords.name), asc(tradeRecords.id))
    .limit(limit);
}

/** Fairs per start month (YYYY-MM), oldest first. */
export async function fairMonths(db: Executor, q: PublicTradeQuery) {
  return db
    .select({ month: sql<string>`to_char(${tradeRecords.startsOn}, 'YYYY-MM')`, count: sql<number>`count(*)::int` })
    .from(tradeRecords)
    .where(and(eq(tradeRecords.kind, 'fair'), sql`${tradeRecords.startsOn} is not null`, ...tradeFilters(q)))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

/** The catalogued (3★+, not deleted) products among `ids`: the ones a public page may link to. */
export async function cataloguedProducts(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: products.id, name: products.name, stars: products.stars, sortKey: products.sortKey })
    .from(products)
    .where(and(inArray(products.id, [...ids]), catalogued))
    .orderBy(asc(products.sortKey), asc(products.id));
}
