import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { businessPlans } from '../schema';
import { itemListWhere, type ItemQuery } from './ideas.repository';
import { itemNames } from './workflow.repository';

export type BusinessPlanRow = typeof businessPlans.$inferSelect;
export type BusinessPlanInsert = typeof businessPlans.$inferInsert;

const names = itemNames('business_plans');
const planView = { plan: businessPlans, ...names };

export async function listBusinessPlans(db: Executor, query: ItemQuery & { ideaId?: string }) {
  const where = and(itemListWhere(businessPlans, query), query.ideaId ? eq(businessPlans.ideaId, query.ideaId) : undefined);
  const rows = await db
    .select(planView)
    .from(businessPlans)
    .where(where)
    .orderBy(desc(businessPlans.statusChangedAt), desc(businessPlans.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [{ total }] = await db.select({ total: count() }).from(businessPlans).where(where);
  return { rows, total };
}

export async function getBusinessPlan(db: Executor, id: string) {
  const [row] = await db.select(planView).from(businessPlans).where(eq(businessPlans.id, id));
  return row;
}

export async function insertBusinessPlan(db: Executor, values: BusinessPlanInsert): Promise<BusinessPlanRow> {
  const [row] = await db.insert(businessPlans).values(values).returning();
  return row;
}

/** The live (not rejected or withdrawn) plan of an idea, if any. */
export async function livePlanOfIdea(db: Executor, ideaId: string) {
  const [row] = await db
    .select({ id: businessPlans.id, status: businessPlans.status })
    .from(businessPlans)
    .where(and(eq(businessPlans.ideaId, ideaId), sql`${businessPlans.status} not in ('rejected', 'withdrawn')`));
  return row;
}
