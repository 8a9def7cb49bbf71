import { addDays, assertIsoDate, daysBetween, fromDayNumber } from '../dates';

/**
 * Certificate validity and status. A certificate is valid 36 months: from its issue date up to
 * and including the day before the same calendar day 36 months later (issued 2026-03-15 →
 * valid until 2029-03-14). A 29 February issue has no anniversary in a common year: the
 * period then ends on 28 February (the day before 1 March).
 */

export const VALIDITY_MONTHS = 36;
export const EXPIRING_SOON_DAYS = 90;

export const CERTIFICATE_STATUSES = ['valid', 'expiring', 'expired', 'revoked', 'superseded'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export interface CertificateDates {
  issuedOn: string;
  /** Last valid day; computed from issuedOn when absent. */
  validUntil?: string | null;
  /** Revocation takes effect on this day. */
  revokedOn?: string | null;
  /** Replaced (upgrade or re-recognition) from this day. */
  supersededOn?: string | null;
}

/** Last valid day of a certificate issued on `issuedOn`. */
export function validUntil(issuedOn: string): string {
  assertIsoDate(issuedOn, 'issuedOn');
  const [y, m, d] = issuedOn.split('-').map(Number);
  // Date.UTC rolls a missing day over (29 Feb → 1 Mar), which is what "the day before" needs.
  const anniversary = Date.UTC(y, m - 1 + VALIDITY_MONTHS, d) / 86_400_000;
  return fromDayNumber(anniversary - 1);
}

/**
 * Status on `today`. Revocation and supersession win over dates once in effect (revoked wins
 * if both: the holder must stop using the mark); a date in the future leaves the certificate
 * as it is until then, so "as of" reports replay correctly. "expiring" means the last valid
 * day is at most `expiringSoonDays` days away (0 = expires today).
 */
export function certificateStatus(cert: CertificateDates, today: string, expiringSoonDays = EXPIRING_SOON_DAYS): CertificateStatus {
  assertIsoDate(today, 'today');
  assertIsoDate(cert.issuedOn, 'issuedOn');
  if (!Number.isInteger(expiringSoonDays) || expiringSoonDays < 0) throw new RangeError(`expiringSoonDays must be a whole number ≥ 0, got ${expiringSoonDays}`);
  if (today < cert.issuedOn) throw new RangeError(`Certificate issued on ${cert.issuedOn} has no status on ${today}`);

  if (cert.revokedOn) {
    assertIsoDate(cert.revokedOn, 'revokedOn');
    if (cert.revokedOn <= today) return 'revoked';
  }
  if (cert.supersededOn) {
    assertIsoDate(cert.supersededOn, 'supersededOn');
    if (cert.supersededOn <= today) return 'superseded';
  }
  const lastDay = cert.validUntil ?? validUntil(cert.issuedOn);
  assertIsoDate(lastDay, 'validUntil');
  const daysLeft = daysBetween(today, lastDay);
  if (daysLeft < 0) return 'expired';
  return daysLeft <= expiringSoonDays ? 'expiring' : 'valid';
}

/** The day reminders start: `expiringSoonDays` before the last valid day. */
export function expiryReminderFrom(cert: CertificateDates, expiringSoonDays = EXPIRING_SOON_DAYS): string {
  return addDays(cert.validUntil ?? validUntil(cert.issuedOn), -expiringSoonDays);
}
