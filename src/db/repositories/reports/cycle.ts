import { sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { COMMUNICATION_KINDS } from '../../../domain/cycle/forms';
import { areaWhere, rows, yearsSeries, type Area } from './area';

/**
 * Reports over the annual cycle's records: the idea → business plan → implemented funnel,
 * step-1 communication and training, and the capital mobilised by source.
 */

export interface FunnelYearRow {
  year: number;
  type: string;
  ideas: number;
  plans: number;
  implemented: number;
}

/**
 * Per cycle year and entity type (the registered entity's, or the would-be entity's named in
 * the idea): ideas registered (filed at least once), business plans accepted, and accepted
 * plans implemented (with support, capital, progress notes or an evaluation dossier recorded).
 * Read from the funnel summary (cycle_funnel_items, one row per registered idea and accepted
 * plan, kept by triggers in the writing transaction): one pass, no probes per plan.
 */
export async function funnel(db: Executor, area: Area, from: number, to: number): Promise<FunnelYearRow[]> {
  return rows<FunnelYearRow>(
    db,
    sql`select f.year, f.entity_type as type,
        count(*) filter (where f.kind = 'idea')::int as ideas,
        count(*) filter (where f.kind = 'plan')::int as plans,
        count(*) filter (where f.kind = 'plan' and f.implemented)::int as implemented
      from cycle_funnel_items f
      where f.year between ${from} and ${to} and ${areaWhere(area, 'f')}
      group by f.year, f.entity_type order by 1, 2`,
  );
}

export interface CommunicationYearRow {
  year: number;
  article: number;
  reportage: number;
  broadcast: number;
  loudspeaker: number;
  conference: number;
  classes: number;
  trainees: number;
  budget: number;
}

/** Step-1 activity per year: communication counts by kind, training classes and trainees, and their budget (VND). */
export async function communicationByYear(db: Executor, area: Area, from: number, to: number): Promise<CommunicationYearRow[]> {
  const kind = (k: string) => sql`coalesce(ca.${sql.raw(k)}, 0)::int`;
  return rows<CommunicationYearRow>(
    db,
    sql`with c as (select * from communication_logs l where l.deleted_at is null and l.year between ${from} and ${to} and ${areaWhere(area, 'l')}),
      t as (select * from training_classes tc where tc.deleted_at is null and tc.year between ${from} and ${to} and ${areaWhere(area, 'tc')}),
      ca as (
        select year, ${sql.join(COMMUNICATION_KINDS.map((k) => sql`sum(count) filter (where kind = ${k}) as ${sql.raw(k)}`), sql`, `)}, sum(budget_vnd) as budget
        from c group by year),
      ta as (select year, count(*) as classes, sum(participants) as trainees, sum(budget_vnd) as budget from t group by year)
      select y.y as year,
        ${kind('article')} as article, ${kind('reportage')} as reportage, ${kind('broadcast')} as broadcast,
        ${kind('loudspeaker')} as loudspeaker, ${kind('conference')} as conference,
        coalesce(ta.classes, 0)::int as classes, coalesce(ta.trainees, 0)::int as trainees,
        (coalesce(ca.budget, 0) + coalesce(ta.budget, 0))::float8 as budget
      from (${yearsSeries(from, to)}) y left join ca on ca.year = y.y left join ta on ta.year = y.y order by y.y`,
  );
}

export interface FundingYearRow {
  year: number;
  provincialBudget: number;
  districtBudget: number;
  own: number;
  credit: number;
  integratedProgrammes: number;
  other: number;
}

/** Capital mobilised for the plans of the area, by source and year (VND). */
export async function fundingByYear(db: Executor, area: Area, from: number, to: number): Promise<FundingYearRow[]> {
  const total = (col: string) => sql`coalesce(sum(${sql.raw(`c.${col}`)}), 0)::float8`;
  return rows<FundingYearRow>(
    db,
    sql`select y.y as year, ${total('provincial_budget')} as "provincialBudget", ${total('district_budget')} as "districtBudget",
        ${total('own')} as own, ${total('credit')} as credit, ${total('integrated_programmes')} as "integratedProgrammes", ${total('other')} as other
      from (${yearsSeries(from, to)}) y
      left join implementation_capital c on c.year = y.y
        and c.business_plan_id in (select b.id from business_plans b where ${areaWhere(area, 'b')})
      group by y.y order by y.y`,
  );
}

export interface CycleAchievementRow {
  year: number;
  ideas: number;
  businessPlans: number;
  trainingClasses: number;
  trainees: number;
  communicationEvents: number;
}

/** Achievements toward the cycle's targets, per year. */
export async function cycleAchievements(db: Executor, area: Area, from: number, to: number): Promise<CycleAchievementRow[]> {
  return rows<CycleAchievementRow>(
    db,
    // each table read once for the range, grouped by year
    // (ideas registered and plans accepted from the funnel summary, cycle_funnel_items)
    sql`with fa as (select f.year, count(*) filter (where f.kind = 'idea') as ideas, count(*) filter (where f.kind = 'plan') as plans
          from cycle_funnel_items f where f.year between ${from} and ${to} and ${areaWhere(area, 'f')} group by f.year),
        ta as (select t.year, count(*) as n, sum(t.participants) as trainees from training_classes t
          where t.deleted_at is null and t.year between ${from} and ${to} and ${areaWhere(area, 't')} group by t.year),
        la as (select l.year, sum(l.count) as n from communication_logs l
          where l.deleted_at is null and l.year between ${from} and ${to} and ${areaWhere(area, 'l')} group by l.year)
      select y.y as year, coalesce(fa.ideas, 0)::int as ideas, coalesce(fa.plans, 0)::int as "businessPlans",
        coalesce(ta.n, 0)::int as "trainingClasses", coalesce(ta.trainees, 0)::int as trainees, coalesce(la.n, 0)::int as "communicationEvents"
      from (${yearsSeries(from, to)}) y left join fa on fa.year = y.y
        left join ta on ta.year = y.y left join la on la.year = y.y
      order by y.y`,
  );
}
