import { addDays, assertIsoDate, daysBetween } from '../dates';

/**
 * Expiry reminders: a certificate's holder and the provincial office are told 180, 90 and 30
 * days before its last valid day, so that the re-recognition dossier can be prepared in time
 * (a certificate is valid 36 months; re-recognition starts from the product's last dossier).
 */

export const REMINDER_THRESHOLDS_DAYS = [180, 90, 30] as const;

export interface DueReminder {
  /** `180d`, `90d`, `30d`: one reminder per certificate and kind. */
  kind: string;
  threshold: number;
  /** The day the threshold was reached (validUntil − threshold). */
  dueOn: string;
  daysLeft: number;
}

/** Thresholds in days, distinct, whole and ≥ 0, largest first. */
export function normaliseThresholds(thresholds: readonly number[]): number[] {
  for (const d of thresholds) if (!Number.isInteger(d) || d < 0) throw new RangeError(`reminder threshold must be a whole number ≥ 0, got ${d}`);
  return [...new Set(thresholds)].sort((a, b) => b - a);
}

/**
 * The reminder due on `today` for a certificate valid until `validUntil`, or null: the nearest
 * threshold reached (the smallest one ≥ the days left) unless it was already raised. A missed
 * run does not send the earlier, stale reminders: after a gap only the nearest one is raised,
 * and each threshold is raised at most once. An expired certificate (days left < 0) gets none.
 */
export function dueReminder(validUntil: string, today: string, thresholds: readonly number[] = REMINDER_THRESHOLDS_DAYS, raised: readonly string[] = []): DueReminder | null {
  assertIsoDate(validUntil, 'validUntil');
  assertIsoDate(today, 'today');
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return null;
  const threshold = normaliseThresholds(thresholds).filter((d) => daysLeft <= d).at(-1);
  if (threshold === undefined) return null;
  const kind = reminderKind(threshold);
  if (raised.includes(kind)) return null;
  return { kind, threshold, dueOn: addDays(validUntil, -threshold), daysLeft };
}

export function reminderKind(threshold: number): string {
  return `${threshold}d`;
}

/** How far ahead the reminders look: the largest threshold. */
export function reminderHorizon(thresholds: readonly number[] = REMINDER_THRESHOLDS_DAYS): number {
  return normaliseThresholds(thresholds)[0] ?? 0;
}
