import type { EChartsCoreOption } from 'echarts/core';
import type { Report, ReportColumn, ReportRow } from '../../api/reports';

/**
 * The chart of a report, built from its columns and rows only (no figure is computed here):
 * stacked bars of products (and entities) by year × class, a funnel of ideas → plans →
 * products, a pie of funding by source beside bars by year, lines of a product's revenue,
 * cost and profit, bars for the other by-year reports.
 */

export interface ChartSpec {
  option: EChartsCoreOption;
  aria: string;
  height?: number;
}

type T = (key: string, params?: Record<string, unknown>) => string;

const STAR_COLORS = ['#fff1b8', '#ffd666', '#faad14', '#d48806', '#ad6800'];
const PALETTE = ['#1d6b3a', '#d48806', '#2f6fb5', '#b3261e', '#6b4fa0', '#2a9d8f', '#8c6d3f', '#5c7080'];

/** Columns of the report's own period (not the previous period or the change beside it). */
function ownNumbers(cols: ReportColumn[]): ReportColumn[] {
  return cols.filter((c) => c.kind === 'number' && c.group !== 'previous' && c.group !== 'change' && !/previous|change|delta/i.test(c.key));
}

function labelColumn(cols: ReportColumn[]): ReportColumn | undefined {
  return cols.find((c) => c.kind === 'text') ?? cols.find((c) => c.key === 'year');
}

const num = (v: ReportRow[string]) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: ReportRow[string]) => (v === null || v === undefined ? '' : String(v));

function bars(r: Report, t: T, series: ReportColumn[], stacked: boolean, colors = PALETTE): ChartSpec | null {
  const label = labelColumn(r.columns);
  if (!label || !series.length || !r.rows.length) return null;
  const x = r.rows.map((row) => str(row[label.key]));
  return {
    option: {
      color: colors,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: x, axisLabel: { interval: 0, rotate: x.length > 6 ? 30 : 0, width: 90, overflow: 'truncate' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((c) => ({ type: 'bar', name: c.label, barMaxWidth: 64, stack: stacked ? 'total' : undefined, data: r.rows.map((row) => num(row[c.key])), emphasis: { focus: 'series' } })),
    },
    aria: t('reportsUi.chart.aria', {
      title: r.title,
      list: series.map((c) => `${c.label}: ${r.rows.map((row) => `${str(row[label.key])} ${num(row[c.key])}`).join(', ')}`).join('; '),
    }),
  };
}

/** Columns that count new items of one class, e.g. "3 sao" of "Công nhận mới". */
function starColumns(cols: ReportColumn[]): ReportColumn[] {
  const own = ownNumbers(cols);
  const starred = own.filter((c) => /(^|\D)[1-5](\D|$)/.test(c.key) && !/cumulative|total|sum/i.test(c.key));
  const newOnes = starred.filter((c) => /new/i.test(c.key) || /new/i.test(c.group ?? ''));
  return newOnes.length ? newOnes : starred;
}

function funnel(r: Report, t: T): ChartSpec | null {
  // Stages are the report's own-period number columns; their totals (or sums) are the widths.
  const stages = ownNumbers(r.columns).filter((c) => !c.group || c.group === c.key || true).slice(0, 6);
  if (!stages.length) return null;
  const total = (c: ReportColumn) => (r.totals && typeof r.totals[c.key] === 'number' ? num(r.totals[c.key]) : r.rows.reduce((s, row) => s + num(row[c.key]), 0));
  // A stage's column is "Total" under the stage's group (ideas, plans, implemented): name it by the group.
  const data = stages.map((c, i) => ({ name: c.group ?? c.label, value: total(c), itemStyle: { color: PALETTE[i % PALETTE.length] } }));
  return {
    option: {
      color: PALETTE,
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [{ type: 'funnel', left: '5%', width: '90%', top: 10, bottom: 10, sort: 'none', minSize: '10%', label: { show: true, position: 'inside', formatter: '{b}: {c}' }, data }],
    },
    aria: t('reportsUi.chart.aria', { title: r.title, list: data.map((d) => `${d.name}: ${d.value}`).join('; ') }),
    height: 300,
  };
}

function pie(r: Report, t: T): ChartSpec | null {
  const sources = ownNumbers(r.columns).filter((c) => !/total|sum/i.test(c.key));
  if (!sources.length) return null;
  const total = (c: ReportColumn) => (r.totals && typeof r.totals[c.key] === 'number' ? num(r.totals[c.key]) : r.rows.reduce((s, row) => s + num(row[c.key]), 0));
  const data = sources.map((c) => ({ name: c.label, value: total(c) })).filter((d) => d.value > 0);
  if (!data.length) return null;
  return {
    option: {
      color: PALETTE,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['30%', '60%'], center: ['50%', '45%'], label: { formatter: '{d}%' }, data }],
    },
    aria: t('reportsUi.chart.aria', { title: r.title, list: data.map((d) => `${d.name}: ${d.value}`).join('; ') }),
  };
}

