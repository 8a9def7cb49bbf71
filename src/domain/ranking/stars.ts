/**
 * Star classes (hạng sao) from a total score out of 100, the same in every rule version:
 * 1★ < 30 ≤ 2★ < 50 ≤ 3★ < 70 ≤ 4★ < 90 ≤ 5★.
 * Totals are compared unrounded: a council mean of 69.999 is 3★, never "rounded up" to 4★.
 */

export type StarClass = 1 | 2 | 3 | 4 | 5;

export const MAX_TOTAL = 100;

/** Lowest total of each class, ascending. */
export const STAR_THRESHOLDS: ReadonlyArray<{ stars: StarClass; minTotal: number }> = Object.freeze([
  { stars: 1, minTotal: 0 },
  { stars: 2, minTotal: 30 },
  { stars: 3, minTotal: 50 },
  { stars: 4, minTotal: 70 },
  { stars: 5, minTotal: 90 },
]);

export function isStarClass(value: unknown): value is StarClass {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

function assertTotal(total: number): void {
  if (!Number.isFinite(total) || total < 0 || total > MAX_TOTAL) {
    throw new RangeError(`A total score must be between 0 and ${MAX_TOTAL}, got ${total}`);
  }
}

/** The star class of a total in 0..100 (throws RangeError outside it, and for NaN); a version's own bands when given. */
export function starClass(total: number, bands: ReadonlyArray<{ stars: number; minTotal: number }> = STAR_THRESHOLDS): StarClass {
  assertTotal(total);
  let stars: StarClass = 1;
  for (const t of bands) if (total >= t.minTotal) stars = t.stars as StarClass;
  return stars;
}

export interface NextClass {
  stars: StarClass;
  threshold: number;
  /** threshold − total, > 0 */
  pointsNeeded: number;
}

/** The next class up and how many points reach it; null at 5★. */
export function nextStarClass(total: number): NextClass | null {
  assertTotal(total);
  const next = STAR_THRESHOLDS.find((t) => t.minTotal > total);
  return next ? { stars: next.stars, threshold: next.minTotal, pointsNeeded: next.minTotal - total } : null;
}

/** Lowest total of a class. */
export function minTotalFor(stars: StarClass): number {
  return STAR_THRESHOLDS[stars - 1].minTotal;
}

/**
 * A score with two decimals, truncated rather than rounded so that what is shown never
 * crosses a class boundary the score itself did not cross (69.999 shows "69.99", still 3★).
 * 'vi' uses the decimal comma of vi-VN ("68,50").
 */
export function formatScore(score: number, locale: 'en' | 'vi' = 'en'): string {
  if (!Number.isFinite(score)) throw new RangeError(`Not a score: ${score}`);
  // The tiny epsilon absorbs binary noise (0.29 * 100 = 28.999…96) without reaching 0.01.
  const hundredths = Math.trunc(score * 100 + (score >= 0 ? 1e-7 : -1e-7));
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const text = `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return locale === 'vi' ? text.replace('.', ',') : text;
}
