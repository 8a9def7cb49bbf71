import { ValidationError } from '../errors';

/**
 * Calendar dates as ISO 'YYYY-MM-DD' strings. Arithmetic goes through UTC day numbers so
 * no time zone or daylight-saving shift can move a date; ISO strings of valid dates compare
 * correctly as plain strings.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** true for a real calendar date written 'YYYY-MM-DD' (rejects 2023-02-29, 2024-13-01, 0000-01-01…). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // no year 0 (1 BC) in the calendar the database keeps
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Throws a ValidationError naming `path` unless `value` is a valid ISO date. */
export function assertIsoDate(value: unknown, path = 'date'): asserts value is string {
  if (!isIsoDate(value)) throw new ValidationError([{ path, code: 'errors.date.invalid', params: { value: String(value) } }]);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (UTC). */
export function toDayNumber(iso: string): number {
  assertIsoDate(iso);
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Today's date in Vietnam (UTC+7 all year, no daylight saving), the programme's calendar. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
