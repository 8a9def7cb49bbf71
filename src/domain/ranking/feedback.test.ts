import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../criteria/types';
import { extremeSheet, officialSet, SHEET_58, without } from './__fixtures__/sheets';
import { FeedbackInputError, SheetAnswerError } from './errors';
import { producerFeedback, selfAssessment } from './feedback';
import { roundResult } from './round-results';
import { scoreSheet } from './score-sheet';

const set = officialSet('148-2023');

/** Points of SHEET_58 per criterion (see the fixture), for the `points` input. */
const POINTS_58: Record<string, number> = {
  'A1.1': 3, 'A1.2': 2, 'A1.3': 2, 'A1.4': 2, 'A1.5': 1, 'A1.6': 0, 'A2.1': 2, 'A2.2': 3, 'A2.3': 2,
  'A3.1': 3, 'A3.2': 1, 'A3.3': 3, 'A3.4': 1, 'A3.5': 2,
  'B1.1': 2, 'B1.2': 3, 'B1.3': 3, 'B2.1': 2, 'B2.2': 1, 'B2.3': 2,
  'C1.1': 4, 'C1.2': 4, 'C2.1': 2, 'C2.2': 2, 'C3.1': 3, 'C3.2': 2, 'C3.3': 0, 'C3.4': 1, 'C4.1': 0,
};

const plan = (f: ReturnType<typeof producerFeedback>) => f.plan?.upgrades.map((u) => `${u.criterionCode}→${u.toOptionCode}(+${u.gain})`);

