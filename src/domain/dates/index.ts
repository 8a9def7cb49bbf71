import { ValidationError } from '../errors';

/**
 * The platform's one dates module. Calendar dates are ISO 'YYYY-MM-DD' strings; arithmetic
 * goes through UTC day numbers so no time zone or daylight-saving shift can move a date, and
 * ISO strings of valid dates compare correctly as plain strings. A JavaScript Date is read as
 * a calendar day in Vietnam (Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving), the
 * programme's calendar, so "today" is the same day for a server in UTC and an officer in Hà Nội.
 * Dates are shown dd/mm/yyyy (SPEC §5).
 */

export type IsoDate = string;

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** true for a real calendar date written 'YYYY-MM-DD' (rejects 2023-02-29, 2024-13-01…). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // no year 0 (1 BC) in the calendar the database keeps
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Throws a ValidationError naming `path` unless `value` is a valid ISO date. */
export function assertIsoDate(value: unknown, path = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new ValidationError([{ path, code: 'errors.date.invalid', params: { value: String(value) } }]);
}

/** A Date's calendar day in Vietnam. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * An ISO calendar date from a Date (its day in Vietnam), an ISO date, or an ISO date-time
 * string (converted to its day in Vietnam). Throws RangeError on anything else.
 */
export function toIsoDate(value: Date | string): IsoDate {
  if (typeof value === 'string') {
    if (isIsoDate(value)) return value;
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
      const d = new Date(value);
      if (!Number.isNaN(d.getTime())) return toIsoDate(d);
    }
    throw new RangeError(`not an ISO date: ${value}`);
  }
  if (Number.isNaN(value.getTime())) throw new RangeError('invalid Date');
  return todayInVietnam(value);
}

/** Days since 1970-01-01 (UTC). Throws a ValidationError unless `iso` is a valid ISO date. */
export function toDayNumber(iso: string): number {
  assertIsoDate(iso);
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` after `date` (a Date counts as its day in Vietnam). */
export function addDays(date: Date | string, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date instanceof Date ? toIsoDate(date) : date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date | string, to: Date | string): number {
  const day = (v: Date | string) => toDayNumber(v instanceof Date || !isIsoDate(v) ? toIsoDate(v) : v);
  return day(to) - day(from);
}

/** -1, 0 or 1 as `a` is before, on or after `b`. */
export function compareDates(a: Date | string, b: Date | string): -1 | 0 | 1 {
  const x = toIsoDate(a);
  const y = toIsoDate(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * dd/mm/yyyy: "2025-07-01" → "01/07/2025"; a Date or an ISO timestamp gives its day in
 * Vietnam. '' for null, undefined and ''; anything unreadable is returned as it came.
 */
export function formatDateVi(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  let iso: IsoDate;
  try {
    iso = toIsoDate(value);
  } catch {
    return String(value);
  }
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
