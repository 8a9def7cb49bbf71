import { assertIsoDate } from '../dates';
import { isInForce } from '../criteria/in-force';
import { loadOfficialCriteriaSets } from '../criteria/official';
import type { AuthorityLevel, CriteriaSet, IsoDate, RecognisableStars, RecognitionLevelRule, RecognitionRules } from '../criteria/types';
import { RecognitionRuleError } from './errors';
import { starClass, type StarClass } from './stars';

/**
 * Who may recognise which star class, per rule version (data in each criteria set's
 * `recognition`):
 * - 1048/2019: the district council scores and forwards ≥50 to the province, which
 *   recognises 3★–4★ and forwards ≥90 to the centre (5★);
 * - 148/2023 (24/02/2023–30/06/2025): district recognises 3★ and forwards ≥70; province 4★,
 *   forwards ≥90; centre 5★;
 * - 1489/2025 (from 01/07/2025): the commune pre-assesses and proposes (recognises nothing);
 *   province 3★ and 4★, proposes ≥90 to the centre for 5★.
 * Whatever the data says, only the central level ever recognises 5★ (SPEC C4).
 */

export type RecognitionOutcome =
  | { action: 'recognise'; stars: RecognisableStars }
  | { action: 'forward'; to: AuthorityLevel; provisionalStars: StarClass }
  | {
      action: 'not-recognised';
      stars: StarClass;
      /**
       * below-3-stars: 1★/2★ are never certified; disqualified: the council excluded the
       * product; outside-level-range: a certifiable class this level does not recognise
       * (e.g. a 5★ candidate the centre scored 85) — `recognisableAt` names the level that does.
       */
      reason: 'below-3-stars' | 'disqualified' | 'stopped' | 'outside-level-range';
      recognisableAt?: AuthorityLevel;
    };

export interface RecognitionOptions {
  /** The round's result disqualified the product (see round-results). */
  disqualified?: boolean;
  /** Scoring stopped on a `stop` knock-out: the product is not recognised. */
  stopped?: boolean;
  /** The class decided when it differs from the total's (per-star minimums not met). */
  stars?: StarClass;
  /** The version's star bands (default 30/50/70/90). */
  bands?: ReadonlyArray<{ stars: number; minTotal: number }>;
  /** Criteria sets to read the procedures from; the shipped ones by default. */
  sets?: readonly CriteriaSet[];
}

/** The recognition procedure of a rule version (e.g. "148-2023"). */
export function recognitionRules(ruleCode: string, sets: readonly CriteriaSet[] = loadOfficialCriteriaSets()): RecognitionRules {
  const set = sets.find((s) => s.ruleVersion === ruleCode && s.status === 'published');
  if (!set) throw new RecognitionRuleError('errors.recognition.unknownRule', { rule: ruleCode });
  return set.recognition;
}

/**
 * The rule version as people name it, for messages: "Quyết định 1489/QĐ-TTg" for "1489-2025"
 * (the issuing decision of its criteria sets); the code itself when no set carries it.
 */
export function ruleLabel(ruleCode: string, sets: readonly CriteriaSet[] = loadOfficialCriteriaSets()): string {
  const set = sets.find((s) => s.ruleVersion === ruleCode);
  return set ? `${set.decision.number}` : ruleCode;
}

/** Levels taking part in the procedure, bottom-up (e.g. commune, province, central under 1489/2025). */
export function procedureLevels(ruleCode: string, sets?: readonly CriteriaSet[]): AuthorityLevel[] {
  return recognitionRules(ruleCode, sets).levels.map((l) => l.level);
}

/** The levels that may recognise, with the classes each recognises, bottom-up. */
export function levelsAllowedToRecognise(
  ruleCode: string,
  sets?: readonly CriteriaSet[],
): Array<{ level: AuthorityLevel; stars: RecognisableStars[] }> {
  return recognitionRules(ruleCode, sets)
    .levels.filter((l) => l.recognises.length > 0)
    .map((l) => ({ level: l.level, stars: [...l.recognises].sort((a, b) => a - b) }));
}

/** Whether `level` may recognise (and so certify) `stars` under `ruleCode`. 5★: central only. */
export function canRecognise(ruleCode: string, level: AuthorityLevel, stars: StarClass, sets?: readonly CriteriaSet[]): boolean {
  if (stars === 5 && level !== 'central') return false;
  const rule = recognitionRules(ruleCode, sets).levels.find((l) => l.level === level);
  return !!rule && (rule.recognises as number[]).includes(stars);
}

/** What a round at `level` does with a product scoring `total` under `ruleCode`. */
export function recognitionOutcome(
  ruleCode: string,
  level: AuthorityLevel,
  total: number,
  options: RecognitionOptions = {},
): RecognitionOutcome {
  const levels = recognitionRules(ruleCode, options.sets).levels;
  const index = levels.findIndex((l) => l.level === level);
  if (index < 0) throw new RecognitionRuleError('errors.recognition.levelNotInProcedure', { rule: ruleLabel(ruleCode, options.sets), level });
  const rule = levels[index];
  const stars = options.stars ?? starClass(total, options.bands);

  if (options.disqualified) return { action: 'not-recognised', stars, reason: 'disqualified' };
  if (options.stopped) return { action: 'not-recognised', stars, reason: 'stopped' };

  const threshold = rule.forwardAtOrAbove ?? null;
  const mustGoUp = stars === 5 && level !== 'central';
  // A product held below a class by its minimums is not forwarded to the level of that class.
  const reachesThreshold = threshold !== null && total >= threshold && stars >= starClass(threshold, options.bands);
  if (reachesThreshold || mustGoUp) {
    return { action: 'forward', to: forwardTarget(rule, levels, index), provisionalStars: stars };
  }
  if (stars < 3) return { action: 'not-recognised', stars, reason: 'below-3-stars' };
  if ((rule.recognises as number[]).includes(stars)) return { action: 'recognise', stars: stars as RecognisableStars };
  const recognisableAt = levels.find((l) => (l.recognises as number[]).includes(stars))?.level;
  return { action: 'not-recognised', stars, reason: 'outside-level-range', ...(recognisableAt ? { recognisableAt } : {}) };
}

function forwardTarget(rule: RecognitionLevelRule, levels: RecognitionLevelRule[], index: number): AuthorityLevel {
  return rule.forwardTo ?? levels[index + 1]?.level ?? 'central';
}

/**
 * The rule version in force on a date (a round's date decides its procedure), or undefined
 * before 21/08/2019, when no national criteria existed yet. Boundaries: 148/2023 from
 * 2023-02-24, 1489/2025 from 2025-07-01.
 */
export function ruleVersionForDate(date: IsoDate, sets: readonly CriteriaSet[] = loadOfficialCriteriaSets()): string | undefined {
  assertIsoDate(date);
  const inForce = sets.filter((s) => s.status === 'published' && isInForce(s, date));
  inForce.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return inForce[0]?.ruleVersion;
}