describe('producerFeedback from one sheet', () => {
  const feedback = producerFeedback(set, { answers: SHEET_58 });

  it('states the total, class and the points needed for the next class', () => {
    expect(feedback.total).toBe(58);
    expect(feedback.stars).toBe(3);
    expect(feedback.target).toEqual({ stars: 4, threshold: 70, pointsNeeded: 12 });
    expect(feedback.mustFix).toEqual([]);
  });

  it('lists where points were lost, largest first, then in the set order', () => {
    expect(feedback.lostPoints.map((l) => `${l.criterionCode}:${l.lost}`)).toEqual([
      'C4.1:6',
      'B1.1:4',
      'C3.3:4',
      'B1.3:3',
      'A1.6:2', 'A2.2:2', 'A3.4:2', 'B1.2:2', 'B2.2:2', 'C1.1:2', 'C2.1:2',
      'A1.1:1', 'A1.2:1', 'A1.3:1', 'A1.5:1', 'A2.3:1', 'A3.2:1', 'A3.5:1', 'B2.1:1', 'C2.2:1', 'C3.2:1', 'C3.4:1',
    ]);
    expect(feedback.lostPoints[0]).toMatchObject({ part: 'C', section: 'C4', maxPoints: 6, got: 0, name: { vi: 'Cơ hội tiếp thị toàn cầu' } });
    // 100 − 58 points were lost in all.
    expect(feedback.lostPoints.reduce((s, l) => s + l.lost, 0)).toBe(42);
  });

  it('proposes the fewest upgrades reaching 70 exactly (3 criteria, no overshoot)', () => {
    // Two criteria give at most 6 + 4 = 10 < 12, so three are needed. The earliest criterion
    // that can be part of an exact 12 is A1.6 (+2), completed by B1.1 (+4) and C4.1 (+6).
    expect(plan(feedback)).toEqual(['A1.6→c(+2)', 'B1.1→e(+4)', 'C4.1→d(+6)']);
    expect(feedback.plan).toMatchObject({ gain: 12, overshoot: 0, exact: true });
    expect(feedback.reachable).toBe(true);
  });

  it('never proposes the council’s sensory judgement (C1.1)', () => {
    const f = producerFeedback(set, { answers: SHEET_58 }, { targetStars: 5 });
    expect(f.target).toEqual({ stars: 5, threshold: 90, pointsNeeded: 32 });
    expect(f.plan?.upgrades.some((u) => u.criterionCode === 'C1.1')).toBe(false);
    expect(f.plan!.gain).toBeGreaterThanOrEqual(32);
  });

  it('can aim for a chosen class, and has no target when already there', () => {
    const low = { ...SHEET_58, 'A3.3': 'a', 'A3.1': 'a', 'B1.2': 'a', 'C3.1': 'a', 'C1.2': 'a' }; // 58 − 3 − 2 − 3 − 3 − 4 = 43
    const f = producerFeedback(set, { answers: low }, { targetStars: 3 });
    expect(f.total).toBe(43);
    expect(f.target).toEqual({ stars: 3, threshold: 50, pointsNeeded: 7 });
    // One criterion cannot give 7 (at most 6) → two; exact 7 with the earliest criteria: A1.1 e (+1) and C4.1 d (+6).
    expect(plan(f)).toEqual(['A1.1→e(+1)', 'C4.1→d(+6)']);
    expect(producerFeedback(set, { answers: SHEET_58 }, { targetStars: 3 })).toMatchObject({ target: null, plan: null, reachable: true });
  });

  it('has nothing to propose at 100 points', () => {
    const f = producerFeedback(set, { answers: extremeSheet(set, 'max') });
    expect(f).toMatchObject({ total: 100, stars: 5, target: null, plan: null, reachable: true, lostPoints: [] });
  });

  it('makes the plan fix a disqualifying answer first', () => {
    const f = producerFeedback(set, { answers: { ...SHEET_58, 'A1.1': 'a' } }); // 55
    expect(f.mustFix).toEqual(['A1.1']);
    expect(f.target).toEqual({ stars: 4, threshold: 70, pointsNeeded: 15 });
    // A1.1 must change (at most +4); with C4.1 +6 and B1.1 +4 that is 14 < 15, so 4 changes.
    // Cheapest: A1.1 to its lowest valid option b (+1), then B1.1 +4, C3.3 +4, C4.1 +6 = 15.
    expect(plan(f)).toEqual(['A1.1→b(+1)', 'B1.1→e(+4)', 'C3.3→d(+4)', 'C4.1→d(+6)']);
    expect(f.plan?.overshoot).toBe(0);
  });

  it('fixes a disqualifying answer even at 5★', () => {
    const best = { ...extremeSheet(set, 'max'), 'A1.1': 'a' }; // 96
    const f = producerFeedback(set, { answers: best });
    expect(f.target).toBeNull();
    expect(plan(f)).toEqual(['A1.1→b(+1)']);
  });

  it('says when the next class is out of reach', () => {
    const tiny: CriteriaSet = {
      ...set,
      criteria: [
        { code: 'A1.1', part: 'A', section: 'A1', name: { vi: 'a', en: 'a' }, maxPoints: 40, options: [{ code: 'a', label: { vi: 'a', en: 'a' }, points: 0 }, { code: 'b', label: { vi: 'b', en: 'b' }, points: 40 }] },
        { code: 'B1.1', part: 'B', section: 'B1', name: { vi: 'b', en: 'b' }, maxPoints: 25, improvable: false, options: [{ code: 'a', label: { vi: 'a', en: 'a' }, points: 0 }, { code: 'b', label: { vi: 'b', en: 'b' }, points: 25 }] },
        { code: 'C1.1', part: 'C', section: 'C1', name: { vi: 'c', en: 'c' }, maxPoints: 35, improvable: false, options: [{ code: 'a', label: { vi: 'a', en: 'a' }, points: 0 }, { code: 'b', label: { vi: 'b', en: 'b' }, points: 35 }] },
      ],
    };
    const f = producerFeedback(tiny, { answers: { 'A1.1': 'b', 'B1.1': 'a', 'C1.1': 'a' } });
    expect(f).toMatchObject({ total: 40, stars: 2, target: { stars: 3, pointsNeeded: 10 }, plan: null, reachable: false });
  });

  it('counts unanswered criteria as 0 and proposes any of their options', () => {
    const f = producerFeedback(set, { answers: without(SHEET_58, 'C4.1') });
    expect(f.total).toBe(58);
    expect(f.lostPoints.find((l) => l.criterionCode === 'C4.1')).toMatchObject({ got: 0, lost: 6 });
  });

  it('rejects unknown codes', () => {
    expect(() => producerFeedback(set, { answers: { 'A1.1': 'z' } })).toThrow(SheetAnswerError);
  });
});

