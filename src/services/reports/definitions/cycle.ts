import * as repo from '../../../db/repositories/reports/cycle';
import { ENTITY_TYPES, ENTITY_TYPE_LABELS } from '../../../domain/entities/entity.schema';
import { CURRENT_STRUCTURE_FROM } from '../../../domain/units/structure';
import type { ReportRow } from '../../../contracts/reports';
import { changeColumns, col, compare, t, totalsOf, yearRows, type ReportDefinition } from '../builder';

const STAGES = ['ideas', 'plans', 'implemented'] as const;
/** Enterprises, cooperatives and cooperative groups against households (seed 000 table 4). */
const isOrganisation = (type: string) => type !== 'household';

/** Ideas registered → business plans approved → products implemented, by entity type and year (seed 000 table 4). */
export const funnel: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const raw = await repo.funnel(ctx.db, ctx.area, ctx.from - 1, ctx.to);
  const years = Array.from({ length: ctx.to - ctx.from + 2 }, (_, i) => ctx.from - 1 + i);
  const series = years.map((year) => {
    const of = raw.filter((r) => r.year === year);
    const out: Record<string, number> & { year: number } = { year };
    for (const stage of STAGES) {
      out[stage] = of.reduce((s, r) => s + r[stage], 0);
      out[`${stage}Org`] = of.filter((r) => isOrganisation(r.type)).reduce((s, r) => s + r[stage], 0);
      out[`${stage}Household`] = of.filter((r) => !isOrganisation(r.type)).reduce((s, r) => s + r[stage], 0);
    }
    return out;
  });
  const rows = yearRows(series, ctx.from, (r, prev) => {
    const row: ReportRow = { year: r.year };
    for (const stage of STAGES) {
      row[stage] = r[stage];
      row[`${stage}Org`] = r[`${stage}Org`];
      row[`${stage}Household`] = r[`${stage}Household`];
      compare(row, stage, r[stage], prev?.[stage]);
    }
    return row;
  });
  const sumKeys = STAGES.flatMap((s) => [s, `${s}Org`, `${s}Household`]);
  const totals = totalsOf(lang, rows, 'year', sumKeys);
  const inPeriod = raw.filter((r) => r.year >= ctx.from);
  const byType = ENTITY_TYPES.map((type) => {
    const of = inPeriod.filter((r) => r.type === type);
    return { type: ENTITY_TYPE_LABELS[type][lang], ideas: of.reduce((s, r) => s + r.ideas, 0), plans: of.reduce((s, r) => s + r.plans, 0), implemented: of.reduce((s, r) => s + r.implemented, 0) };
  });
  return {
    columns: [
      col(lang, 'year', 'text'),
      ...STAGES.flatMap((stage) => {
        const group = t(lang, `reports.col.${stage}`);
        return [
          col(lang, stage, 'number', { label: 'total', group }),
          col(lang, `${stage}Org`, 'number', { label: 'organisations', group }),
          col(lang, `${stage}Household`, 'number', { label: 'households', group }),
          ...changeColumns(lang, stage, group),
        ];
      }),
    ],
    rows,
    totals: { ...totals, ...Object.fromEntries(STAGES.flatMap((s) => [[`${s}Change`, null], [`${s}ChangePct`, null]])) },
    comparison: { from: ctx.from - 1, to: ctx.to - 1 },
    tables: [
      {
        key: 'byType',
        title: t(lang, 'reports.table.funnelByType'),
        columns: [col(lang, 'type', 'text', { label: 'entityType' }), ...STAGES.map((s) => col(lang, s, 'number'))],
        rows: byType,
        totals: totalsOf(lang, byType, 'type', [...STAGES]),
      },
    ],
    notes: [t(lang, 'reports.note.funnel')],
  };
};

const COMM_KINDS = ['article', 'reportage', 'broadcast', 'loudspeaker', 'conference'] as const;

