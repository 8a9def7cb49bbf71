import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { criteriaSets, evaluationRoundProducts, scoreSheets, selfAssessments } from '../schema';
import type { CriteriaSetStatus } from '../../domain/criteria/types';

export type CriteriaSetRow = typeof criteriaSets.$inferSelect;
export type CriteriaSetInsert = typeof criteriaSets.$inferInsert;

export interface CriteriaSetQuery {
  statuses?: CriteriaSetStatus[];
  /** In force on this date (both ends inclusive). */
  date?: string;
  group?: string;
}

export async function listCriteriaSets(db: Executor, q: CriteriaSetQuery = {}): Promise<CriteriaSetRow[]> {
  const conditions: Array<SQL | undefined> = [];
  if (q.statuses?.length) conditions.push(inArray(criteriaSets.status, q.statuses));
  if (q.date) {
    conditions.push(sql`${criteriaSets.effectiveFrom} <= ${q.date}::date`);
    conditions.push(sql`(${criteriaSets.effectiveTo} is null or ${criteriaSets.effectiveTo} >= ${q.date}::date)`);
  }
  if (q.group) conditions.push(sql`${criteriaSets.groups} @> ${JSON.stringify([q.group])}::jsonb`);
  return db
    .select()
    .from(criteriaSets)
    .where(and(...conditions))
    .orderBy(desc(criteriaSets.effectiveFrom), asc(criteriaSets.code));
}

export async function findCriteriaSetByCode(db: Executor, code: string): Promise<CriteriaSetRow | undefined> {
  const [row] = await db.select().from(criteriaSets).where(eq(criteriaSets.code, code));
  return row;
}

export async function findCriteriaSetById(db: Executor, id: string): Promise<CriteriaSetRow | undefined> {
  const [row] = await db.select().from(criteriaSets).where(eq(criteriaSets.id, id));
  return row;
}

export async function findCriteriaSetsByIds(db: Executor, ids: string[]): Promise<CriteriaSetRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(criteriaSets).where(inArray(criteriaSets.id, ids));
}

/** Inserts unless the code exists; returns the new row, or undefined when it already existed. */
export async function insertCriteriaSetIfAbsent(db: Executor, values: CriteriaSetInsert): Promise<CriteriaSetRow | undefined> {
  const [row] = await db.insert(criteriaSets).values(values).onConflictDoNothing({ target: criteriaSets.code }).returning();
  return row;
}

/** Optimistic update: undefined when the version has moved on. */
export async function updateCriteriaSet(db: Executor, id: string, version: number, values: Partial<CriteriaSetInsert>) {
  const [row] = await db
    .update(criteriaSets)
    .set({ ...values, version: sql`${criteriaSets.version} + 1`, updatedAt: new Date() })
    .where(and(eq(criteriaSets.id, id), eq(criteriaSets.version, version)))
    .returning();
  return row;
}

export async function deleteDraftCriteriaSet(db: Executor, id: string, version: number) {
  const [row] = await db
    .delete(criteriaSets)
    .where(and(eq(criteriaSets.id, id), eq(criteriaSets.version, version), eq(criteriaSets.status, 'draft')))
    .returning();
  return row;
}

/** How many rounds, sheets and self-assessments use a set. */
export async function criteriaSetUsage(db: Executor, id: string): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`(
      (select count(*) from ${evaluationRoundProducts} where ${evaluationRoundProducts.criteriaSetId} = ${id})
    + (select count(*) from ${scoreSheets} where ${scoreSheets.criteriaSetId} = ${id})
    + (select count(*) from ${selfAssessments} where ${selfAssessments.criteriaSetId} = ${id}))::int` }).from(sql`(select 1) as one`);
  return n;
}
