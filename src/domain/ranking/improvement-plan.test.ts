import { describe, expect, it } from 'vitest';
import { cheapestImprovements, type ImprovementCandidate } from './improvement-plan';

const c = (criterionCode: string, currentPoints: number, points: number[], mandatory = false): ImprovementCandidate => ({
  criterionCode,
  currentPoints,
  choices: points.map((p, i) => ({ optionCode: 'abcdefgh'[i], points: p })),
  mandatory,
});

const summary = (plan: ReturnType<typeof cheapestImprovements>) =>
  plan && plan.upgrades.map((u) => `${u.criterionCode}→${u.toOptionCode}(+${u.gain})`).join(' ');

describe('cheapestImprovements', () => {
  it('prefers one criterion over two, even with a larger overshoot', () => {
    const plan = cheapestImprovements([c('X', 0, [1, 2]), c('Y', 0, [1, 2]), c('Z', 0, [5])], 3);
    expect(summary(plan)).toBe('Z→a(+5)');
    expect(plan).toMatchObject({ gain: 5, overshoot: 2, exact: true });
  });

  it('among plans of equal size, takes the smallest overshoot', () => {
    const plan = cheapestImprovements([c('X', 0, [4, 6]), c('Y', 0, [3, 6]), c('Z', 0, [1, 2])], 7);
    // 2 changes needed; X4+Y3 = 7 overshoots 0 (X6+Y3 = 9, X6+Z2 = 8 …).
    expect(summary(plan)).toBe('X→a(+4) Y→a(+3)');
    expect(plan?.overshoot).toBe(0);
  });

  it('breaks remaining ties by the earliest criteria, then the lowest options', () => {
    expect(summary(cheapestImprovements([c('X', 0, [2]), c('Y', 0, [2]), c('Z', 0, [2])], 2))).toBe('X→a(+2)');
    expect(summary(cheapestImprovements([c('X', 1, [2, 3]), c('Y', 0, [1, 2])], 3))).toBe('X→a(+1) Y→b(+2)');
  });

  it('handles fractional current points (council means) and needed points', () => {
    const plan = cheapestImprovements([c('A', 3.5, [4]), c('B', 0, [2]), c('C', 1, [2, 3])], 1.5);
    expect(summary(plan)).toBe('B→a(+2)');
    expect(plan?.overshoot).toBeCloseTo(0.5, 12);
    const half = cheapestImprovements([c('A', 3.5, [4]), c('B', 0, [2])], 0.5);
    expect(summary(half)).toBe('A→a(+0.5)');
    expect(half?.overshoot).toBe(0);
  });

  it('ignores choices that do not raise the points', () => {
    expect(summary(cheapestImprovements([c('A', 3, [1, 2, 3, 4])], 1))).toBe('A→d(+1)');
  });

  it('always includes mandatory fixes, which may cost points', () => {
    // Must leave A (now 2 points) for an option worth 1 or 4; needs 3 overall.
    const plan = cheapestImprovements([c('A', 2, [1, 4], true), c('B', 0, [3])], 3);
    expect(summary(plan)).toBe('A→b(+2) B→a(+3)');
    expect(plan?.overshoot).toBe(2);
    // With nothing else needed the cheapest fix is the lowest option, even at a loss.
    expect(summary(cheapestImprovements([c('A', 2, [1, 4], true)], -5))).toBe('A→a(+-1)');
  });

  it('returns null when the target cannot be reached or a fix is impossible', () => {
    expect(cheapestImprovements([c('A', 0, [1]), c('B', 0, [2])], 3.5)).toBeNull();
    expect(cheapestImprovements([c('A', 0, [], true)], 0)).toBeNull();
  });

  it('returns an empty plan when nothing is needed', () => {
    expect(cheapestImprovements([c('A', 0, [1])], 0)).toEqual({ upgrades: [], gain: 0, overshoot: 0, exact: true });
  });

  it('falls back to a greedy plan, flagged inexact, when the search space is too large', () => {
    const candidates = [c('A', 0, [1, 2, 3]), c('B', 0, [1, 2, 3]), c('C', 0, [1, 2, 3])];
    const plan = cheapestImprovements(candidates, 5, { maxStates: 1 });
    expect(plan?.exact).toBe(false);
    expect(plan?.upgrades).toHaveLength(2);
    expect(plan!.gain).toBeGreaterThanOrEqual(5);
  });

  it('matches an exhaustive search on random instances', () => {
    let seed = 20260101;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const int = (n: number) => Math.floor(rand() * n);

    for (let round = 0; round < 400; round++) {
      const candidates: ImprovementCandidate[] = [];
      const n = 1 + int(7);
      for (let i = 0; i < n; i++) {
        const points = Array.from({ length: 1 + int(4) }, () => int(7));
        candidates.push(c(`K${i}`, int(13) / 3, points, rand() < 0.15));
      }
      const needed = int(31) / 2 - 1;
      const expected = bruteForce(candidates, needed);
      const plan = cheapestImprovements(candidates, needed);
      if (!expected) {
        expect(plan, JSON.stringify({ candidates, needed })).toBeNull();
        continue;
      }
      expect(plan, JSON.stringify({ candidates, needed })).not.toBeNull();
      expect(plan!.upgrades.length).toBe(expected.count);
      expect(plan!.overshoot).toBeCloseTo(expected.overshoot, 9);
      expect(plan!.upgrades.map((u) => `${u.criterionCode}${u.toOptionCode}`)).toEqual(expected.picks);
    }
  });
});

