import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { businessPlans, implementationCapital, implementationNotes, implementationSupport } from '../schema';

export type SupportRow = typeof implementationSupport.$inferSelect;
export type CapitalRow = typeof implementationCapital.$inferSelect;
export type NoteRow = typeof implementationNotes.$inferSelect;

export async function listSupport(db: Executor, businessPlanId: string): Promise<SupportRow[]> {
  return db
    .select()
    .from(implementationSupport)
    .where(and(eq(implementationSupport.businessPlanId, businessPlanId), isNull(implementationSupport.deletedAt)))
    .orderBy(desc(implementationSupport.date), asc(implementationSupport.createdAt));
}

export async function insertSupport(db: Executor, values: typeof implementationSupport.$inferInsert): Promise<SupportRow> {
  const [row] = await db.insert(implementationSupport).values(values).returning();
  return row;
}

export async function getSupport(db: Executor, id: string): Promise<SupportRow | undefined> {
  const [row] = await db.select().from(implementationSupport).where(and(eq(implementationSupport.id, id), isNull(implementationSupport.deletedAt)));
  return row;
}

export async function deleteSupport(db: Executor, id: string): Promise<SupportRow | undefined> {
  const [row] = await db
    .update(implementationSupport)
    .set({ deletedAt: new Date() })
    .where(and(eq(implementationSupport.id, id), isNull(implementationSupport.deletedAt)))
    .returning();
  return row;
}

export async function listCapital(db: Executor, businessPlanId: string): Promise<CapitalRow[]> {
  return db.select().from(implementationCapital).where(eq(implementationCapital.businessPlanId, businessPlanId)).orderBy(asc(implementationCapital.year));
}

export async function findCapital(db: Executor, businessPlanId: string, year: number): Promise<CapitalRow | undefined> {
  const [row] = await db
    .select()
    .from(implementationCapital)
    .where(and(eq(implementationCapital.businessPlanId, businessPlanId), eq(implementationCapital.year, year)));
  return row;
}

export async function upsertCapital(db: Executor, values: typeof implementationCapital.$inferInsert): Promise<CapitalRow> {
  const [row] = await db
    .insert(implementationCapital)
    .values(values)
    .onConflictDoUpdate({ target: [implementationCapital.businessPlanId, implementationCapital.year], set: { ...values, updatedAt: new Date() } })
    .returning();
  return row;
}

export async function deleteCapital(db: Executor, businessPlanId: string, year: number): Promise<CapitalRow | undefined> {
  const [row] = await db
    .delete(implementationCapital)
    .where(and(eq(implementationCapital.businessPlanId, businessPlanId), eq(implementationCapital.year, year)))
    .returning();
  return row;
}

export async function listNotes(db: Executor, businessPlanId: string): Promise<NoteRow[]> {
  return db.select().from(implementationNotes).where(eq(implementationNotes.businessPlanId, businessPlanId)).orderBy(desc(implementationNotes.date), desc(implementationNotes.createdAt));
}

export async function insertNote(db: Executor, values: typeof implementationNotes.$inferInsert): Promise<NoteRow> {
  const [row] = await db.insert(implementationNotes).values(values).returning();
  return row;
}

/** Support counts and capital totals of a set of plans (for the implementation list). */
export async function implementationTotals(db: Executor, planIds: string[]) {
  if (planIds.length === 0) return new Map<string, { support: number; capitalVnd: number; notes: number }>();
  const ids = sql.join(planIds.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await db
    .select({
      id: businessPlans.id,
      support: sql<number>`(select count(*)::int from implementation_support s where s.business_plan_id = business_plans.id and s.deleted_at is null)`,
      capital: sql<number>`(select coalesce(sum(c.own + c.credit + c.provincial_budget + c.district_budget + c.integrated_programmes + c.other), 0)::bigint from implementation_capital c where c.business_plan_id = business_plans.id)`,
      notes: sql<number>`(select count(*)::int from implementation_notes n where n.business_plan_id = business_plans.id)`,
    })
    .from(businessPlans)
    .where(sql`${businessPlans.id} in (${ids})`);
  return new Map(rows.map((r) => [r.id, { support: Number(r.support), capitalVnd: Number(r.capital), notes: Number(r.notes) }]));
}
