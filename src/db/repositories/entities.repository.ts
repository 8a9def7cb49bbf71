import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { entities, products } from '../schema';
import type { Scope } from '../../domain/jurisdiction/policy';
import { scopeWhere, searchRank, searchWhere, unitFilterWhere } from './scope';

export type EntityRow = typeof entities.$inferSelect;
export type EntityInsert = typeof entities.$inferInsert;

const located = { ...entities, entityId: entities.id };

const unitName = sql<string | null>`(select u.name from admin_units u where u.structure = entities.unit_structure and u.code = entities.unit_code)`;
const provinceName = sql<string | null>`(select p.name from admin_units p where p.structure = 'current' and p.code = entities.province_code)`;
const productCount = sql<number>`(select count(*)::int from products p where p.entity_id = entities.id and p.deleted_at is null)`;

const entityView = { entity: entities, unitName, provinceName, productCount };

export interface EntityQuery {
  scope: Scope;
  q?: string; // search key
  unit?: string;
  type?: string;
  page: number;
  pageSize: number;
}

function listWhere(query: EntityQuery): SQL | undefined {
  const conditions: Array<SQL | undefined> = [isNull(entities.deletedAt), scopeWhere(query.scope, located), unitFilterWhere(query.unit, located)];
  if (query.type) conditions.push(eq(entities.type, query.type));
  if (query.q) conditions.push(searchWhere(entities.searchText, query.q));
  return and(...conditions);
}

export async function listEntities(db: Executor, query: EntityQuery) {
  const where = listWhere(query);
  const rows = await db
    .select(entityView)
    .from(entities)
    .where(where)
    .orderBy(...(query.q ? [desc(searchRank(entities.searchText, query.q))] : []), asc(entities.sortKey), asc(entities.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [{ total }] = await db.select({ total: count() }).from(entities).where(where);
  return { rows, total };
}

export async function getEntity(db: Executor, id: string) {
  const [row] = await db
    .select(entityView)
    .from(entities)
    .where(and(eq(entities.id, id), isNull(entities.deletedAt)));
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
