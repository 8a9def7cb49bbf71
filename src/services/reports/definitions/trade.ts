import * as repo from '../../../db/repositories/reports/trade';
import type { TradeGroupRow } from '../../../db/repositories/reports/trade';
import { COMBO_OCCASIONS, CONTRACT_STATUSES, FAIR_LEVELS, LISTING_PLATFORMS, SALES_POINT_FUNDING } from '../../../domain/trade/kinds';
import type { ReportRow } from '../../../contracts/reports';
import type { Lang } from '../../../i18n/lang';
import { changeColumns, col, compare, t, totalsOf, yearRows, type BodyTable, type ReportContext, type ReportDefinition } from '../builder';

/** The figures of a year compared with the year before. */
const COMPARED = ['fairs', 'booths', 'visitors', 'fairSales', 'salesPoints', 'contracts', 'contractsValue', 'combos'] as const;
const LEVEL_KEYS = { local: 'fairsLocal', provincial: 'fairsProvincial', national: 'fairsNational', international: 'fairsInternational' } as const;

const sum = (rows: TradeGroupRow[], key: 'count' | 'booths' | 'visitors' | 'amount' | 'opened' | 'products') => rows.reduce((s, r) => s + r[key], 0);

/** A table of the period beside the previous period, one row per classifier value (also those with none). */
function groupTable(
  lang: Lang,
  key: string,
  title: string,
  categoryLabel: string,
  labelOf: (code: string) => string,
  codes: readonly string[],
  current: TradeGroupRow[],
  previous: TradeGroupRow[],
  classify: (r: TradeGroupRow) => string,
  figures: Array<{ key: string; label: string; of: (rows: TradeGroupRow[]) => number }>,
): BodyTable {
  const rows = codes.map((code) => {
    const cur = current.filter((r) => classify(r) === code);
    const prev = previous.filter((r) => classify(r) === code);
    const row: ReportRow = { category: labelOf(code) };
    for (const f of figures) {
      row[f.key] = f.of(cur);
      row[`${f.key}Previous`] = f.of(prev);
    }
    return row;
  });
  const keys = figures.flatMap((f) => [f.key, `${f.key}Previous`]);
  return {
    key,
    title,
    columns: [
      col(lang, 'category', 'text', { label: categoryLabel }),
      // the period's figures, then the previous period's under one spanning header
      ...figures.map((f) => col(lang, f.key, 'number', { label: f.label })),
      ...figures.map((f) => col(lang, `${f.key}Previous`, 'number', { label: f.label, group: t(lang, 'reports.group.previous') })),
    ],
    rows,
    totals: totalsOf(lang, rows, 'category', keys),
  };
}

/**
 * Trade promotion (SPEC C6 for the C5 catalogue): fairs by level with booths, visitors and
 * sales; sales points open by funding; contracts by status and value; live e-commerce listings
 * by platform; gift combos — by year with the year before, and the period against the previous one.
 */
