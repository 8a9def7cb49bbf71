import { daysBetween, isIsoDate, todayInVietnam, type IsoDate } from '../domain/dates';

/**
 * The platform's clock for calendar decisions (what is due, which rules are in force, whether a
 * certificate is valid today, what "today" a form defaults to). `OCOP_TODAY=YYYY-MM-DD` moves it
 * to that day in Vietnam, keeping the time of day, so tests and demos do not move with the
 * calendar: a test written now passes in 2029 too. Unset: the real time.
 * Record timestamps (created, updated, audit) always use the real time.
 */
export function now(): Date {
  const real = new Date();
  const fixed = process.env.OCOP_TODAY?.trim();
  if (!fixed) return real;
  if (!isIsoDate(fixed)) throw new Error(`OCOP_TODAY must be a date written YYYY-MM-DD (it is "${fixed}")`);
  return new Date(real.getTime() + daysBetween(todayInVietnam(real), fixed) * 86_400_000);
}

// Worked out at most once a second (every public verification asks for it).
let memo = { second: NaN, fixed: '' as string | undefined, value: '' };

/** Today's date in Vietnam by the platform's clock. */
export function today(): IsoDate {
  const second = Math.floor(Date.now() / 1000);
  const fixed = process.env.OCOP_TODAY;
  if (memo.second !== second || memo.fixed !== fixed) memo = { second, fixed, value: todayInVietnam(now()) };
  return memo.value;
}
