/**
 * Calendar dates of the cycle as ISO strings (YYYY-MM-DD), compared as plain strings.
 * A JavaScript Date is read as a calendar day in Vietnam (UTC+7, no daylight saving), so
 * "today" is the same day for a server running in UTC and an officer in Hà Nội.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written YYYY-MM-DD (2025-02-29 and 0000-01-01 are not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // no year 0 (1 BC) in the calendar the database keeps
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
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
  return new Date(value.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

function toUtcMs(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date | string, to: Date | string): number {
  return Math.round((toUtcMs(toIsoDate(to)) - toUtcMs(toIsoDate(from))) / DAY_MS);
}

export function addDays(date: Date | string, days: number): IsoDate {
  return new Date(toUtcMs(toIsoDate(date)) + days * DAY_MS).toISOString().slice(0, 10);
}

/** -1, 0 or 1 as `a` is before, on or after `b`. */
export function compareDates(a: Date | string, b: Date | string): -1 | 0 | 1 {
  const x = toIsoDate(a);
  const y = toIsoDate(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
