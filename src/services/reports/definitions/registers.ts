import * as registers from '../../../db/repositories/reports/registers';
import { recognitionAchievements } from '../../../db/repositories/reports/recognitions';
import { cycleAchievements } from '../../../db/repositories/reports/cycle';
import { DOCUMENT_LEVELS } from '../../../domain/reports/documents';
import { TARGET_MEASURES, type TargetMeasure } from '../../../domain/reports/targets';
import { formatDateVi } from '../../../domain/dates';
import type { ReportRow } from '../../../contracts/reports';
import { changeColumns, col, compare, pct, t, totalsOf, yearRows, type ReportDefinition } from '../builder';

/** Documents and policies issued that apply to the unit, by level and year (seed 000 table 1). */
export const documents: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const series = (await registers.documentsByYear(ctx.db, ctx.area, ctx.unit.provinceCode, ctx.from - 1, ctx.to)).map((r) => ({ ...r, total: r.central + r.province + r.district + r.commune }));
  const rows = yearRows(series, ctx.from, (r, prev) => {
    const row: ReportRow = { year: r.year, central: r.central, province: r.province, district: r.district, commune: r.commune, total: r.total };
    compare(row, 'total', r.total, prev?.total);
    return row;
  });
  const totals = { ...totalsOf(lang, rows, 'year', [...DOCUMENT_LEVELS, 'total']), totalChange: null, totalChangePct: null };
  const list = await registers.documentsIssued(ctx.db, ctx.area, ctx.unit.provinceCode, ctx.from, ctx.to);
  return {
    columns: [col(lang, 'year', 'text'), ...DOCUMENT_LEVELS.map((l) => col(lang, l, 'number', { label: `level.${l}` })), col(lang, 'total', 'number'), ...changeColumns(lang, 'total')],
    rows,
    totals,
    comparison: { from: ctx.from - 1, to: ctx.to - 1 },
    tables: [
      {
        key: 'documents',
        title: t(lang, 'reports.table.documents'),
        columns: [col(lang, 'number', 'text', { label: 'documentNumber' }), col(lang, 'issuedOn', 'text'), col(lang, 'level', 'text'), col(lang, 'kind', 'text', { label: 'documentKind' }), col(lang, 'title', 'text', { label: 'documentTitle' }), col(lang, 'unitName', 'text', { label: 'issuer' })],
        rows: list.map((d) => ({ number: d.number, issuedOn: formatDateVi(d.issuedOn), level: t(lang, `reports.col.level.${d.level}`), kind: t(lang, `reports.documentKind.${d.kind}`), title: d.title, unitName: d.unitName })),
        totals: null,
      },
    ],
    notes: [t(lang, 'reports.note.documents')],
  };
};

/** Measures achieved by recognitions; the others by the cycle's records. */
const RECOGNITION_MEASURES: readonly TargetMeasure[] = ['products', 'products3', 'products4', 'products5', 'entities'];

/** The unit's targets for the years against what its records achieved: done, %, and by how much exceeded (or short). */
export const targets: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const set = await registers.targetsOf(ctx.db, ctx.unit.code, ctx.from, ctx.to);
  // every year of the previous period and this one in one statement per source, then split
  const [recognisedAll, cycleAll] = await Promise.all([
    recognitionAchievements(ctx.db, ctx.area, ctx.previous.from, ctx.to),
    cycleAchievements(ctx.db, ctx.area, ctx.previous.from, ctx.to),
  ]);
  const current = <T extends { year: number }>(list: T[]) => list.filter((r) => r.year >= ctx.from);
  const earlier = <T extends { year: number }>(list: T[]) => list.filter((r) => r.year < ctx.from);
  const [recognised, cycle, recognisedPrev, cyclePrev] = [current(recognisedAll), current(cycleAll), earlier(recognisedAll), earlier(cycleAll)];
  const sum = (list: object[], m: TargetMeasure) => list.reduce((s: number, r) => s + ((r as Record<string, number>)[m] ?? 0), 0);
  const achievedOf = (m: TargetMeasure, rec: typeof recognised, cyc: typeof cycle) => sum(RECOGNITION_MEASURES.includes(m) ? rec : cyc, m);
  const rows = TARGET_MEASURES.map((m) => {
    const withTarget = set.filter((s) => typeof s.values[m] === 'number');
    const target = withTarget.length ? withTarget.reduce((s, r) => s + r.values[m], 0) : null;
    const achieved = achievedOf(m, recognised, cycle);
    const previous = achievedOf(m, recognisedPrev, cyclePrev);
    const row: ReportRow = { measure: t(lang, `reports.measure.${m}`), target, achieved, donePct: target ? pct((achieved / target) * 100) : null, exceededBy: target === null ? null : achieved - target, achievedPrevious: previous };
    compare(row, 'achieved', achieved, previous);
    return row;
  });
  return {
    columns: [
      col(lang, 'measure', 'text'),
      col(lang, 'target', 'number'),
      col(lang, 'achieved', 'number'),
      col(lang, 'donePct', 'percent'),
      col(lang, 'exceededBy', 'number'),
      col(lang, 'achievedPrevious', 'number', { label: 'previousPeriod', group: t(lang, 'reports.group.previous') }),
      ...changeColumns(lang, 'achieved'),
    ],
    rows,
    totals: null,
    comparison: ctx.previous,
    notes: [set.length ? t(lang, 'reports.note.targets') : t(lang, 'reports.note.noTargets'), t(lang, 'reports.note.targetProducts')],
  };
};