export const trade: ReportDefinition = async (ctx: ReportContext) => {
  const { lang } = ctx;
  const [series, flows, flowsBefore, stock, stockBefore] = await Promise.all([
    repo.tradeByYear(ctx.db, ctx.area, ctx.from - 1, ctx.to),
    repo.tradeFlows(ctx.db, ctx.area, ctx.from, ctx.to),
    repo.tradeFlows(ctx.db, ctx.area, ctx.previous.from, ctx.previous.to),
    repo.tradeStock(ctx.db, ctx.area, ctx.from, ctx.to),
    repo.tradeStock(ctx.db, ctx.area, ctx.previous.from, ctx.previous.to),
  ]);
  const withTotals = series.map((r) => ({ ...r, salesPoints: r.salesPointsState + r.salesPointsPrivate }));
  const rows = yearRows(withTotals, ctx.from, (r, prev) => {
    const row: ReportRow = { ...r };
    for (const k of COMPARED) compare(row, k, r[k], prev?.[k]);
    return row;
  });
  // stocks (sales points, listings) are the year's end: their "total" is the last year's
  const flowsKeys = ['fairs', 'fairsLocal', 'fairsProvincial', 'fairsNational', 'fairsInternational', 'booths', 'visitors', 'fairSales', 'salesPointsOpened', 'contracts', 'contractsValue', 'combos'];
  const totals = totalsOf(lang, rows, 'year', flowsKeys);
  const last = rows[rows.length - 1] ?? {};
  for (const k of ['salesPointsState', 'salesPointsPrivate', 'salesPoints', 'listings']) totals[k] = last[k] ?? 0;
  for (const k of COMPARED) Object.assign(totals, { [`${k}Change`]: null, [`${k}ChangePct`]: null });

  const of = (kind: string) => (rows: TradeGroupRow[]) => rows.filter((r) => r.kind === kind);
  const fairs = of('fair');
  const contracts = of('tradeContract');
  const combos = of('giftCombo');
  const points = of('salesPoint');
  const listings = of('listing');
  const fairGroup = t(lang, 'reports.group.fairs');
  const pointGroup = t(lang, 'reports.group.salesPoints');
  const contractGroup = t(lang, 'reports.group.contracts');
  const figure = (key: string, label: string, field: 'count' | 'booths' | 'visitors' | 'amount' | 'opened' | 'products') => ({ key, label, of: (r: TradeGroupRow[]) => sum(r, field) });
  return {
    columns: [
      col(lang, 'year', 'text'),
      col(lang, 'fairs', 'number', { label: 'total', group: fairGroup }),
      ...FAIR_LEVELS.map((l) => col(lang, LEVEL_KEYS[l], 'number', { group: fairGroup })),
      ...changeColumns(lang, 'fairs', fairGroup),
      col(lang, 'booths', 'number', { group: fairGroup }),
      ...changeColumns(lang, 'booths', t(lang, 'reports.col.booths')),
      col(lang, 'visitors', 'number', { group: fairGroup }),
      ...changeColumns(lang, 'visitors', t(lang, 'reports.col.visitors')),
      col(lang, 'fairSales', 'number', { group: fairGroup }),
      ...changeColumns(lang, 'fairSales', t(lang, 'reports.col.fairSales')),
      col(lang, 'salesPoints', 'number', { label: 'total', group: pointGroup }),
      col(lang, 'salesPointsState', 'number', { group: pointGroup }),
      col(lang, 'salesPointsPrivate', 'number', { group: pointGroup }),
      col(lang, 'salesPointsOpened', 'number', { label: 'openedInYear', group: pointGroup }),
      ...changeColumns(lang, 'salesPoints', pointGroup),
      col(lang, 'contracts', 'number', { label: 'total', group: contractGroup }),
      ...changeColumns(lang, 'contracts', contractGroup),
      col(lang, 'contractsValue', 'number', { group: contractGroup }),
      ...changeColumns(lang, 'contractsValue', t(lang, 'reports.col.contractsValue')),
      col(lang, 'listings', 'number'),
      col(lang, 'combos', 'number'),
      ...changeColumns(lang, 'combos', t(lang, 'reports.col.combos')),
    ],
    rows,
    totals,
    comparison: { from: ctx.from - 1, to: ctx.to - 1 },
    tables: [
      groupTable(lang, 'fairsByLevel', t(lang, 'reports.table.fairsByLevel'), 'fairLevel', (c) => t(lang, `trade.level.${c}`), FAIR_LEVELS, fairs(flows), fairs(flowsBefore), (r) => r.category, [
        figure('count', 'fairs', 'count'), figure('booths', 'booths', 'booths'), figure('visitors', 'visitors', 'visitors'), figure('amount', 'fairSales', 'amount'),
      ]),
      groupTable(lang, 'salesPointsByFunding', t(lang, 'reports.table.salesPointsByFunding', { year: ctx.to }), 'funding', (c) => t(lang, `trade.funding.${c}`), SALES_POINT_FUNDING, points(stock), points(stockBefore), (r) => r.category, [
        figure('count', 'salesPointsOpen', 'count'), figure('opened', 'openedInPeriod', 'opened'),
      ]),
      groupTable(lang, 'contractsByStatus', t(lang, 'reports.table.contractsByStatus'), 'contractStatus', (c) => t(lang, `trade.contractStatus.${c}`), CONTRACT_STATUSES, contracts(flows), contracts(flowsBefore), (r) => r.status ?? 'signed', [
        figure('count', 'contracts', 'count'), figure('amount', 'contractsValue', 'amount'),
      ]),
      groupTable(lang, 'listingsByPlatform', t(lang, 'reports.table.listingsByPlatform', { year: ctx.to }), 'platform', (c) => t(lang, `trade.platform.${c}`), LISTING_PLATFORMS, listings(stock), listings(stockBefore), (r) => r.category, [
        figure('count', 'listings', 'count'), figure('products', 'products', 'products'),
      ]),
      groupTable(lang, 'combosByOccasion', t(lang, 'reports.table.combosByOccasion'), 'occasion', (c) => t(lang, `trade.occasion.${c}`), COMBO_OCCASIONS, combos(flows), combos(flowsBefore), (r) => r.category, [
        figure('count', 'combos', 'count'), figure('products', 'products', 'products'),
      ]),
    ],
    notes: [t(lang, 'reports.note.trade'), t(lang, 'reports.note.vnd')],
  };
};
