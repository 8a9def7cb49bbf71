import type { FieldProblem } from '../errors';
import type { CriteriaSet, Criterion, CriterionOption, Localized, PartCode } from '../criteria/types';
import { SheetAnswerError } from './errors';

/**
 * One score sheet (phiếu chấm điểm): the option a council member — or a producer in a
 * self-assessment — chose for each criterion, scored against a criteria set.
 */

/** Criterion code → chosen option code. null, undefined or '' mean "not answered yet". */
export type Answers = Readonly<Record<string, string | null | undefined>>;

export interface DisqualifyingChoice {
  criterionCode: string;
  optionCode: string;
  reason: Localized;
}

export interface ScoreSheet {
  total: number;
  parts: Record<PartCode, number>;
  /** Points of each answered criterion. */
  points: Record<string, number>;
  /** true when every criterion of the set is answered. */
  complete: boolean;
  /** Unanswered criterion codes, in the set's order. */
  missing: string[];
  /** Answers that exclude the product (e.g. no local raw material). */
  disqualified: DisqualifyingChoice[];
}

export interface IndexedCriterion {
  criterion: Criterion;
  options: ReadonlyMap<string, CriterionOption>;
}

// Sets are immutable data scored many times (a national batch has a million sheets): index once.
const indexes = new WeakMap<CriteriaSet, ReadonlyMap<string, IndexedCriterion>>();

/** Criteria of a set by code, with their options by code. */
export function criteriaIndex(set: CriteriaSet): ReadonlyMap<string, IndexedCriterion> {
  let index = indexes.get(set);
  if (!index) {
    index = new Map(set.criteria.map((c) => [c.code, { criterion: c, options: new Map(c.options.map((o) => [o.code, o])) }]));
    indexes.set(set, index);
  }
  return index;
}

const isAnswered = (value: string | null | undefined): value is string => value !== undefined && value !== null && value !== '';

/**
 * Problems with the answers' codes, each with its path (`answers.A1.1`); [] when every
 * answered criterion and option exists. Unanswered criteria are not problems here.
 */
export function checkAnswers(set: CriteriaSet, answers: Answers, basePath = 'answers'): FieldProblem[] {
  const index = criteriaIndex(set);
  const problems: FieldProblem[] = [];
  for (const [criterionCode, optionCode] of Object.entries(answers)) {
    const path = `${basePath}.${criterionCode}`;
    const entry = index.get(criterionCode);
    if (!entry) {
      problems.push({ path, code: 'errors.scoreSheet.unknownCriterion', params: { criterion: criterionCode, set: set.code } });
    } else if (isAnswered(optionCode) && (typeof optionCode !== 'string' || !entry.options.has(optionCode))) {
      problems.push({ path, code: 'errors.scoreSheet.unknownOption', params: { criterion: criterionCode, option: String(optionCode) } });
    }
  }
  return problems;
}

/** Scores a sheet; throws SheetAnswerError listing every unknown criterion or option. */
export function scoreSheet(set: CriteriaSet, answers: Answers): ScoreSheet {
  const problems = checkAnswers(set, answers);
  if (problems.length > 0) throw new SheetAnswerError(problems);

  const parts: Record<PartCode, number> = { A: 0, B: 0, C: 0 };
  const points: Record<string, number> = {};
  const missing: string[] = [];
  const disqualified: DisqualifyingChoice[] = [];
  let total = 0;

  for (const criterion of set.criteria) {
    const optionCode = answers[criterion.code];
    if (!isAnswered(optionCode)) {
      missing.push(criterion.code);
      continue;
    }
    const option = criteriaIndex(set).get(criterion.code)!.options.get(optionCode)!;
    points[criterion.code] = option.points;
    parts[criterion.part] += option.points;
    total += option.points;
    if (criterion.disqualifying?.optionCodes.includes(optionCode)) {
      disqualified.push({ criterionCode: criterion.code, optionCode, reason: criterion.disqualifying.reason });
    }
  }
  return { total, parts, points, complete: missing.length === 0, missing, disqualified };
}
