import { EXPIRING_SOON_DAYS } from '../domain/certificates/validity';

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

/** Reminder thresholds, in days before expiry, largest first (the configured window, then 30 and 7). */
export function reminderThresholds(): number[] {
  return [...new Set([expiringSoonDays(), 30, 7])].filter((d) => d <= expiringSoonDays()).sort((a, b) => b - a);
}

export function publicOrigin(fallback: string): string {
  return (process.env.PUBLIC_URL || fallback).replace(/\/+$/, '');
}