/** Communication and training by year, with year-on-year change (seed 000 table 2). */
export const communication: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const series = (await repo.communicationByYear(ctx.db, ctx.area, ctx.from - 1, ctx.to)).map((r) => ({ ...r, events: COMM_KINDS.reduce((s, k) => s + r[k], 0) }));
  const compared = ['events', 'classes', 'trainees', 'budget'] as const;
  const rows = yearRows(series, ctx.from, (r, prev) => {
    const row: ReportRow = { year: r.year, article: r.article, reportage: r.reportage, broadcast: r.broadcast, loudspeaker: r.loudspeaker, conference: r.conference, events: r.events, classes: r.classes, trainees: r.trainees, budget: r.budget };
    for (const k of compared) compare(row, k, r[k], prev?.[k]);
    return row;
  });
  const totals = totalsOf(lang, rows, 'year', [...COMM_KINDS, ...compared]);
  for (const k of compared) Object.assign(totals, { [`${k}Change`]: null, [`${k}ChangePct`]: null });
  const commGroup = t(lang, 'reports.group.communication');
  return {
    columns: [
      col(lang, 'year', 'text'),
      ...COMM_KINDS.map((k) => col(lang, k, 'number', { group: commGroup })),
      col(lang, 'events', 'number', { label: 'total', group: commGroup }),
      ...changeColumns(lang, 'events', commGroup),
      col(lang, 'classes', 'number'),
      ...changeColumns(lang, 'classes', t(lang, 'reports.col.classes')),
      col(lang, 'trainees', 'number'),
      ...changeColumns(lang, 'trainees', t(lang, 'reports.col.trainees')),
      col(lang, 'budget', 'number'),
      ...changeColumns(lang, 'budget', t(lang, 'reports.col.budget')),
    ],
    rows,
    totals,
    comparison: { from: ctx.from - 1, to: ctx.to - 1 },
    notes: [t(lang, 'reports.note.vnd')],
  };
};

const SOURCES = ['provincialBudget', 'districtBudget', 'own', 'credit', 'integratedProgrammes', 'other'] as const;
const LAST_DISTRICT_YEAR = Number(CURRENT_STRUCTURE_FROM.slice(0, 4));

/** Capital and budget by source and year, with totals (seed 000 table 3). */
export const funding: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const series = (await repo.fundingByYear(ctx.db, ctx.area, ctx.from - 1, ctx.to)).map((r) => ({ ...r, total: SOURCES.reduce((s, k) => s + r[k], 0) }));
  const rows = yearRows(series, ctx.from, (r, prev) => {
    const row: ReportRow = { year: r.year };
    // district budgets exist only for the years districts existed (to 2025)
    for (const k of SOURCES) row[k] = k === 'districtBudget' && r.year > LAST_DISTRICT_YEAR ? null : r[k];
    row.total = r.total;
    compare(row, 'total', r.total, prev?.total);
    return row;
  });
  const totals = totalsOf(lang, rows, 'year', [...SOURCES, 'total']);
  Object.assign(totals, { totalChange: null, totalChangePct: null });
  const totalAll = totals.total as number;
  const shares: ReportRow[] = SOURCES.map((k) => ({ source: t(lang, `reports.col.${k}`), amount: totals[k] as number, share: totalAll ? Math.round(((totals[k] as number) / totalAll) * 10000) / 100 : null }));
  return {
    columns: [col(lang, 'year', 'text'), ...SOURCES.map((k) => col(lang, k, 'number')), col(lang, 'total', 'number'), ...changeColumns(lang, 'total')],
    rows,
    totals,
    comparison: { from: ctx.from - 1, to: ctx.to - 1 },
    tables: [{ key: 'shares', title: t(lang, 'reports.table.fundingShares'), columns: [col(lang, 'source', 'text'), col(lang, 'amount', 'number'), col(lang, 'share', 'percent')], rows: shares, totals: null }],
    notes: [t(lang, 'reports.note.vnd'), t(lang, 'reports.note.districtBudget')],
  };
};
