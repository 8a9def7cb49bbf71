import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, daysInMonth, isIsoDate, toIsoDate } from './dates';
import { PROCEDURES, TWO_LEVEL_PROCEDURE_FROM, procedureFor } from './procedure';

describe('dates', () => {
  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-4-1')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false); // there is no year 0
    expect(isIsoDate('2025-04-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20250401)).toBe(false);
  });

  it('converts Dates and date-times to the day in Vietnam', () => {
    expect(toIsoDate('2025-04-01')).toBe('2025-04-01');
    expect(toIsoDate(new Date('2024-12-31T16:59:59.999Z'))).toBe('2024-12-31');
    expect(toIsoDate(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(toIsoDate('2024-12-31T17:00:00Z')).toBe('2025-01-01');
    expect(() => toIsoDate(new Date('nope'))).toThrow(RangeError);
    expect(() => toIsoDate('2024-12-31T99:00:00Z')).toThrow(RangeError);
    expect(() => toIsoDate('tomorrow')).toThrow(RangeError);
  });

  it('does day arithmetic across months and years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(compareDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareDates(new Date('2025-01-02T18:00:00Z'), '2025-01-02')).toBe(1);
  });
});

describe('procedure', () => {
  it('is legacy (with districts) before 2025-07-01 and two-level from then', () => {
    expect(TWO_LEVEL_PROCEDURE_FROM).toBe('2025-07-01');
    expect(procedureFor('2025-06-30')).toBe('legacy');
    expect(procedureFor('2025-07-01')).toBe('current');
    expect(procedureFor(new Date('2025-06-30T17:00:00Z'))).toBe('current');
    expect(PROCEDURES.legacy.appraisingRole).toBe('district');
    expect(PROCEDURES.current.appraisingRole).toBe('province');
  });
});
