/**
 * Locale-aware formatting for the UI (SPEC §5): in Vietnamese, numbers are written
 * 1.234.567,89, dates dd/mm/yyyy, money "1.250.000 ₫" or "12.031,54 triệu đồng".
 * Every helper takes an optional language; by default it follows the UI language.
 */
import { VIETNAM_TIME_ZONE, formatDateVi } from '../../domain/dates';
import type { Lang } from '../../i18n/lang';
import { currentLang } from './index';

const TZ = VIETNAM_TIME_ZONE;

function locale(lang?: Lang): string {
  return (lang ?? currentLang()) === 'en' ? 'en-US' : 'vi-VN';
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(loc: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = loc + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(loc, opts);
    cache.set(key, f);
  }
  return f;
}

function isNum(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** 1234567.89 → "1.234.567,89" (vi). `digits` fixes the decimals; default up to 2. */
export function formatNumber(n: number | null | undefined, digits?: number, lang?: Lang): string {
  if (!isNum(n)) return '';
  const opts: Intl.NumberFormatOptions =
    digits === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return nf(locale(lang), opts).format(n);
}

/** Integer count with grouping: 12345 → "12.345". */
export function formatInt(n: number | null | undefined, lang?: Lang): string {
  return formatNumber(n, 0, lang);
}

/** Percent from a ratio: 0.5811 → "58,11%". */
export function formatPercent(ratio: number | null | undefined, digits = 2, lang?: Lang): string {
  if (!isNum(ratio)) return '';
  return nf(locale(lang), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio);
}

/** Plain VND amount: 1250000 → "1.250.000 ₫". */
export function formatVnd(n: number | null | undefined, lang?: Lang): string {
  if (!isNum(n)) return '';
  return nf(locale(lang), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(n);
}

/**
 * An amount in VND displayed in millions: 12031540000 → "12.031,54 triệu đồng"
 * (en: "12,031.54 million VND").
 */
export function formatMillionVnd(vnd: number | null | undefined, lang?: Lang): string {
  if (!isNum(vnd)) return '';
  const l = lang ?? currentLang();
  const num = millions(vnd, l);
  return l === 'en' ? `${num} million VND` : `${num} triệu đồng`;
}

/** Just the number of millions, for tables whose header says the unit. */
export function formatMillions(vnd: number | null | undefined, lang?: Lang): string {
  if (!isNum(vnd)) return '';
  return millions(vnd, lang);
}

/** Millions with two decimals, none for a whole number of millions: "225,10", "12.031,54", "500". */
function millions(vnd: number, lang?: Lang): string {
  const m = Math.round(vnd / 10_000) / 100;
  const digits = Number.isInteger(m) ? 0 : 2;
  return nf(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(m);
}

function toDate(value: string | number | Date): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function parts(d: Date, withTime: boolean): Record<string, string> {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: TZ,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
  });
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(d)) out[p.type] = p.value;
  return out;
}

/** "2025-07-01" or an ISO timestamp → "01/07/2025" (dd/mm/yyyy, Vietnam time). */
export const formatDate = formatDateVi;

/** ISO timestamp → "01/07/2025 14:05" (Vietnam time). */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = toDate(value);
  if (!d) return String(value);
  const p = parts(d, true);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Parser/formatter pair for antd InputNumber showing grouped integers in the UI locale. */
export function inputNumberFormat(lang?: Lang) {
  const l = lang ?? currentLang();
  const group = l === 'en' ? ',' : '.';
  const decimal = l === 'en' ? '.' : ',';
  return {
    formatter: (value: string | number | undefined) => {
      if (value === undefined || value === null || value === '') return '';
      const [int, frac] = String(value).split('.');
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
      return frac !== undefined ? `${grouped}${decimal}${frac}` : grouped;
    },
    parser: (display: string | undefined) => {
      if (!display) return '';
      const cleaned = display.split(group).join('').replace(decimal, '.').replace(/[^\d.-]/g, '');
      return cleaned;
    },
  };
}
