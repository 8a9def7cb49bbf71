import type { FieldProblem } from '../errors';
import type { CriteriaSet, Criterion, Localized, PartCode } from '../criteria/types';
import { eligibleForCertificate } from '../certificates/eligibility';
import { FeedbackInputError } from './errors';
import { cheapestImprovements, type ImprovementCandidate, type ImprovementPlan } from './improvement-plan';
import { scoreSheet, type Answers, type DisqualifyingChoice, type ScoreSheet } from './score-sheet';
import { minTotalFor, nextStarClass, starClass, type StarClass } from './stars';

/**
 * Feedback that helps a producer improve (the stated purpose of scoring): where points were
 * lost, how many are needed for the next class, and the cheapest upgrades that get there.
 * Criteria marked `improvable: false` (the council's sensory judgement) are reported as
 * lost points but never proposed as upgrades: a producer cannot act on them directly.
 */

export interface LostPoints {
  criterionCode: string;
  part: PartCode;
  section: string;
  name: Localized;
  maxPoints: number;
  got: number;
  /** maxPoints − got, > 0 */
  lost: number;
}

export interface FeedbackTarget {
  stars: StarClass;
  threshold: number;
  pointsNeeded: number;
}

export interface ProducerFeedback {
  total: number;
  stars: StarClass;
  /** Criteria whose current answer excludes the product; the plan must fix them. */
  mustFix: string[];
  /** Largest losses first, then in the set's order. */
  lostPoints: LostPoints[];
  /** Next class up (or the requested one); null when already there or at 5★. */
  target: FeedbackTarget | null;
  /** Cheapest upgrades reaching the target and fixing `mustFix`; null when none or impossible. */
  plan: ImprovementPlan | null;
  /** false when even every improvable criterion at its maximum would not reach the target. */
  reachable: boolean;
}

/**
 * Either one sheet (a self-assessment, or one member's sheet), or the points per criterion —
 * typically a closed round's criterionMeans — with the criteria the council disqualified on.
 */
export type FeedbackInput =
  | { answers: Answers }
  | { points: Readonly<Record<string, number>>; mustFix?: readonly string[] };

export interface FeedbackOptions {
  /** Aim for this class instead of the next one (e.g. 3★, the first certified class). */
  targetStars?: StarClass;
}

interface CurrentState {
  points: Record<string, number>;
  /** Chosen option per criterion, when known (from answers). */
  chosen: Record<string, string | undefined>;
  mustFix: Set<string>;
}

export function producerFeedback(set: CriteriaSet, input: FeedbackInput, options: FeedbackOptions = {}): ProducerFeedback {
  const current = 'answers' in input ? fromAnswers(set, input.answers) : fromPoints(set, input.points, input.mustFix ?? []);
  const total = set.criteria.reduce((s, c) => s + current.points[c.code], 0);
  const stars = starClass(total);

  const lostPoints = set.criteria
    .map((c) => ({ c, got: current.points[c.code] }))
    .filter(({ c, got }) => got < c.maxPoints)
    .map(({ c, got }) => ({ criterionCode: c.code, part: c.part, section: c.section, name: c.name, maxPoints: c.maxPoints, got, lost: c.maxPoints - got }))
    .sort((a, b) => b.lost - a.lost); // stable: ties keep the set's order

  const target = targetFor(total, options.targetStars);
  const mustFix = set.criteria.filter((c) => current.mustFix.has(c.code)).map((c) => c.code);
  if (!target && mustFix.length === 0) return { total, stars, mustFix, lostPoints, target, plan: null, reachable: true };

  const plan = cheapestImprovements(candidates(set, current), target?.pointsNeeded ?? 0);
  return { total, stars, mustFix, lostPoints, target, plan, reachable: plan !== null };
}

