import { EXPIRING_SOON_DAYS } from '../domain/certificates/validity';
import { normaliseThresholds, REMINDER_THRESHOLDS_DAYS } from '../domain/certificates/reminders';

/**
 * Settings of the certificate module, read from the environment on each use (no restart
 * needed in tests; no secret involved):
 * - CERTIFICATE_EXPIRING_DAYS: how many days before the last valid day a certificate counts
 *   as "expiring soon" and reminders start (default 90);
 * - PUBLIC_URL: the public address printed in QR codes (default: the request's own origin).
 */
export function expiringSoonDays(): number {
  const raw = process.env.CERTIFICATE_EXPIRING_DAYS;
  const n = raw === undefined || raw === '' ? EXPIRING_SOON_DAYS : Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 3650 ? n : EXPIRING_SOON_DAYS;
}

/**
 * Reminder thresholds, in days before expiry, largest first: 180, 90 and 30 days
 * (CERTIFICATE_REMINDER_DAYS, e.g. `180,90,30`, replaces them; an invalid list is ignored).
 */
export function reminderThresholds(): number[] {
  const raw = process.env.CERTIFICATE_REMINDER_DAYS;
  if (raw) {
    const days = raw.split(',').map((x) => Number(x.trim()));
    if (days.length > 0 && days.every((d) => Number.isInteger(d) && d >= 0 && d <= 3650)) return normaliseThresholds(days);
  }
  return normaliseThresholds(REMINDER_THRESHOLDS_DAYS);
}

export function publicOrigin(fallback: string): string {
  return (process.env.PUBLIC_URL || fallback).replace(/\/+$/, '');
}
