import { isWideSpread } from './disagreements';
import type { FieldProblem } from '../errors';
import type { CriteriaSet, PartCode, StarMinimum } from '../criteria/types';
import { RoundResultError } from './errors';
import { checkAnswers, scoreSheet, type Answers, type DisqualifyingChoice, type KnockOutHit, type ScoreSheet } from './score-sheet';
import { starClass, type StarClass } from './stars';

/**
 * Closing a round for one product: the council's sheets become per-part and total means,
 * a star class, a disqualification verdict and the criteria the members disagree on.
 */

export interface MemberSheet {
  memberId: string;
  answers: Answers;
}

export interface RoundResultInput {
  sheets: readonly MemberSheet[];
  /** Members who declared a conflict of interest for this product: their sheets never count. */
  conflictedMemberIds?: Iterable<string>;
}

export interface Disagreement {
  criterionCode: string;
  maxPoints: number;
  min: number;
  max: number;
  /** max − min; flagged when it exceeds half of maxPoints. */
  range: number;
}

export interface DisqualifyingVote extends DisqualifyingChoice {
  memberId: string;
}

export interface StoppedVote extends KnockOutHit {
  memberId: string;
}

/** A star minimum the council's means do not meet. */
export interface MissedMinimum extends StarMinimum {
  mean: number;
}

export interface RoundResult {
  /** Members whose sheets were counted, in input order. */
  memberIds: string[];
  /** Sheets left out for a declared conflict of interest. */
  excludedMemberIds: string[];
  memberTotals: Array<{ memberId: string; total: number }>;
  partMeans: Record<PartCode, number>;
  /** Mean of the members' totals: the product's score. */
  total: number;
  /** The class decided: the class of the total, lowered to the highest class whose minimums are met. */
  stars: StarClass;
  /** The class of the total alone (before the per-star minimums). */
  starsByTotal: StarClass;
  /** Minimums of the classes from 2★ up to `starsByTotal` that are not met. */
  missedMinimums: MissedMinimum[];
  /** More than half of the counted members chose a disqualifying option. */
  disqualified: boolean;
  disqualifyingVotes: DisqualifyingVote[];
  /** More than half of the counted members stopped scoring on a `stop` knock-out: not recognised. */
  stopped: boolean;
  stoppedVotes: StoppedVote[];
  /** Every knock-out rule hit on a counted sheet, with how many members hit it. */
  knockOutHits: Array<KnockOutHit & { members: number }>;
  /** Mean points of each criterion (feeds producer feedback). */
  criterionMeans: Record<string, number>;
  disagreements: Disagreement[];
}

/**
 * Rules (documented choices):
 * - only members without a conflict of interest count; at least one sheet must remain;
 * - every counted sheet must be complete and name only codes of the set, one sheet per member;
 * - total = mean of member totals, compared unrounded for the star class;
 * - disqualified when MORE than half of the counted members chose a disqualifying option
 *   (any criterion): the council decides by majority, as it does for the score, and one
 *   dissenting member cannot exclude a product; a tie (e.g. 2 of 4) is not a majority;
 * - a disagreement is a criterion whose points range (max − min) across members is strictly
 *   greater than half its maximum points.
 */
