import { describe, expect, it } from 'vitest';
import { dueReminder, normaliseThresholds, REMINDER_THRESHOLDS_DAYS, reminderHorizon } from './reminders';

describe('expiry reminders', () => {
  const until = '2027-06-30';

  it('uses 180, 90 and 30 days', () => {
    expect([...REMINDER_THRESHOLDS_DAYS]).toEqual([180, 90, 30]);
    expect(reminderHorizon()).toBe(180);
  });

  it('raises nothing before 180 days left, then each threshold on the day it is reached', () => {
    expect(dueReminder(until, '2026-12-31')).toBeNull(); // 181 days left
    expect(dueReminder(until, '2027-01-01')).toEqual({ kind: '180d', threshold: 180, dueOn: '2027-01-01', daysLeft: 180 });
    expect(dueReminder(until, '2027-03-31')?.kind).toBe('180d'); // 91 days left
    expect(dueReminder(until, '2027-04-01')).toEqual({ kind: '90d', threshold: 90, dueOn: '2027-04-01', daysLeft: 90 });
    expect(dueReminder(until, '2027-05-31')).toEqual({ kind: '30d', threshold: 30, dueOn: '2027-05-31', daysLeft: 30 });
  });

  it('keeps the reached threshold until the next one, so a raised kind is not raised again', () => {
    expect(dueReminder(until, '2027-03-01', undefined, [])?.kind).toBe('180d');
    expect(dueReminder(until, '2027-03-01', undefined, ['180d'])).toBeNull();
    expect(dueReminder(until, '2027-04-01', undefined, ['180d'])?.kind).toBe('90d');
    expect(dueReminder(until, '2027-05-31', undefined, ['180d', '90d'])?.kind).toBe('30d');
    expect(dueReminder(until, '2027-06-30', undefined, ['180d', '90d', '30d'])).toBeNull();
  });

  it('after a missed run raises only the nearest threshold, not the stale ones', () => {
    expect(dueReminder(until, '2027-06-10', undefined, [])).toEqual({ kind: '30d', threshold: 30, dueOn: '2027-05-31', daysLeft: 20 });
  });

  it('gives nothing to an expired certificate', () => {
    expect(dueReminder(until, '2027-06-30')?.daysLeft).toBe(0);
    expect(dueReminder(until, '2027-07-01')).toBeNull();
  });

  it('accepts other thresholds and refuses invalid ones', () => {
    expect(normaliseThresholds([30, 180, 90, 30])).toEqual([180, 90, 30]);
    expect(dueReminder(until, '2027-06-25', [7, 60])?.kind).toBe('7d');
    expect(() => normaliseThresholds([-1])).toThrow(RangeError);
    expect(() => dueReminder('2027-02-30', '2027-01-01')).toThrow();
  });
});
