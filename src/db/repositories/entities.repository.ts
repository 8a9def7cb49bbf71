import type { EntityType } from '../../domain/entities/entity.schema';
import { and, asc, count, eq, inArray, getTableColumns, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../client';
import { adminUnits, entities, products } from '../schema';
import type { Scope } from '../../domain/policy';
import { scopeWhere, unitFilterWhere } from './scope';
import { searchCondition, searchOrder, twoPassSearch, type SearchMode } from './search';

export type EntityRow = Omit<typeof entities.$inferSelect, 'searchVector'>;
export type EntityInsert = typeof entities.$inferInsert;

const located = { ...entities, entityId: entities.id };

const { searchVector: _searchVector, ...entityColumns } = getTableColumns(entities);
const unit = alias(adminUnits, 'unit');
const province = alias(adminUnits, 'province');
const productCount = sql<number>`(select count(*)::int from products p where p.entity_id = entities.id and p.deleted_at is null)`;

const entityView = { entity: entityColumns, unitName: unit.name, provinceName: province.name, productCount };

/** entities with the names of their commune and province (primary-key lookups). */
function entitiesWithNames(db: Executor) {
  return db
    .select(entityView)
    .from(entities)
    .leftJoin(unit, and(eq(unit.structure, entities.unitStructure), eq(unit.code, entities.unitCode)))
    .leftJoin(province, and(eq(province.structure, 'current'), eq(province.code, entities.provinceCode)));
}

export interface EntityQuery {
  scope: Scope;
  q?: string; // search key
  unit?: string;
  type?: EntityType;
  page: number;
  pageSize: number;
}

function listWhere(query: EntityQuery, mode: SearchMode): SQL | undefined {
  const conditions: Array<SQL | undefined> = [isNull(entities.deletedAt), scopeWhere(query.scope, located), unitFilterWhere(query.unit, located)];
  if (query.type) conditions.push(eq(entities.type, query.type));
  if (query.q) conditions.push(searchCondition(mode, entities, query.q));
  return and(...conditions);
}

async function listPage(db: Executor, query: EntityQuery, mode: SearchMode) {
  const where = listWhere(query, mode);
  // A search visits its matches once for the page's ids and the total (window count); a
  // plain listing walks the sort index for the page and counts from a narrow index instead.
  // Names are joined for the page only.
  const page = await db
    .select({ id: entities.id, total: query.q ? sql<number>`count(*) over ()`.mapWith(Number) : sql<number>`0`.mapWith(Number) })
    .from(entities)
    .where(where)
    .orderBy(...(query.q ? searchOrder(mode, entities.searchText, query.q) : []), asc(entities.sortKey), asc(entities.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  if (page.length === 0 || !query.q) {
    const [{ total }] = await db.select({ total: count() }).from(entities).where(where);
    if (page.length === 0) return { rows: [], total };
    page[0].total = total;
  }
  const details = await entitiesWithNames(db).where(inArray(entities.id, page.map((r) => r.id)));
  const byId = new Map(details.map((d) => [d.entity.id, d]));
  return { rows: page.map((r) => byId.get(r.id)!), total: page[0].total };
}

export async function listEntities(db: Executor, query: EntityQuery) {
  if (!query.q) return { ...(await listPage(db, query, 'words')), mode: null };
  return twoPassSearch((mode) => listPage(db, query, mode));
}

export async function getEntity(db: Executor, id: string) {
  const [row] = await entitiesWithNames(db).where(and(eq(entities.id, id), isNull(entities.deletedAt)));
  return row;
}

export async function findByTaxCode(db: Executor, taxCode: string) {
  const [row] = await db
    .select({ id: entities.id })
    .from(entities)
    .where(and(eq(entities.taxCode, taxCode), isNull(entities.deletedAt)));
  return row;
}

export async function insertEntity(db: Executor, values: EntityInsert): Promise<EntityRow> {
  const [row] = await db.insert(entities).values(values).returning();
  return row;
}

/** Optimistic update: undefined when the row's version is no longer `version`. */
export async function updateEntity(db: Executor, id: string, version: number, values: Partial<EntityInsert>) {
  const [row] = await db
    .update(entities)
    .set({ ...values, version: sql`${entities.version} + 1`, updatedAt: new Date() })
    .where(and(eq(entities.id, id), eq(entities.version, version), isNull(entities.deletedAt)))
    .returning();
  return row;
}

export async function countLiveProducts(db: Executor, entityId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(products)
    .where(and(eq(products.entityId, entityId), isNull(products.deletedAt)));
  return n;
}

/** Keeps the entity name inside its products' search text when it changes. */
export async function refreshProductSearchText(db: Executor, entityId: string, entitySearchKey: string): Promise<void> {
  await db.execute(
    sql`update products set search_text = split_part(search_text, ' | ', 1) || ' | ' || ${entitySearchKey} where entity_id = ${entityId}`,
  );
}
