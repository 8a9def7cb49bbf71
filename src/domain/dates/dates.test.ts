import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { addDays, assertIsoDate, compareDates, daysBetween, daysInMonth, formatDateVi, fromDayNumber, isIsoDate, toDayNumber, toIsoDate, todayInVietnam } from '.';

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2023-02-28', '2025-12-31', '2000-02-29', '0001-01-01'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });
  it.each(['2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-01-00', '2024-1-01', '24-01-01', '2024-01-01T00:00', '', 20240101, null])(
    'rejects %s',
    (d) => {
      expect(isIsoDate(d)).toBe(false);
    },
  );
});

describe('assertIsoDate', () => {
  it('throws a ValidationError naming the field', () => {
    try {
      assertIsoDate('31/12/2025', 'issuedOn');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems).toEqual([{ path: 'issuedOn', code: 'errors.date.invalid', params: { value: '31/12/2025' } }]);
    }
  });
});

describe('day arithmetic', () => {
  it('counts days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(daysBetween('2028-12-14', '2029-03-14')).toBe(90);
  });

  it('round-trips day numbers', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2025-07-01'))).toBe('2025-07-01');
  });

  it('knows month lengths', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2025, 4), daysInMonth(2025, 12)]).toEqual([29, 28, 30, 31]);
  });
});

describe('todayInVietnam', () => {
  it('turns the date at 17:00 UTC (midnight in Hà Nội)', () => {
    expect(todayInVietnam(new Date('2026-01-01T16:59:59Z'))).toBe('2026-01-01');
    expect(todayInVietnam(new Date('2026-01-01T17:00:00Z'))).toBe('2026-01-02');
  });
});

describe('Dates and date-times', () => {
  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-4-1')).toBe(false);
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

describe('formatDateVi', () => {
  it('writes dd/mm/yyyy, a timestamp as its day in Vietnam', () => {
    expect(formatDateVi('2025-07-01')).toBe('01/07/2025');
    expect(formatDateVi('2025-06-30T17:30:00Z')).toBe('01/07/2025');
    expect(formatDateVi(new Date('2026-12-31T16:59:00Z'))).toBe('31/12/2026');
    expect(formatDateVi(null)).toBe('');
    expect(formatDateVi('')).toBe('');
    expect(formatDateVi('not a date')).toBe('not a date');
  });
});
