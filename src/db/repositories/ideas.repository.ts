import { and, count, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../client';
import { ideas, products, entities } from '../schema';
import type { Scope } from '../../domain/policy';
import { scopeWhere, unitFilterWhere } from './scope';
import { searchWhere } from './search';
import { itemNames, statusIn, type ItemTable } from './workflow.repository';

export type IdeaRow = typeof ideas.$inferSelect;
export type IdeaInsert = typeof ideas.$inferInsert;

/** Filters shared by the lists of ideas, business plans and dossiers. */
export interface ItemQuery {
  scope: Scope;
  statuses?: string[];
  cycleYear?: number;
  unit?: string;
  /** Search key (accent-free) on product, entity and proposer names. */
  q?: string;
  entityId?: string;
  page: number;
  pageSize: number;
}

/** The WHERE of an item list (any of the three item tables: their shared columns). */
export function itemListWhere(t: ItemTable, query: ItemQuery): SQL | undefined {
  const table = t as typeof ideas;
  const located = { ...table, entityId: table.ownerEntityId };
  const conditions: Array<SQL | undefined> = [scopeWhere(query.scope, located), unitFilterWhere(query.unit, located)];
  if (query.statuses?.length) conditions.push(statusIn(table.status, query.statuses));
  if (query.cycleYear) conditions.push(eq(table.cycleYear, query.cycleYear));
  if (query.entityId) conditions.push(eq(table.entityId, query.entityId));
  if (query.q) conditions.push(searchWhere(table.searchText, query.q));
  return and(...conditions);
}

const names = itemNames('ideas');
const ideaView = { idea: ideas, ...names };

export async function listIdeas(db: Executor, query: ItemQuery) {
  const where = itemListWhere(ideas, query);
  const rows = await db
    .select(ideaView)
    .from(ideas)
    .where(where)
    .orderBy(desc(ideas.statusChangedAt), desc(ideas.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [{ total }] = await db.select({ total: count() }).from(ideas).where(where);
  return { rows, total };
}

export async function getIdea(db: Executor, id: string) {
  const [row] = await db.select(ideaView).from(ideas).where(eq(ideas.id, id));
  return row;
}

export async function insertIdea(db: Executor, values: IdeaInsert): Promise<IdeaRow> {
  const [row] = await db.insert(ideas).values(values).returning();
  return row;
}

/** A live idea of the same owner (or proposer) for the same product in the same cycle. */
/**
 * Serialises the duplicate check of one idea (cycle, owner, product) until the transaction
 * ends, so concurrent identical submissions without a request id store one idea: on
 * PostgreSQL a transaction-scoped advisory lock on the key (PGlite has one connection).
 */
export async function lockIdeaKey(tx: Executor, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'idea:' + key}, 0))`);
}

export async function findSameIdea(
  db: Executor,
  q: { cycleId: string; ownerEntityId: string | null; proposerKey: string; productKey: string; excludeId?: string },
) {
  const owner = q.ownerEntityId ? eq(ideas.ownerEntityId, q.ownerEntityId) : sql`${ideas.ownerEntityId} is null and lower(${ideas.proposerName}) = ${q.proposerKey}`;
  const [row] = await db
    .select({ id: ideas.id })
    .from(ideas)
    .where(
      and(
        eq(ideas.cycleId, q.cycleId),
        owner,
        sql`split_part(${ideas.searchText}, ' | ', 1) = ${q.productKey}`,
        sql`${ideas.status} not in ('rejected', 'withdrawn')`,
        q.excludeId ? ne(ideas.id, q.excludeId) : undefined,
      ),
    );
  return row;
}

/**
 * Possible look-alikes of an idea in the same province: registered products and other ideas
 * whose names are trigram-similar to the idea's product name (accent-insensitive).
 */
export async function findLookAlikes(db: Executor, q: { ideaId: string; provinceCode: string; productKey: string; groupCode: string; limit?: number }) {
  const limit = q.limit ?? 5;
  // same product group: a looser threshold; names of other groups must be closer
  const threshold = (group: AnyPgColumn) => sql`case when ${group} = ${q.groupCode} then 0.45 else 0.6 end`;
  const productScore = sql<number>`word_similarity(${q.productKey}, split_part(${products.searchText}, ' | ', 1))`;
  const productRows = await db
    .select({
      id: products.id,
      name: products.name,
      entityName: entities.name,
      stars: products.stars,
      unitName: sql<string | null>`(select u.name from admin_units u where u.structure = products.unit_structure and u.code = products.unit_code)`,
      score: productScore,
    })
    .from(products)
    .innerJoin(entities, eq(entities.id, products.entityId))
    .where(and(eq(products.provinceCode, q.provinceCode), sql`${products.deletedAt} is null`, sql`${productScore} >= ${threshold(products.groupCode)}`))
    .orderBy(desc(productScore))
    .limit(limit);
  const ideaKey = sql`split_part(${ideas.searchText}, ' | ', 1)`;
  const ideaScore = sql<number>`greatest(word_similarity(${q.productKey}, ${ideaKey}), word_similarity(${ideaKey}, ${q.productKey}))`;
  const ideaRows = await db
    .select({
      id: ideas.id,
      name: ideas.productName,
      status: ideas.status,
      cycleYear: ideas.cycleYear,
      entityName: names.entityName,
      proposerName: ideas.proposerName,
      unitName: names.unitName,
      score: ideaScore,
    })
    .from(ideas)
    .where(and(eq(ideas.provinceCode, q.provinceCode), ne(ideas.id, q.ideaId), sql`${ideas.status} not in ('draft', 'withdrawn')`, sql`${ideaScore} >= ${threshold(ideas.groupCode)}`))
    .orderBy(desc(ideaScore))
    .limit(limit);
  return { products: productRows, ideas: ideaRows };
}