function targetFor(total: number, targetStars: StarClass | undefined): FeedbackTarget | null {
  if (targetStars === undefined) return nextStarClass(total);
  const threshold = minTotalFor(targetStars);
  return threshold > total ? { stars: targetStars, threshold, pointsNeeded: threshold - total } : null;
}

function candidates(set: CriteriaSet, current: CurrentState): ImprovementCandidate[] {
  const out: ImprovementCandidate[] = [];
  for (const c of set.criteria) {
    const mandatory = current.mustFix.has(c.code);
    if (!mandatory && c.improvable === false) continue;
    const disqualifying = new Set(c.disqualifying?.optionCodes ?? []);
    const choices = c.options
      .filter((o) => !disqualifying.has(o.code) && o.code !== current.chosen[c.code])
      .filter((o) => mandatory || o.points > current.points[c.code])
      .map((o) => ({ optionCode: o.code, points: o.points }));
    out.push({ criterionCode: c.code, currentPoints: current.points[c.code], choices, mandatory });
  }
  return out;
}

/** Unanswered criteria count as 0 points (a partial self-assessment is a lower bound). */
function fromAnswers(set: CriteriaSet, answers: Answers): CurrentState {
  const sheet = scoreSheet(set, answers);
  const points: Record<string, number> = {};
  const chosen: Record<string, string | undefined> = {};
  for (const c of set.criteria) {
    points[c.code] = sheet.points[c.code] ?? 0;
    chosen[c.code] = sheet.points[c.code] === undefined ? undefined : (answers[c.code] ?? undefined);
  }
  return { points, chosen, mustFix: new Set(sheet.disqualified.map((d) => d.criterionCode)) };
}

function fromPoints(set: CriteriaSet, given: Readonly<Record<string, number>>, mustFix: readonly string[]): CurrentState {
  const byCode = new Map<string, Criterion>(set.criteria.map((c) => [c.code, c]));
  const problems: FieldProblem[] = [];
  for (const code of Object.keys(given)) {
    if (!byCode.has(code)) problems.push({ path: `points.${code}`, code: 'errors.feedback.unknownCriterion', params: { criterion: code } });
  }
  for (const c of set.criteria) {
    const p = given[c.code];
    if (p === undefined) problems.push({ path: `points.${c.code}`, code: 'errors.required' });
    else if (!Number.isFinite(p) || p < 0 || p > c.maxPoints) {
      problems.push({ path: `points.${c.code}`, code: 'errors.feedback.pointsRange', params: { criterion: c.code, points: p, max: c.maxPoints } });
    }
  }
  mustFix.forEach((code, i) => {
    if (!byCode.get(code)?.disqualifying) problems.push({ path: `mustFix.${i}`, code: 'errors.feedback.notDisqualifying', params: { criterion: code } });
  });
  if (problems.length > 0) throw new FeedbackInputError(problems);
  return { points: { ...given }, chosen: {}, mustFix: new Set(mustFix) };
}

export interface SelfAssessment {
  sheet: ScoreSheet;
  /** Class of the answered criteria; a lower bound while the sheet is incomplete. */
  predictedStars: StarClass;
  isLowerBound: boolean;
  disqualified: boolean;
  disqualifiedBy: DisqualifyingChoice[];
  /** Predicted 3★ or more and nothing disqualifying. */
  eligibleForCertificate: boolean;
  feedback: ProducerFeedback;
}

/** A producer's self-assessment before applying: predicted class, exclusions and what to improve. */
export function selfAssessment(set: CriteriaSet, answers: Answers): SelfAssessment {
  const sheet = scoreSheet(set, answers);
  const predictedStars = starClass(sheet.total);
  const disqualified = sheet.disqualified.length > 0;
  return {
    sheet,
    predictedStars,
    isLowerBound: !sheet.complete,
    disqualified,
    disqualifiedBy: sheet.disqualified,
    eligibleForCertificate: !disqualified && eligibleForCertificate(predictedStars),
    feedback: producerFeedback(set, { answers }),
  };
}
