import type { CriteriaSet, Criterion, CriterionOption } from '../criteria/types';
import { knockOutKey } from './score-sheet';
import { starClass, type StarClass } from './stars';

/**
 * A complete sheet that adds up to a given total: one option per criterion, chosen
 * deterministically, never a disqualifying option, never an option that triggers a knock-out
 * (declared knock-outs are answered "no"; no 0 points where a `zero` rule watches), and
 * meeting the per-star minimums of the class aimed at and of every class below it. For demo
 * and test data that must land in a given class on the real sheets (e.g. the 1048/2019 sheet
 * of a product set), where rounding a fraction of each maximum does not add up.
 */

export interface AnswersForTotalOptions {
  /** The class whose minimums (cumulative) the sheet meets; default: the class of `target` in the sheet's bands. */
  stars?: StarClass;
  /** Varies the spread of points over the criteria; the same seed gives the same sheet. */
  seed?: number;
  /**
   * Another sheet to stay close to (e.g. the council's shared assessment): each criterion
   * prefers the points of that sheet's answer, so members of one council differ on few
   * criteria and by little.
   */
  near?: Readonly<Record<string, string>>;
}

/** Points are compared in hundredths, so that decimal points (1,5) add up exactly. */
const SCALE = 100;
const scaled = (points: number) => Math.round(points * SCALE);

/** Deterministic pseudo-random number in [0, 1) from integers. */
function noise(...xs: number[]): number {
  let h = 2166136261;
  for (const x of xs) h = Math.imul(h ^ x, 16777619) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
  return (h % 10_000) / 10_000;
}

/** The options of a criterion an answer for `stars` may take. */
export function safeOptions(sheet: CriteriaSet, criterion: Criterion, stars: StarClass): CriterionOption[] {
  const banned = new Set(criterion.disqualifying?.optionCodes ?? []);
  let zeroWatched = false;
  for (const rule of sheet.knockOuts ?? []) {
    if (rule.trigger === 'options' && rule.criterion === criterion.code) for (const o of rule.optionCodes ?? []) banned.add(o);
    if (rule.trigger === 'zero' && (rule.criteria ?? [rule.criterion]).includes(criterion.code)) zeroWatched = true;
  }
  const floor = Math.max(0, ...(sheet.starMinimums ?? []).filter((m) => m.stars <= stars && m.criterion === criterion.code).map((m) => m.minPoints));
  return criterion.options.filter((o) => !banned.has(o.code) && !(zeroWatched && o.points === 0) && o.points >= floor);
}

/**
 * Answers whose total is exactly `target`; throws RangeError when the sheet's safe options
 * cannot make it (e.g. above the sheet's best safe answers, or below what the minimums need).
 */
export function answersForTotal(sheet: CriteriaSet, target: number, options: AnswersForTotalOptions = {}): Record<string, string> {
  const stars = options.stars ?? starClass(target, sheet.starBands);
  const seed = options.seed ?? 0;
  const criteria = sheet.criteria;
  const choices = criteria.map((c) => safeOptions(sheet, c, stars));
  const goal = scaled(target);
  const empty = choices.findIndex((opts) => opts.length === 0);
  if (empty >= 0) throw new RangeError(`${sheet.sheet?.code ?? sheet.code}: no safe option for ${criteria[empty].code} at ${stars}★`);
  const top = choices.reduce((sum, opts) => sum + Math.max(...opts.map((o) => scaled(o.points))), 0);
  if (goal < 0 || goal > top) throw new RangeError(`${sheet.sheet?.code ?? sheet.code}: ${target} is outside 0..${top / SCALE} for the safe options`);

  // Each criterion wants a number of points: those of the `near` sheet's answer, else its share
  // of the target (varied by the seed). An option costs its squared distance from that, relative
  // to the criterion's maximum (one point off a 5-point criterion costs less than off a 2-point one).
  const share = target / (top / SCALE);
  const wanted = criteria.map((c, i) => {
    const ref = options.near?.[c.code] ? c.options.find((o) => o.code === options.near![c.code]) : undefined;
    return ref ? ref.points : Math.min(1, Math.max(0, share + (noise(seed, i) - 0.5) * 0.4)) * c.maxPoints;
  });
  const costOf = (i: number, o: CriterionOption) => ((o.points - wanted[i]) / Math.max(1, criteria[i].maxPoints)) ** 2;

  // best[i][s]: the least cost at which the criteria from i on add up to s hundredths (Infinity: they cannot).
  const best: Float64Array[] = new Array(criteria.length + 1);
  best[criteria.length] = new Float64Array(goal + 1).fill(Infinity);
  best[criteria.length][0] = 0;
  for (let i = criteria.length - 1; i >= 0; i--) {
    const next = best[i + 1];
    const row = new Float64Array(goal + 1).fill(Infinity);
    for (const o of choices[i]) {
      const p = scaled(o.points);
      const cost = costOf(i, o);
      for (let s = p; s <= goal; s++) if (next[s - p] + cost < row[s]) row[s] = next[s - p] + cost;
    }
    best[i] = row;
  }
  if (best[0][goal] === Infinity) throw new RangeError(`${sheet.sheet?.code ?? sheet.code}: the safe options cannot add up to ${target}`);

  // Walk the sheet along a cheapest way (ties: the option listed first).
  const answers: Record<string, string> = {};
  let rest = goal;
  criteria.forEach((c, i) => {
    const pick = choices[i].find((o) => {
      const p = scaled(o.points);
      return p <= rest && costOf(i, o) + best[i + 1][rest - p] <= best[i][rest] + 1e-9;
    })!;
    answers[c.code] = pick.code;
    rest -= scaled(pick.points);
  });
  for (const rule of sheet.knockOuts ?? []) if (rule.trigger === 'declared') answers[knockOutKey(rule.code)] = 'no';
  return answers;
}
