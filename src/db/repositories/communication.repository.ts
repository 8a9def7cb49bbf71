import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { communicationLogs, trainingClasses } from '../schema';
import type { Scope } from '../../domain/policy';
import { scopeWhere, unitFilterWhere } from './scope';

export type CommunicationRow = typeof communicationLogs.$inferSelect;
export type TrainingRow = typeof trainingClasses.$inferSelect;

export interface ActivityQuery {
  scope: Scope;
  year?: number;
  unit?: string;
}

function located(t: typeof communicationLogs | typeof trainingClasses) {
  const table = t as typeof communicationLogs;
  // step-1 logs belong to no entity: an entity scope sees nothing
  return { ...table, entityId: sql`null` as unknown as typeof table.id };
}

function where(t: typeof communicationLogs | typeof trainingClasses, q: ActivityQuery): SQL | undefined {
  const table = t as typeof communicationLogs;
  const cols = located(t);
  return and(
    isNull(table.deletedAt),
    scopeWhere(q.scope, cols),
    unitFilterWhere(q.unit, cols),
    q.year ? eq(table.year, q.year) : undefined,
  );
}

const commUnitName = sql<string | null>`(select u.name from admin_units u where u.structure = communication_logs.unit_structure and u.code = communication_logs.unit_code)`;
const trainingUnitName = sql<string | null>`(select u.name from admin_units u where u.structure = training_classes.unit_structure and u.code = training_classes.unit_code)`;

export async function listCommunication(db: Executor, q: ActivityQuery) {
  return db
    .select({ log: communicationLogs, unitName: commUnitName })
    .from(communicationLogs)
    .where(where(communicationLogs, q))
    .orderBy(desc(communicationLogs.date), asc(communicationLogs.createdAt));
}

export async function listTraining(db: Executor, q: ActivityQuery) {
  return db
    .select({ training: trainingClasses, unitName: trainingUnitName })
    .from(trainingClasses)
    .where(where(trainingClasses, q))
    .orderBy(desc(trainingClasses.date), asc(trainingClasses.createdAt));
}

export async function insertCommunication(db: Executor, values: typeof communicationLogs.$inferInsert) {
  const [row] = await db.insert(communicationLogs).values(values).returning();
  return row;
}

export async function insertTraining(db: Executor, values: typeof trainingClasses.$inferInsert) {
  const [row] = await db.insert(trainingClasses).values(values).returning();
  return row;
}

export async function getCommunication(db: Executor, id: string) {
  const [row] = await db.select().from(communicationLogs).where(and(eq(communicationLogs.id, id), isNull(communicationLogs.deletedAt)));
  return row;
}

export async function getTraining(db: Executor, id: string) {
  const [row] = await db.select().from(trainingClasses).where(and(eq(trainingClasses.id, id), isNull(trainingClasses.deletedAt)));
  return row;
}

export async function deleteCommunication(db: Executor, id: string) {
  const [row] = await db.update(communicationLogs).set({ deletedAt: new Date() }).where(and(eq(communicationLogs.id, id), isNull(communicationLogs.deletedAt))).returning();
  return row;
}

export async function deleteTraining(db: Executor, id: string) {
  const [row] = await db.update(trainingClasses).set({ deletedAt: new Date() }).where(and(eq(trainingClasses.id, id), isNull(trainingClasses.deletedAt))).returning();
  return row;
}

/** Totals per year (and per kind for communication) over a range of years. */
export async function activityTotals(db: Executor, q: ActivityQuery & { years: number[] }) {
  const base = { ...q, year: undefined };
  const yearsIn = (col: typeof communicationLogs.year) => sql`${col} in (${sql.join(q.years.map((y) => sql`${y}`), sql`, `)})`;
  const comm = await db
    .select({
      year: communicationLogs.year,
      kind: communicationLogs.kind,
      count: sql<number>`coalesce(sum(${communicationLogs.count}), 0)::int`,
      budgetVnd: sql<number>`coalesce(sum(${communicationLogs.budgetVnd}), 0)::bigint`,
    })
    .from(communicationLogs)
    .where(and(where(communicationLogs, base), yearsIn(communicationLogs.year)))
    .groupBy(communicationLogs.year, communicationLogs.kind);
  const training = await db
    .select({
      year: trainingClasses.year,
      classes: sql<number>`count(*)::int`,
      participants: sql<number>`coalesce(sum(${trainingClasses.participants}), 0)::int`,
      budgetVnd: sql<number>`coalesce(sum(${trainingClasses.budgetVnd}), 0)::bigint`,
    })
    .from(trainingClasses)
    .where(and(where(trainingClasses, base), yearsIn(trainingClasses.year as unknown as typeof communicationLogs.year)))
    .groupBy(trainingClasses.year);
  return {
    communication: comm.map((r) => ({ ...r, count: Number(r.count), budgetVnd: Number(r.budgetVnd) })),
    training: training.map((r) => ({ ...r, classes: Number(r.classes), participants: Number(r.participants), budgetVnd: Number(r.budgetVnd) })),
  };
}
