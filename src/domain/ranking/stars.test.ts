import { describe, expect, it } from 'vitest';
import { formatScore, isStarClass, minTotalFor, nextStarClass, starClass, STAR_THRESHOLDS } from './stars';

describe('starClass', () => {
  it.each([
    [0, 1],
    [29.99, 1],
    [29.999, 1],
    [30, 2],
    [49.99, 2],
    [50, 3],
    [69.99, 3],
    [69.9999999, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [100, 5],
  ])('%d points → %d★', (total, stars) => {
    expect(starClass(total)).toBe(stars);
  });

  it('compares the unrounded mean: (70 + 70 + 69) / 3 is still 3★', () => {
    expect(starClass((70 + 70 + 69) / 3)).toBe(3);
  });

  it.each([-0.01, 100.01, -1, 101, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (total) => {
    expect(() => starClass(total)).toThrow(RangeError);
  });
});

describe('nextStarClass', () => {
  it('says how many points reach the next class', () => {
    expect(nextStarClass(68.5)).toEqual({ stars: 4, threshold: 70, pointsNeeded: 1.5 });
    expect(nextStarClass(0)).toEqual({ stars: 2, threshold: 30, pointsNeeded: 30 });
    expect(nextStarClass(50)).toEqual({ stars: 4, threshold: 70, pointsNeeded: 20 });
    expect(nextStarClass(89.75)).toEqual({ stars: 5, threshold: 90, pointsNeeded: 0.25 });
    expect(nextStarClass(29.99)?.pointsNeeded).toBeCloseTo(0.01, 10);
  });

  it('has nothing above 5★', () => {
    expect(nextStarClass(90)).toBeNull();
    expect(nextStarClass(100)).toBeNull();
  });

  it('rejects totals outside 0..100', () => {
    expect(() => nextStarClass(-1)).toThrow(RangeError);
  });
});

describe('minTotalFor and thresholds', () => {
  it('lists the class boundaries', () => {
    expect(STAR_THRESHOLDS.map((t) => t.minTotal)).toEqual([0, 30, 50, 70, 90]);
    expect([1, 2, 3, 4, 5].map((s) => minTotalFor(s as 1 | 2 | 3 | 4 | 5))).toEqual([0, 30, 50, 70, 90]);
  });

  it('recognises star classes', () => {
    expect([0, 1, 3, 5, 6, 2.5, '3'].map(isStarClass)).toEqual([false, true, true, true, false, false, false]);
  });
});

describe('formatScore', () => {
  it('shows two decimals', () => {
    expect(formatScore(68.5)).toBe('68.50');
    expect(formatScore(100)).toBe('100.00');
    expect(formatScore(0)).toBe('0.00');
    expect(formatScore(57 + 2 / 3)).toBe('57.66');
  });

  it('truncates so the shown score never reaches a class the score did not', () => {
    expect(formatScore(69.999)).toBe('69.99');
    expect(formatScore(29.999)).toBe('29.99');
    expect(formatScore(1.005)).toBe('1.00');
  });

  it('is not fooled by binary noise', () => {
    expect(formatScore(0.29)).toBe('0.29');
    expect(formatScore(0.1 + 0.2)).toBe('0.30');
    expect(formatScore(4.35)).toBe('4.35');
  });

  it('uses the decimal comma in Vietnamese', () => {
    expect(formatScore(68.5, 'vi')).toBe('68,50');
  });

  it('handles negative differences and rejects non-numbers', () => {
    expect(formatScore(-1.5)).toBe('-1.50');
    expect(() => formatScore(Number.NaN)).toThrow(RangeError);
  });
});
