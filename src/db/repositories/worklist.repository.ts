import { and, asc, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { businessPlans, ideas } from '../schema';
import type { Scope } from '../../domain/policy';
import { scopeWhere } from './scope';
import { ITEM_TABLES, itemNames, statusIn, type ItemType } from './workflow.repository';

const TABLE_NAMES: { readonly [K in ItemType]: string } = { idea: 'ideas', 'business-plan': 'business_plans', dossier: 'dossiers' };

/** Which statuses of which procedure an item must be in to appear in a queue. */
export interface QueueFilter {
  procedure: string;
  /** Statuses that wait for the role whoever filed the item. */
  always: string[];
  /** Statuses that wait for the role only when an officer (resp. a producer) filed the item. */
  filedBy: { roles: string[]; statuses: string[] } | null;
}

/**
 * The items of a kind in a scope that wait in a queue, oldest first (by the time they entered
 * their status). `statuses` lists, per procedure, the statuses that count.
 */
export async function queueItems(db: Executor, type: ItemType, q: { scope: Scope; filters: QueueFilter[]; limit: number }) {
  const table = ITEM_TABLES[type] as typeof ideas;
  const names = itemNames(TABLE_NAMES[type]);
  const parts: SQL[] = [];
  for (const f of q.filters) {
    const procedure = sql`${table.procedure} = ${f.procedure}`;
    if (f.always.length) parts.push(and(procedure, statusIn(table.status, f.always))!);
    if (f.filedBy && f.filedBy.statuses.length) {
      parts.push(and(procedure, statusIn(table.status, f.filedBy.statuses), statusIn(table.filedByRole, f.filedBy.roles))!);
    }
  }
  if (parts.length === 0) return [];
  const located = { ...table, entityId: table.ownerEntityId };
  return db
    .select({
      id: table.id,
      status: table.status,
      procedure: table.procedure,
      productName: table.productName,
      cycleYear: table.cycleYear,
      unitStructure: table.unitStructure,
      unitCode: table.unitCode,
      provinceCode: table.provinceCode,
      districtCode: table.districtCode,
      ownerEntityId: table.ownerEntityId,
      entityId: table.entityId,
      filedByRole: table.filedByRole,
      statusChangedAt: table.statusChangedAt,
      dueOn: table.dueOn,
      late: table.late,
      lastNote: table.lastNote,
      version: table.version,
      ...names,
    })
    .from(table)
    .where(and(scopeWhere(q.scope, located), or(...parts)))
    .orderBy(asc(table.statusChangedAt), asc(table.id))
    .limit(q.limit);
}

/** Accepted ideas of an entity that have no live business plan yet, and accepted plans without a live dossier. */
export async function nextStepCandidates(db: Executor, ownerEntityId: string) {
  const ideasWithoutPlan = await db
    .select({ id: ideas.id, productName: ideas.productName, cycleYear: ideas.cycleYear, statusChangedAt: ideas.statusChangedAt })
    .from(ideas)
    .where(
      and(
        sql`${ideas.ownerEntityId} = ${ownerEntityId}`,
        sql`${ideas.status} = 'accepted'`,
        sql`not exists (select 1 from business_plans b where b.idea_id = ideas.id and b.status not in ('rejected', 'withdrawn'))`,
      ),
    )
    .orderBy(asc(ideas.statusChangedAt));
  const plansWithoutDossier = await db
    .select({ id: businessPlans.id, productName: businessPlans.productName, cycleYear: businessPlans.cycleYear, statusChangedAt: businessPlans.statusChangedAt })
    .from(businessPlans)
    .where(
      and(
        sql`${businessPlans.ownerEntityId} = ${ownerEntityId}`,
        sql`${businessPlans.status} = 'accepted'`,
        sql`not exists (select 1 from dossiers d where d.business_plan_id = business_plans.id and d.status not in ('rejected', 'withdrawn'))`,
      ),
    )
    .orderBy(asc(businessPlans.statusChangedAt));
  return { ideasWithoutPlan, plansWithoutDossier };
}