function lines(r: Report, t: T): ChartSpec | null {
  const label = labelColumn(r.columns);
  const series = ownNumbers(r.columns);
  if (!label || !series.length) return null;
  return {
    option: {
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: r.rows.map((row) => str(row[label.key])) },
      yAxis: { type: 'value' },
      series: series.map((c) => ({ type: 'line', name: c.label, data: r.rows.map((row) => num(row[c.key])), symbolSize: 6 })),
    },
    aria: t('reportsUi.chart.aria', { title: r.title, list: series.map((c) => c.label).join(', ') }),
  };
}

/** The report's columns with these keys, in this order (those it has). */
function pick(r: Report, keys: string[]): ReportColumn[] {
  return keys.map((k) => r.columns.find((c) => c.key === k)).filter((c): c is ReportColumn => !!c);
}

/** Bars over the rows labelled by `labelKey` (the name column rather than a code). */
function barsBy(r: Report, t: T, labelKey: string, series: ReportColumn[], stacked: boolean, colors = PALETTE): ChartSpec | null {
  const named = { ...r, columns: [...r.columns.filter((c) => c.key === labelKey), ...r.columns.filter((c) => c.key !== labelKey)] };
  return bars(named, t, series, stacked, colors);
}

export function chartFor(r: Report, t: T): ChartSpec | null {
  switch (r.code) {
    case 'products-by-star': {
      const stars = pick(r, ['new3', 'new4', 'new5']);
      const s = stars.length ? stars : starColumns(r.columns);
      return s.length ? bars(r, t, s, true, STAR_COLORS.slice(2)) : bars(r, t, ownNumbers(r.columns).slice(0, 6), false);
    }
    case 'entities': {
      const s = pick(r, ['newEntities', 'entities', 'products']);
      return bars(r, t, s.length ? s : ownNumbers(r.columns).slice(0, 4), false);
    }
    case 'funnel': {
      const stages = pick(r, ['ideas', 'plans', 'implemented']);
      return funnel({ ...r, columns: stages.length ? stages : r.columns }, t);
    }
    case 'funding': {
      const sources = pick(r, ['provincialBudget', 'districtBudget', 'own', 'credit', 'integratedProgrammes', 'other']);
      return pie({ ...r, columns: sources.length ? sources : r.columns }, t);
    }
    case 'product-growth':
      return lines(r, t);
    case 'national-summary': {
      const s = pick(r, ['stars3', 'stars4', 'stars5']);
      return { ...(barsBy(r, t, 'name', s.length ? s : ownNumbers(r.columns).slice(0, 3), true, STAR_COLORS.slice(2)) ?? { option: {}, aria: '' }), height: 420 };
    }
    case 'localities': {
      const s = pick(r, ['products', 'cumulative']);
      return barsBy(r, t, 'name', s.length ? s : ownNumbers(r.columns).slice(0, 2), false);
    }
    case 'targets': {
      const s = pick(r, ['target', 'achieved']);
      return bars(r, t, s.length ? s : ownNumbers(r.columns).slice(0, 2), false);
    }
    case 'communication': {
      const s = pick(r, ['events', 'classes', 'trainees']);
      return bars(r, t, s.length ? s : ownNumbers(r.columns).slice(0, 6), false);
    }
    case 'trade': {
      const s = pick(r, ['fairs', 'salesPointsState', 'salesPointsPrivate', 'contracts', 'listings', 'combos']);
      return bars(r, t, s.length ? s : ownNumbers(r.columns).slice(0, 6), false);
    }
    default:
      return bars(r, t, ownNumbers(r.columns).slice(0, 8), false);
  }
}
