import { afterEach, describe, expect, it } from 'vitest';
import { certificateStatus, validUntil } from '../domain/certificates';
import { ruleVersionForDate } from '../domain/ranking';
import { loadOfficialCriteriaSets } from '../domain/criteria/official';
import { HISTORY_ROUND } from '../seed/demo-evaluation';
import { now, today } from './clock';

const saved = process.env.OCOP_TODAY;
afterEach(() => {
  process.env.OCOP_TODAY = saved;
});

describe('the clock (OCOP_TODAY)', () => {
  it('moves "today" to the configured day in Vietnam, keeping the time of day', () => {
    process.env.OCOP_TODAY = '2029-06-15';
    expect(today()).toBe('2029-06-15');
    const shifted = now();
    const real = new Date();
    // A whole number of days apart (within the milliseconds between the two readings).
    const offset = (((shifted.getTime() - real.getTime()) % 86_400_000) + 86_400_000) % 86_400_000;
    expect(Math.min(offset, 86_400_000 - offset)).toBeLessThan(5_000);
  });

  it('refuses a malformed OCOP_TODAY', () => {
    process.env.OCOP_TODAY = '15/06/2029';
    expect(() => today()).toThrow(/YYYY-MM-DD/);
  });
});

describe('demo history does not move with the calendar (today in 2029)', () => {
  it("keeps the January 2024 round under 148/2023, and its certificates' dates, in 2029", () => {
    process.env.OCOP_TODAY = '2029-06-15';
    const sets = loadOfficialCriteriaSets();
    expect(HISTORY_ROUND.date).toBe('2024-01-10');
    expect(ruleVersionForDate(HISTORY_ROUND.date, sets)).toBe('148-2023');
    // The current cycle's rounds fall under 1489/2025.
    expect(ruleVersionForDate(today(), sets)).toBe('1489-2025');
    const until = validUntil(HISTORY_ROUND.decisionDate);
    expect(until).toBe('2027-01-29');
    const cert = { issuedOn: HISTORY_ROUND.decisionDate, validUntil: until, revokedOn: null, supersededOn: null };
    expect(certificateStatus(cert, today())).toBe('expired');
    expect(certificateStatus(cert, '2026-12-01')).toBe('expiring');
  });
});
