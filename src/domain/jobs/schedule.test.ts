import { describe, expect, it } from 'vitest';
import { dailyRunDue, retryDelayMs, vietnamDay } from './schedule';

describe('job schedule', () => {
  it('backs off exponentially, capped', () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(30)).toBe(30 * 60_000);
  });

  it('runs daily jobs once the hour has passed in Vietnam', () => {
    expect(dailyRunDue(new Date('2026-12-01T22:59:00Z'), 6)).toBeNull(); // 05:59 on 2 December in Hà Nội
    expect(dailyRunDue(new Date('2026-12-01T23:00:00Z'), 6)).toBe('2026-12-02');
    expect(dailyRunDue(new Date('2026-12-01T16:59:00Z'), 0)).toBe('2026-12-01');
    expect(vietnamDay(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02');
  });
});
