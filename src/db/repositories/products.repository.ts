import { and, asc, count, eq, getTableColumns, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../client';
import { adminUnits, businessFigures, catalogueRows, entities, productStarRecords, products } from '../schema';
import { MIN_CERTIFIED_STARS } from '../../domain/certificates/eligibility';
import type { Scope } from '../../domain/policy';
import { scopeWhere, unitFilterWhere } from './scope';
import { searchCondition, searchOrder, twoPassSearch, type SearchMode } from './search';
import { correctedQuery, type Vocabulary } from '../../domain/text/typos';

export type ProductRow = Omit<typeof products.$inferSelect, 'searchVector'>;
export type ProductInsert = typeof products.$inferInsert;

// Everything but the word index, which only the database needs.
const { searchVector: _searchVector, ...productColumns } = getTableColumns(products);
const unit = alias(adminUnits, 'unit');
const province = alias(adminUnits, 'province');
const productView = { product: productColumns, entityName: entities.name, unitName: unit.name, provinceName: province.name };

/** products ⋈ entity, with the names of its commune and province (primary-key lookups). */
function productsWithNames(db: Executor) {
  return db
    .select(productView)
    .from(products)
    .innerJoin(entities, eq(entities.id, products.entityId))
    .leftJoin(unit, and(eq(unit.structure, products.unitStructure), eq(unit.code, products.unitCode)))
    .leftJoin(province, and(eq(province.structure, 'current'), eq(province.code, products.provinceCode)));
}

export interface ProductQuery {
  /** null = the public catalogue: recognised products everywhere. */
  scope: Scope | null;
  q?: string; // search key
  province?: string;
  unit?: string;
  group?: string;
  subgroup?: string;
  stars?: number[];
  entityId?: string;
  entityType?: string;
  page: number;
  pageSize: number;
  /** Words mode with this tsquery instead of the one made from `q` (the corrected typo pass). */
  tsquery?: string;
}

/**
 * Where a list reads from: the public catalogue (no scope) from `catalogue_rows`, the narrow copy
 * of the catalogued products kept by triggers (src/db/schema/portal.ts), which holds only
 * products not deleted and of 3★ or more; a jurisdiction's list from `products`.
 */
type ListTable = typeof products | typeof catalogueRows;

function listWhere(query: ProductQuery, mode: SearchMode, t: ListTable): SQL | undefined {
  const conditions: Array<SQL | undefined> =
    t === catalogueRows
      ? [unitFilterWhere(query.unit, t)]
      : [isNull(products.deletedAt), query.scope ? scopeWhere(query.scope, products) : gte(products.stars, MIN_CERTIFIED_STARS), unitFilterWhere(query.unit, products)];
  if (query.province) conditions.push(eq(t.provinceCode, query.province));
  if (query.group) conditions.push(eq(t.groupCode, query.group));
  if (query.subgroup) conditions.push(eq(t.subgroupCode, query.subgroup));
  if (query.entityId) conditions.push(eq(t.entityId, query.entityId));
  if (query.entityType) conditions.push(sql`exists (select 1 from entities e where e.id = ${t.entityId} and e.type = ${query.entityType})`);
  if (query.stars?.length) {
    const rated = query.stars.filter((s) => s > 0);
    const unrated = query.stars.includes(0);
    const parts: SQL[] = [];
    if (rated.length) parts.push(inArray(t.stars, rated));
    if (unrated) parts.push(sql`${t.stars} is null`);
    conditions.push(sql`(${sql.join(parts, sql` or `)})`);
  }
  if (query.q) {
    conditions.push(
      query.tsquery && mode === 'words' ? sql`${t.searchVector} @@ to_tsquery('simple', ${query.tsquery})` : searchCondition(mode, t, query.q, { synonyms: true }),
    );
  }
  return and(...conditions);
}

async function listPage(db: Executor, query: ProductQuery, mode: SearchMode) {
  // The typo pass stays on products: on the narrow table the planner prefers a sequential scan
  // to the trigram index, and word_similarity on every row costs seconds (bench/RESULTS.md).
  const t: ListTable = query.scope || mode === 'typos' ? products : catalogueRows;
  const where = listWhere(query, mode, t);
  // A search visits its matches once for the page's ids and the total (window count); a
  // plain listing walks the sort index for the page and counts from a narrow index instead.
  // Names are joined for the page only.
  const page = await db
    .select({ id: t.id, total: query.q ? sql<number>`count(*) over ()`.mapWith(Number) : sql<number>`0`.mapWith(Number) })
    .from(t)
    .where(where)
    .orderBy(...(query.q ? searchOrder(mode, t.searchText, query.q) : []), asc(t.sortKey), asc(t.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  if (page.length === 0 || !query.q) {
    const [{ total }] = await db.select({ total: count() }).from(t).where(where);
    if (page.length === 0) return { rows: [], total };
    page[0].total = total;
  }
  const details = await productsWithNames(db).where(inArray(products.id, page.map((r) => r.id)));
  const byId = new Map(details.map((d) => [d.product.id, d]));
  return { rows: page.map((r) => byId.get(r.id)!), total: page[0].total };
}

/**
 * A list or search. The public catalogue (no scope) given its vocabulary has a cheap typo pass
 * between the word pass and the trigram pass: unknown words replaced by the catalogue's words one
 * edit away (domain/text/typos.ts), through the word index.
 */
export async function listProducts(db: Executor, query: ProductQuery, options: { vocabulary?: () => Promise<Vocabulary> } = {}) {
  if (!query.q) return { ...(await listPage(db, query, 'words')), mode: null };
  const q = query.q;
  const vocabulary = query.scope ? undefined : options.vocabulary;
  if (!vocabulary) return twoPassSearch((mode) => listPage(db, query, mode));
  return twoPassSearch(async (mode) => {
    if (mode === 'words') return listPage(db, query, mode);
    const corrected = correctedQuery(await vocabulary(), q);
    if (corrected) {
      const found = await listPage(db, { ...query, q: corrected.key, tsquery: corrected.tsquery }, 'words');
      if (found.total > 0) return found;
    }
    return listPage(db, query, 'typos');
  });
}

/** Every word of the catalogued products' search texts, with the number of texts holding it. */
export async function catalogueVocabulary(db: Executor): Promise<Array<{ word: string; n: number }>> {
  return db
    .select({ word: sql<string>`w`, n: sql<number>`count(*)::int` })
    .from(sql`${catalogueRows}, unnest(string_to_array(${catalogueRows.searchText}, ' ')) as w`)
    .where(sql`w ~ '^[a-z0-9]+$'`)
    .groupBy(sql`w`);
}

export async function getProduct(db: Executor, id: string) {
  const [row] = await productsWithNames(db).where(and(eq(products.id, id), isNull(products.deletedAt)));
  return row;
}

export async function insertProduct(db: Executor, values: ProductInsert): Promise<ProductRow> {
  const [row] = await db.insert(products).values(values).returning();
  return row;
}

export async function updateProduct(db: Executor, id: string, version: number, values: Partial<ProductInsert>) {
  const [row] = await db
    .update(products)
    .set({ ...values, version: sql`${products.version} + 1`, updatedAt: new Date() })
    .where(and(eq(products.id, id), eq(products.version, version), isNull(products.deletedAt)))
    .returning();
  return row;
}

export async function starRecords(db: Executor, productId: string) {
  const unit = sql<string | null>`(select u.name from admin_units u where u.structure = product_star_records.unit_structure and u.code = product_star_records.unit_code)`;
  return db
    .select({ record: productStarRecords, unitName: unit })
    .from(productStarRecords)
    .where(eq(productStarRecords.productId, productId))
    .orderBy(asc(productStarRecords.year), asc(productStarRecords.createdAt));
}

export async function insertStarRecord(db: Executor, values: typeof productStarRecords.$inferInsert) {
  const [row] = await db.insert(productStarRecords).values(values).returning();
  return row;
}

/** The current class is the latest recognition; kept on the product row for fast filtering. */
export async function refreshCurrentStars(db: Executor, productId: string): Promise<void> {
  await db.execute(sql`
    update products set stars = (
      select r.stars from product_star_records r where r.product_id = ${productId}
      order by r.year desc, r.created_at desc limit 1)
    where id = ${productId}`);
}

export async function listFigures(db: Executor, productId: string) {
  return db.select().from(businessFigures).where(eq(businessFigures.productId, productId)).orderBy(asc(businessFigures.year));
}

export async function findFigure(db: Executor, productId: string, year: number) {
  const [row] = await db
    .select()
    .from(businessFigures)
    .where(and(eq(businessFigures.productId, productId), eq(businessFigures.year, year)));
  return row;
}

export async function upsertFigure(db: Executor, values: typeof businessFigures.$inferInsert) {
  const [row] = await db
    .insert(businessFigures)
    .values(values)
    .onConflictDoUpdate({
      target: [businessFigures.productId, businessFigures.year],
      set: { ...values, updatedAt: new Date() },
    })
    .returning();
  return row;
}

export async function deleteFigure(db: Executor, productId: string, year: number) {
  const [row] = await db
    .delete(businessFigures)
    .where(and(eq(businessFigures.productId, productId), eq(businessFigures.year, year)))
    .returning();
  return row;
}

/** Serialises product creation per entity (row lock on the entity until the transaction ends). */
export async function lockEntityProducts(tx: Executor, entityId: string): Promise<void> {
  await tx.select({ id: entities.id }).from(entities).where(eq(entities.id, entityId)).for('update');
}

/** A live product of the entity whose name has this search key (accent- and case-insensitive). */
export async function findLiveProductByName(db: Executor, entityId: string, nameKey: string): Promise<ProductRow | undefined> {
  const rows = await db
    .select()
    .from(products)
    .where(and(eq(products.entityId, entityId), isNull(products.deletedAt), sql`split_part(${products.searchText}, ' | ', 1) = ${nameKey}`));
  return rows[0];
}
