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
      series: series.map((c) => ({ type: 'bar', name: c.label, stack: stacked ? 'total' : undefined, data: r.rows.map((row) => num(row[c.key])), emphasis: { focus: 'series' } })),
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
  const data = stages.map((c) => ({ name: c.label, value: total(c) }));
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

export function chartFor(r: Report, t: T): ChartSpec | null {
  switch (r.code) {
    case 'products-by-star': {
      const stars = starColumns(r.columns);
      return stars.length ? bars(r, t, stars, true, STAR_COLORS.slice(5 - stars.length)) : bars(r, t, ownNumbers(r.columns).slice(0, 6), false);
    }
    case 'entities':
      return bars(r, t, ownNumbers(r.columns).filter((c) => !/cumulative|total/i.test(c.key)).slice(0, 6), true);
    case 'funnel':
      return funnel(r, t);
    case 'funding':
      return pie(r, t);
    case 'product-growth':
      return lines(r, t);
    case 'national-summary':
    case 'localities':
      return bars(r, t, ownNumbers(r.columns).slice(0, 5), true);
    default:
      return bars(r, t, ownNumbers(r.columns).slice(0, 8), false);
  }
}