describe('producerFeedback from council means', () => {
  it('68.5 needs 1.5 to reach 70: one upgrade worth 2 (overshoot 0.5)', () => {
    // 58 + C4.1 6 (+6) + B1.1 6 (+4) + A1.1 mean 3.5 (+0.5) = 68.5
    const points = { ...POINTS_58, 'C4.1': 6, 'B1.1': 6, 'A1.1': 3.5 };
    const f = producerFeedback(set, { points });
    expect(f.total).toBe(68.5);
    expect(f.target).toEqual({ stars: 4, threshold: 70, pointsNeeded: 1.5 });
    // A1.1 to e gives only +0.5; the earliest single upgrade worth ≥ 1.5 with the least overshoot is A1.6 → c (+2).
    expect(plan(f)).toEqual(['A1.6→c(+2)']);
    expect(f.plan?.overshoot).toBe(0.5);
    expect(f.lostPoints.find((l) => l.criterionCode === 'A1.1')).toMatchObject({ got: 3.5, lost: 0.5 });
  });

  it('uses a closed round directly', () => {
    const round = roundResult(set, {
      sheets: [
        { memberId: 'm1', answers: SHEET_58 },
        { memberId: 'm2', answers: { ...SHEET_58, 'A1.1': 'a' } },
        { memberId: 'm3', answers: { ...SHEET_58, 'A1.1': 'a' } },
      ],
    });
    expect(round.disqualified).toBe(true);
    const f = producerFeedback(set, { points: round.criterionMeans, mustFix: ['A1.1'] });
    expect(f.total).toBeCloseTo(56, 9); // 58 − 2 × 3 / 3
    expect(f.mustFix).toEqual(['A1.1']);
    expect(f.plan?.upgrades[0].criterionCode).toBe('A1.1');
  });

  it('rejects unknown, missing and out-of-range points', () => {
    const missing = without(POINTS_58, 'B2.3');
    try {
      producerFeedback(set, { points: { ...missing, 'A1.1': 5, 'Z1.1': 1 }, mustFix: ['A1.2'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FeedbackInputError);
      expect((e as FeedbackInputError).problems).toEqual([
        { path: 'points.Z1.1', code: 'errors.feedback.unknownCriterion', params: { criterion: 'Z1.1' } },
        { path: 'points.A1.1', code: 'errors.feedback.pointsRange', params: { criterion: 'A1.1', points: 5, max: 4 } },
        { path: 'points.B2.3', code: 'errors.required' },
        { path: 'mustFix.0', code: 'errors.feedback.notDisqualifying', params: { criterion: 'A1.2' } },
      ]);
    }
  });

  it('stays fast on a whole set with fractional means', () => {
    const low = scoreSheet(set, extremeSheet(set, 'min')).points;
    const points = Object.fromEntries(set.criteria.map((c) => [c.code, Math.min(c.maxPoints, (low[c.code] ?? 0) + 1 / 3)]));
    const started = performance.now();
    const f = producerFeedback(set, { points }, { targetStars: 5 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(f.plan?.exact).toBe(true);
    expect(f.total + f.plan!.gain).toBeGreaterThanOrEqual(90 - 1e-9);
  });
});

describe('selfAssessment', () => {
  it('predicts the class of a complete sheet', () => {
    const s = selfAssessment(set, SHEET_58);
    expect(s).toMatchObject({ predictedStars: 3, isLowerBound: false, disqualified: false, eligibleForCertificate: true });
    expect(s.sheet.total).toBe(58);
    expect(s.feedback.target?.pointsNeeded).toBe(12);
  });

  it('reports a disqualification and no eligibility', () => {
    const s = selfAssessment(set, { ...SHEET_58, 'A1.1': 'a' });
    expect(s.predictedStars).toBe(3);
    expect(s.disqualified).toBe(true);
    expect(s.disqualifiedBy.map((d) => d.criterionCode)).toEqual(['A1.1']);
    expect(s.eligibleForCertificate).toBe(false);
  });

  it('marks a partial sheet as a lower bound', () => {
    const s = selfAssessment(set, { 'A1.1': 'e', 'B1.1': 'e', 'C4.1': 'd' });
    expect(s).toMatchObject({ predictedStars: 1, isLowerBound: true, eligibleForCertificate: false });
    expect(s.sheet.total).toBe(16);
  });

  it('says 2★ products are not eligible', () => {
    const s = selfAssessment(set, { ...SHEET_58, 'C1.1': 'a', 'C1.2': 'a', 'B1.3': 'a' }); // 58 − 4 − 4 − 3 = 47
    expect(s.sheet.total).toBe(47);
    expect(s).toMatchObject({ predictedStars: 2, eligibleForCertificate: false });
  });
});