/** Every combination, ranked by (changes, overshoot, earliest criteria, lowest options). */
function bruteForce(candidates: ImprovementCandidate[], needed: number) {
  type Pick = { ci: number; oi: number; gain: number };
  const options = candidates.map((cand) => {
    const list: Array<Pick | null> = cand.mandatory ? [] : [null];
    const sorted = cand.choices.map((ch, oi) => ({ oi, points: ch.points })).sort((a, b) => a.points - b.points || a.oi - b.oi);
    for (const { oi, points } of sorted) {
      const gain = points - cand.currentPoints;
      if (cand.mandatory || gain > 1e-9) list.push({ ci: -1, oi, gain });
    }
    return list;
  });
  let best: { count: number; overshoot: number; key: number[][]; picks: string[] } | null = null;
  const walk = (i: number, chosen: Pick[]) => {
    if (i === candidates.length) {
      const gain = chosen.reduce((s, p) => s + p.gain, 0);
      if (gain < needed - 1e-9) return;
      const count = chosen.length;
      const overshoot = Math.max(0, gain - needed);
      const sortedOptions = (ci: number) =>
        candidates[ci].choices.map((ch, oi) => ({ oi, points: ch.points })).sort((a, b) => a.points - b.points || a.oi - b.oi);
      // The implementation orders a criterion's options by points; rank picks the same way.
      const key = chosen.map((p) => [p.ci, sortedOptions(p.ci).findIndex((o) => o.oi === p.oi)]);
      const better =
        !best ||
        count < best.count ||
        (count === best.count && overshoot < best.overshoot - 1e-9) ||
        (count === best.count && Math.abs(overshoot - best.overshoot) <= 1e-9 && compareKeys(key, best.key) < 0);
      if (better) best = { count, overshoot, key, picks: chosen.map((p) => `${candidates[p.ci].criterionCode}${candidates[p.ci].choices[p.oi].optionCode}`) };
      return;
    }
    for (const o of options[i]) walk(i + 1, o ? [...chosen, { ...o, ci: i }] : chosen);
  };
  walk(0, []);
  return best as { count: number; overshoot: number; picks: string[] } | null;
}

function compareKeys(a: number[][], b: number[][]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = a[i][0] - b[i][0] || a[i][1] - b[i][1];
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
