import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { programmeTargets } from '../schema';
import type { Scope } from '../../domain/policy';
import { scopeWhere } from './scope';
import { areaWhere, type Area } from './reports/area';

export type TargetRow = typeof programmeTargets.$inferSelect;
export type TargetInsert = typeof programmeTargets.$inferInsert;

const unitName = sql<string | null>`(select u.name from admin_units u where u.structure = 'current' and u.code = programme_targets.unit_code)`;
const located = { ...programmeTargets, provinceCode: sql`coalesce(programme_targets.province_code, '')` as unknown as typeof programmeTargets.provinceCode, entityId: sql`null` as unknown as typeof programmeTargets.id };

export async function listTargets(db: Executor, q: { scope: Scope; area?: Area; year?: number }) {
  const where: SQL | undefined = and(scopeWhere(q.scope, located), q.area ? areaWhere(q.area, 'programme_targets') : undefined, q.year ? eq(programmeTargets.year, q.year) : undefined);
  return db.select({ target: programmeTargets, unitName }).from(programmeTargets).where(where).orderBy(asc(programmeTargets.year), asc(programmeTargets.unitCode)).limit(1000);
}

export async function getTarget(db: Executor, id: string) {
  const [row] = await db.select({ target: programmeTargets, unitName }).from(programmeTargets).where(eq(programmeTargets.id, id));
  return row;
}

export async function findTarget(db: Executor, unitCode: string, year: number) {
  const [row] = await db.select({ id: programmeTargets.id }).from(programmeTargets).where(and(eq(programmeTargets.unitCode, unitCode), eq(programmeTargets.year, year)));
  return row;
}

export async function insertTarget(db: Executor, values: TargetInsert): Promise<TargetRow> {
  const [row] = await db.insert(programmeTargets).values(values).returning();
  return row;
}

export async function updateTarget(db: Executor, id: string, version: number, values: Partial<TargetInsert>): Promise<TargetRow | undefined> {
  const [row] = await db
    .update(programmeTargets)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(programmeTargets.id, id), eq(programmeTargets.version, version)))
    .returning();
  return row;
}

export async function deleteTarget(db: Executor, id: string, version: number): Promise<TargetRow | undefined> {
  const [row] = await db.delete(programmeTargets).where(and(eq(programmeTargets.id, id), eq(programmeTargets.version, version))).returning();
  return row;
}
