import type { Executor } from '../../db/client';
import type { Area } from '../../db/repositories/reports/area';
import type { Report, ReportColumn, ReportRow, ReportTable, ReportUnit } from '../../contracts/reports';
import type { ColumnKind, ReportCode } from '../../domain/reports/catalogue';
import type { ReportAccess } from '../../domain/policy';
import { change, changePercent, roundForDisplay } from '../../domain/statistics';
import { MESSAGES, translateFrom } from '../../i18n';
import type { Lang } from '../../i18n/lang';

/** What a report definition receives: the unit resolved, the years checked, the access decided. */
export interface ReportContext {
  db: Executor;
  lang: Lang;
  code: ReportCode;
  area: Area;
  unit: ReportUnit;
  from: number;
  to: number;
  /** The same number of years just before `from`. */
  previous: { from: number; to: number };
  access: ReportAccess;
  /** Today by the platform's clock (ISO). */
  today: string;
  /** Whether the caller gave the years (product-growth otherwise shows every year with figures). */
  yearsGiven: boolean;
  /**
   * At most this many rows in a long list (products, entities); null: the whole list. The
   * counts of the report itself are always over every record.
   */
  listLimit: number | null;
  /** product-growth: the product or entity. */
  subject?: { productId: string } | { entityId: string };
}

/** A further table as a definition gives it: `total` (the full list's length) defaults to the rows given. */
export type BodyTable = Omit<ReportTable, 'total'> & { total?: number };

/** What a definition computes; the service adds code, title, unit, years and stamps. */
export interface ReportBody {
  columns: ReportColumn[];
  rows: ReportRow[];
  totals?: ReportRow | null;
  /** Null for reports that compare nothing (a product's own series). */
  comparison?: { from: number; to: number } | null;
  tables?: BodyTable[];
  notes?: string[];
  /** Years actually covered when the report chose them (product-growth without from/to). */
  years?: { from: number; to: number };
}

export type ReportDefinition = (ctx: ReportContext) => Promise<ReportBody>;

export function t(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  return translateFrom(MESSAGES[lang], key, params);
}

/** A column labelled from the catalogue (`reports.col.<label ?? key>`). */
export function col(lang: Lang, key: string, kind: ColumnKind, opts: { label?: string; group?: string; params?: Record<string, unknown> } = {}): ReportColumn {
  const c: ReportColumn = { key, label: t(lang, `reports.col.${opts.label ?? key}`, opts.params), kind };
  if (opts.group) c.group = opts.group;
  return c;
}

/** The columns of a figure compared with the previous one: change and change %. */
export function changeColumns(lang: Lang, key: string, group?: string): ReportColumn[] {
  return [
    col(lang, `${key}Change`, 'number', { label: 'change', group: group ?? t(lang, 'reports.group.change') }),
    col(lang, `${key}ChangePct`, 'percent', { label: 'changePct', group: group ?? t(lang, 'reports.group.change') }),
  ];
}

/** Percent for a report cell: two decimals (display), null when there is no value. */
export function pct(v: number | null): number | null {
  return roundForDisplay(v, 2);
}

/** Adds `<key>Change` and `<key>ChangePct` to a row, against the previous figure. */
export function compare(row: ReportRow, key: string, current: number | null, previous: number | null | undefined): void {
  row[`${key}Change`] = change(current, previous);
  row[`${key}ChangePct`] = pct(changePercent(current, previous));
}

/**
 * Year rows with year-on-year change: `series` holds the years `from − 1` … `to`; the first
 * serves as the previous year of `from` and is not shown.
 */
export function yearRows<T extends { year: number }>(series: T[], from: number, make: (row: T, previous: T | undefined) => ReportRow): ReportRow[] {
  const byYear = new Map(series.map((r) => [r.year, r]));
  return series.filter((r) => r.year >= from).map((r) => make(r, byYear.get(r.year - 1)));
}

/** Sums numeric columns into a totals row (first column labelled "Total"). */
export function totalsOf(lang: Lang, rows: ReportRow[], labelKey: string, keys: string[]): ReportRow {
  const totals: ReportRow = { [labelKey]: t(lang, 'reports.total') };
  for (const k of keys) totals[k] = rows.reduce((s, r) => s + (typeof r[k] === 'number' ? (r[k] as number) : 0), 0);
  return totals;
}

export type { Report };
