/**
 * Growth statistics of the programme's reports (SPEC C5): change, change % and the average
 * growth rate over a series. Values are kept exact; rounding happens only for display
 * (`formatPercentVi`, `roundForDisplay`). "No value" is `null`, never 0 or Infinity.
 */

/** A figure that may be missing (no record for that year). */
export type Figure = number | null | undefined;

function isNumber(v: Figure): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** this − previous; null when either is missing. */
export function change(current: Figure, previous: Figure): number | null {
  return isNumber(current) && isNumber(previous) ? current - previous : null;
}

/** (this − previous) / previous × 100; null when previous is 0 or missing (no base to compare with). */
export function changePercent(current: Figure, previous: Figure): number | null {
  if (!isNumber(current) || !isNumber(previous) || previous === 0) return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}

/**
 * Average growth rate over `periods` periods, in percent: ((last / first)^(1/n) − 1) × 100.
 * 4 → 10 households over two years gives 58.11 %. Null when it has no meaning: a missing,
 * zero or negative end (a root of a negative ratio), or no period.
 */
export function averageGrowthRate(first: Figure, last: Figure, periods: number): number | null {
  if (!isNumber(first) || !isNumber(last) || first <= 0 || last < 0 || !(periods > 0)) return null;
  return (Math.pow(last / first, 1 / periods) - 1) * 100;
}

/**
 * The average growth rate of a yearly series from its first to its last year with a value
 * (n = the years between them); null when fewer than two years have values.
 */
export function seriesGrowthRate(series: readonly { year: number; value: Figure }[]): number | null {
  const known = series.filter((p) => isNumber(p.value)).sort((a, b) => a.year - b.year);
  if (known.length < 2) return null;
  const first = known[0];
  const last = known[known.length - 1];
  return averageGrowthRate(first.value, last.value, last.year - first.year);
}

/** Each year of a series with its change and change % against the year before. */
export function yearOnYear(series: readonly { year: number; value: Figure }[]): { year: number; value: number | null; change: number | null; changePercent: number | null }[] {
  const byYear = new Map(series.map((p) => [p.year, p.value]));
  return [...series]
    .sort((a, b) => a.year - b.year)
    .map((p) => {
      const previous = byYear.get(p.year - 1);
      return { year: p.year, value: isNumber(p.value) ? p.value : null, change: change(p.value, previous), changePercent: changePercent(p.value, previous) };
    });
}

/** Rounds to `digits` decimals for display (half away from zero); null stays null. */
export function roundForDisplay(v: Figure, digits = 2): number | null {
  if (!isNumber(v)) return null;
  const f = 10 ** digits;
  return (Math.sign(v) * Math.round(Math.abs(v) * f + Number.EPSILON)) / f;
}

const viNumber = (digits: number) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A percentage as Vietnamese text: 58.113… → "58,11%"; "–" when there is no value. */
export function formatPercentVi(v: Figure, digits = 2): string {
  const r = roundForDisplay(v, digits);
  return r === null ? '–' : `${viNumber(digits).format(r)}%`;
}

/** A number as Vietnamese text (thousands with dots): 15951 → "15.951". */
export function formatNumberVi(v: Figure, digits = 0): string {
  const r = roundForDisplay(v, digits);
  return r === null ? '–' : viNumber(digits).format(r);
}
