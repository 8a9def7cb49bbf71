import type { FieldProblem } from '../errors';
import type { CriteriaSet, Criterion, CriterionOption, KnockOutKind, Localized, PartCode } from '../criteria/types';
import { SheetAnswerError } from './errors';

/**
 * One score sheet (phiếu chấm điểm): the option a council member — or a producer in a
 * self-assessment — chose for each criterion, scored against a criteria set.
 */

/**
 * Criterion code → chosen option code. null, undefined or '' mean "not answered yet".
 * A declared knock-out (a condition that is not one of the options, e.g. "all raw material
 * imported") is answered as `ko:<rule code>` → 'yes' (or 'no').
 */
export type Answers = Readonly<Record<string, string | null | undefined>>;

/** The answer key of a declared knock-out rule. */
export const knockOutKey = (ruleCode: string) => `ko:${ruleCode}`;
const KO_PREFIX = 'ko:';
const KO_VALUES = new Set(['yes', 'no']);

/** A knock-out rule that applies to a sheet. */
export interface KnockOutHit {
  rule: string;
  kind: KnockOutKind;
  criterionCode: string;
  reason: Localized;
}

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
  /** Answers that exclude the product (e.g. no local raw material): disqualifying options and `excluded` knock-outs. */
  disqualified: DisqualifyingChoice[];
  /**
   * `stop` knock-outs hit: scoring stopped at that criterion, the criteria after it are not
   * scored (nor required), and the product cannot be recognised.
   */
  stopped: KnockOutHit[];
  /** Every knock-out hit, both kinds. */
  knockOuts: KnockOutHit[];
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
  const declared = new Set((set.knockOuts ?? []).filter((k) => k.trigger === 'declared').map((k) => knockOutKey(k.code)));
  for (const [criterionCode, optionCode] of Object.entries(answers)) {
    const path = `${basePath}.${criterionCode}`;
    if (criterionCode.startsWith(KO_PREFIX)) {
      if (!declared.has(criterionCode)) problems.push({ path, code: 'errors.scoreSheet.unknownKnockOut', params: { rule: criterionCode.slice(KO_PREFIX.length), set: set.code } });
      else if (isAnswered(optionCode) && !KO_VALUES.has(optionCode)) problems.push({ path, code: 'errors.scoreSheet.unknownOption', params: { criterion: criterionCode, option: String(optionCode) } });
      continue;
    }
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

  const index = criteriaIndex(set);
  const chosenPoints = (code: string): number | undefined => {
    const optionCode = answers[code];
    return isAnswered(optionCode) ? index.get(code)?.options.get(optionCode)?.points : undefined;
  };
  // Knock-outs first: a stop rule decides where scoring ends.
  const knockOuts: KnockOutHit[] = [];
  for (const rule of set.knockOuts ?? []) {
    const hit =
      rule.trigger === 'declared'
        ? answers[knockOutKey(rule.code)] === 'yes'
        : rule.trigger === 'zero'
          ? (rule.criteria ?? [rule.criterion]).some((c) => chosenPoints(c) === 0)
          : rule.optionCodes?.includes(answers[rule.criterion] ?? '') === true;
    if (hit) knockOuts.push({ rule: rule.code, kind: rule.kind, criterionCode: rule.criterion, reason: rule.reason });
  }
  const position = new Map(set.criteria.map((c, i) => [c.code, i]));
  const stopped = knockOuts.filter((k) => k.kind === 'stop');
  const stopAt = stopped.length ? Math.min(...stopped.map((k) => position.get(k.criterionCode) ?? Infinity)) : Infinity;

  const parts: Record<PartCode, number> = { A: 0, B: 0, C: 0 };
  const points: Record<string, number> = {};
  const missing: string[] = [];
  const disqualified: DisqualifyingChoice[] = knockOuts
    .filter((k) => k.kind === 'excluded')
    .map((k) => ({ criterionCode: k.criterionCode, optionCode: answers[k.criterionCode] || knockOutKey(k.rule), reason: k.reason }));
  let total = 0;

  set.criteria.forEach((criterion, i) => {
    if (i > stopAt) return; // not scored once scoring stopped
    const optionCode = answers[criterion.code];
    if (!isAnswered(optionCode)) {
      missing.push(criterion.code);
      return;
    }
    const option = index.get(criterion.code)!.options.get(optionCode)!;
    points[criterion.code] = option.points;
    parts[criterion.part] += option.points;
    total += option.points;
    if (criterion.disqualifying?.optionCodes.includes(optionCode)) {
      disqualified.push({ criterionCode: criterion.code, optionCode, reason: criterion.disqualifying.reason });
    }
  });
  return { total, parts, points, complete: missing.length === 0, missing, disqualified, stopped, knockOuts };
}
