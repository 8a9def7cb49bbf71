import { figuresByYear, joinedYear } from '../../../db/repositories/reports/figures';
import type { ReportRow } from '../../../contracts/reports';
import { changePercent, seriesGrowthRate } from '../../../domain/statistics';
import { col, pct, t, type ReportDefinition } from '../builder';

const MEASURES = ['revenue', 'cost', 'profit'] as const;

/**
 * A product's (or an entity's) revenue, cost and profit by year, before and after it joined
 * OCOP (its first recognition), with the average growth rate of each period (seed 000 table 7).
 */
export const productGrowth: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const subject = ctx.subject!;
  const all = await figuresByYear(ctx.db, subject);
  const joined = await joinedYear(ctx.db, subject);
  const from = ctx.yearsGiven || all.length === 0 ? ctx.from : all[0].year;
  const to = ctx.yearsGiven || all.length === 0 ? ctx.to : all[all.length - 1].year;
  const figures = all.filter((f) => f.year >= from && f.year <= to);
  const byYear = new Map(all.map((f) => [f.year, f]));
  const phaseOf = (year: number) => (joined !== null && year >= joined ? 'after' : 'before');
  const rows = figures.map((f) => {
    const prev = byYear.get(f.year - 1);
    const row: ReportRow = { year: f.year, phase: t(lang, `reports.phase.${phaseOf(f.year)}`) };
    for (const m of MEASURES) {
      row[m] = f[m];
      row[`${m}ChangePct`] = pct(changePercent(f[m], prev?.[m]));
    }
    return row;
  });
  const periods = (['before', 'after'] as const).map((phase) => {
    const of = figures.filter((f) => phaseOf(f.year) === phase);
    const row: ReportRow = { phase: t(lang, `reports.phase.${phase}`), from: of[0]?.year ?? null, to: of[of.length - 1]?.year ?? null };
    for (const m of MEASURES) row[`${m}Growth`] = pct(seriesGrowthRate(of.map((f) => ({ year: f.year, value: f[m] }))));
    return row;
  });
  return {
    columns: [
      col(lang, 'year', 'text'),
      col(lang, 'phase', 'text'),
      ...MEASURES.flatMap((m) => [col(lang, m, 'number'), col(lang, `${m}ChangePct`, 'percent', { label: 'changePct', group: t(lang, `reports.col.${m}`) })]),
    ],
    rows,
    totals: null,
    comparison: null,
    tables: [
      {
        key: 'periods',
        title: t(lang, 'reports.table.growthPeriods'),
        columns: [col(lang, 'phase', 'text'), col(lang, 'from', 'number', { label: 'fromYear' }), col(lang, 'to', 'number', { label: 'toYear' }), ...MEASURES.map((m) => col(lang, `${m}Growth`, 'percent'))],
        rows: periods,
        totals: null,
      },
    ],
    notes: [joined === null ? t(lang, 'reports.note.notJoined') : t(lang, 'reports.note.joined', { year: joined }), t(lang, 'reports.note.growthRate'), t(lang, 'reports.note.vnd')],
    years: { from, to },
  };
};