export function roundResult(set: CriteriaSet, input: RoundResultInput): RoundResult {
  const conflicted = new Set(input.conflictedMemberIds ?? []);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const counted: Array<{ memberId: string; sheet: ScoreSheet }> = [];
  const excludedMemberIds: string[] = [];

  input.sheets.forEach((s, i) => {
    if (conflicted.has(s.memberId)) {
      excludedMemberIds.push(s.memberId);
      return;
    }
    if (seen.has(s.memberId)) {
      problems.push({ path: `sheets.${i}.memberId`, code: 'errors.round.duplicateSheet', params: { member: s.memberId } });
      return;
    }
    seen.add(s.memberId);
    const answerProblems = checkAnswers(set, s.answers, `sheets.${i}.answers`);
    if (answerProblems.length > 0) {
      problems.push(...answerProblems);
      return;
    }
    const sheet = scoreSheet(set, s.answers);
    if (!sheet.complete) {
      problems.push({
        path: `sheets.${i}.answers`,
        code: 'errors.round.incompleteSheet',
        params: { member: s.memberId, missing: sheet.missing.join(', ') },
      });
      return;
    }
    counted.push({ memberId: s.memberId, sheet });
  });

  if (problems.length === 0 && counted.length === 0) problems.push({ path: 'sheets', code: 'errors.round.noSheets' });
  if (problems.length > 0) throw new RoundResultError(problems);

  const n = counted.length;
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / n;
  const total = mean(counted.map((c) => c.sheet.total));

  const criterionMeans: Record<string, number> = {};
  const disagreements: Disagreement[] = [];
  for (const criterion of set.criteria) {
    // A criterion after a stop knock-out was not scored: it counts 0.
    const pts = counted.map((c) => c.sheet.points[criterion.code] ?? 0);
    criterionMeans[criterion.code] = mean(pts);
    const min = Math.min(...pts);
    const max = Math.max(...pts);
    if (isWideSpread(max - min, criterion.maxPoints)) {
      disagreements.push({ criterionCode: criterion.code, maxPoints: criterion.maxPoints, min, max, range: max - min });
    }
  }

  const disqualifyingVotes = counted.flatMap((c) => c.sheet.disqualified.map((d) => ({ memberId: c.memberId, ...d })));
  const membersVotingOut = new Set(disqualifyingVotes.map((v) => v.memberId)).size;
  const stoppedVotes = counted.flatMap((c) => c.sheet.stopped.map((k) => ({ memberId: c.memberId, ...k })));
  const membersStopping = new Set(stoppedVotes.map((v) => v.memberId)).size;
  const starsByTotal = starClass(total, set.starBands);
  const { stars, missed } = applyStarMinimums(starsByTotal, set.starMinimums ?? [], criterionMeans);

  return {
    memberIds: counted.map((c) => c.memberId),
    excludedMemberIds,
    memberTotals: counted.map((c) => ({ memberId: c.memberId, total: c.sheet.total })),
    partMeans: {
      A: mean(counted.map((c) => c.sheet.parts.A)),
      B: mean(counted.map((c) => c.sheet.parts.B)),
      C: mean(counted.map((c) => c.sheet.parts.C)),
    },
    total,
    stars,
    starsByTotal,
    missedMinimums: missed,
    disqualified: membersVotingOut * 2 > n,
    disqualifyingVotes,
    stopped: membersStopping * 2 > n,
    stoppedVotes,
    knockOutHits: knockOutSummary(counted.map((c) => c.sheet)),
    criterionMeans,
    disagreements,
  };
}

/**
 * The per-star minimums (781/2020): a class needs its own minimums and those of every class
 * below it. Returns the highest class up to `byTotal` whose minimums the council's mean
 * points meet (a 72-point product missing a 4★ minimum is 3★), and every missed minimum.
 */
export function applyStarMinimums(
  byTotal: StarClass,
  minimums: readonly StarMinimum[],
  criterionMeans: Readonly<Record<string, number>>,
): { stars: StarClass; missed: MissedMinimum[] } {
  const missed = minimums
    .filter((m) => m.stars <= byTotal && (criterionMeans[m.criterion] ?? 0) < m.minPoints - 1e-9)
    .map((m) => ({ ...m, mean: criterionMeans[m.criterion] ?? 0 }));
  const lowestMissed = Math.min(...missed.map((m) => m.stars), byTotal + 1);
  return { stars: Math.max(1, Math.min(byTotal, lowestMissed - 1)) as StarClass, missed };
}

function knockOutSummary(sheets: readonly ScoreSheet[]): Array<KnockOutHit & { members: number }> {
  const byRule = new Map<string, KnockOutHit & { members: number }>();
  for (const sheet of sheets) {
    for (const hit of sheet.knockOuts) {
      const seen = byRule.get(hit.rule);
      if (seen) seen.members += 1;
      else byRule.set(hit.rule, { ...hit, members: 1 });
    }
  }
  return [...byRule.values()];
}
