import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { businessPlans, communicationLogs, cycles, dossiers, ideas, trainingClasses } from '../schema';

export type CycleRow = typeof cycles.$inferSelect;
export type CycleInsert = typeof cycles.$inferInsert;

const provinceName = sql<string | null>`(select p.name from admin_units p where p.structure = 'current' and p.code = cycles.province_code)`;

export async function listCycles(db: Executor, q: { provinceCode?: string | null; year?: number }) {
  const conditions: SQL[] = [];
  if (q.provinceCode) conditions.push(eq(cycles.provinceCode, q.provinceCode));
  if (q.year) conditions.push(eq(cycles.year, q.year));
  return db
    .select({ cycle: cycles, provinceName })
    .from(cycles)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(cycles.year), asc(cycles.provinceCode));
}

export async function getCycle(db: Executor, id: string) {
  const [row] = await db.select({ cycle: cycles, provinceName }).from(cycles).where(eq(cycles.id, id));
  return row;
}

export async function findCycle(db: Executor, provinceCode: string, year: number): Promise<CycleRow | undefined> {
  const [row] = await db.select().from(cycles).where(and(eq(cycles.provinceCode, provinceCode), eq(cycles.year, year)));
  return row;
}

export async function insertCycle(db: Executor, values: CycleInsert): Promise<CycleRow> {
  const [row] = await db.insert(cycles).values(values).returning();
  return row;
}

/** Optimistic update: undefined when the version has moved on. */
export async function updateCycle(db: Executor, id: string, version: number, values: Partial<CycleInsert>) {
  const [row] = await db
    .update(cycles)
    .set({ ...values, version: sql`${cycles.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cycles.id, id), eq(cycles.version, version)))
    .returning();
  return row;
}

/** Counts of a cycle's items by kind and status, and its step-1 activity totals. */
export async function cycleCounts(db: Executor, cycle: { id: string; provinceCode: string; year: number }) {
  const byStatus = async (table: typeof ideas | typeof businessPlans | typeof dossiers) => {
    const t = table as typeof ideas;
    const rows = await db
      .select({ status: t.status, n: sql<number>`count(*)::int` })
      .from(t)
      .where(eq(t.cycleId, cycle.id))
      .groupBy(t.status);
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
  };
  const [comm] = await db
    .select({ n: sql<number>`count(*)::int`, count: sql<number>`coalesce(sum(${communicationLogs.count}), 0)::int`, budget: sql<number>`coalesce(sum(${communicationLogs.budgetVnd}), 0)::bigint` })
    .from(communicationLogs)
    .where(and(eq(communicationLogs.provinceCode, cycle.provinceCode), eq(communicationLogs.year, cycle.year), sql`${communicationLogs.deletedAt} is null`));
  const [training] = await db
    .select({ n: sql<number>`count(*)::int`, participants: sql<number>`coalesce(sum(${trainingClasses.participants}), 0)::int`, budget: sql<number>`coalesce(sum(${trainingClasses.budgetVnd}), 0)::bigint` })
    .from(trainingClasses)
    .where(and(eq(trainingClasses.provinceCode, cycle.provinceCode), eq(trainingClasses.year, cycle.year), sql`${trainingClasses.deletedAt} is null`));
  const [implemented] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(businessPlans)
    .where(and(eq(businessPlans.cycleId, cycle.id), eq(businessPlans.status, 'accepted')));
  return {
    ideas: await byStatus(ideas),
    businessPlans: await byStatus(businessPlans),
    dossiers: await byStatus(dossiers),
    implementation: Number(implemented?.n ?? 0),
    communication: { entries: Number(comm?.n ?? 0), count: Number(comm?.count ?? 0), budgetVnd: Number(comm?.budget ?? 0) },
    training: { classes: Number(training?.n ?? 0), participants: Number(training?.participants ?? 0), budgetVnd: Number(training?.budget ?? 0) },
  };
}
