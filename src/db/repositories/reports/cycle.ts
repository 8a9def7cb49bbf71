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
 */
export async function funnel(db: Executor, area: Area, from: number, to: number): Promise<FunnelYearRow[]> {
  return rows<FunnelYearRow>(
    db,
    sql`with i as (
        select i.cycle_year as year, coalesce(e.type, i.proposed_entity->>'type', 'household') as type
        from ideas i left join entities e on e.id = i.entity_id
        where i.first_submitted_at is not null and i.cycle_year between ${from} and ${to} and ${areaWhere(area, 'i')}),
      p as (
        select b.cycle_year as year, coalesce(e.type, i.proposed_entity->>'type', 'household') as type,
          (exists (select 1 from implementation_support s where s.business_plan_id = b.id and s.deleted_at is null)
            or exists (select 1 from implementation_capital c where c.business_plan_id = b.id)
            or exists (select 1 from implementation_notes n where n.business_plan_id = b.id)
            or exists (select 1 from dossiers d where d.business_plan_id = b.id)) as implemented
        from business_plans b left join entities e on e.id = b.entity_id left join ideas i on i.id = b.idea_id
        where b.status = 'accepted' and b.cycle_year between ${from} and ${to} and ${areaWhere(area, 'b')}),
      ia as (select year, type, count(*) as n from i group by year, type),
      pa as (select year, type, count(*) as n, count(*) filter (where implemented) as implemented from p group by year, type)
      select coalesce(ia.year, pa.year) as year, coalesce(ia.type, pa.type) as type,
        coalesce(ia.n, 0)::int as ideas, coalesce(pa.n, 0)::int as plans, coalesce(pa.implemented, 0)::int as implemented
      from ia full join pa on pa.year = ia.year and pa.type = ia.type order by 1, 2`,
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
    sql`with ia as (select i.cycle_year as year, count(*) as n from ideas i
          where i.first_submitted_at is not null and i.cycle_year between ${from} and ${to} and ${areaWhere(area, 'i')} group by i.cycle_year),
        ba as (select b.cycle_year as year, count(*) as n from business_plans b
          where b.status = 'accepted' and b.cycle_year between ${from} and ${to} and ${areaWhere(area, 'b')} group by b.cycle_year),
        ta as (select t.year, count(*) as n, sum(t.participants) as trainees from training_classes t
          where t.deleted_at is null and t.year between ${from} and ${to} and ${areaWhere(area, 't')} group by t.year),
        la as (select l.year, sum(l.count) as n from communication_logs l
          where l.deleted_at is null and l.year between ${from} and ${to} and ${areaWhere(area, 'l')} group by l.year)
      select y.y as year, coalesce(ia.n, 0)::int as ideas, coalesce(ba.n, 0)::int as "businessPlans",
        coalesce(ta.n, 0)::int as "trainingClasses", coalesce(ta.trainees, 0)::int as trainees, coalesce(la.n, 0)::int as "communicationEvents"
      from (${yearsSeries(from, to)}) y left join ia on ia.year = y.y left join ba on ba.year = y.y
        left join ta on ta.year = y.y left join la on la.year = y.y
      order by y.y`,
  );
}
