import set1048 from '../../../resources/criteria-sets/1048-2019.json' with { type: 'json' };
import set148 from '../../../resources/criteria-sets/148-2023.json' with { type: 'json' };
import set1489 from '../../../resources/criteria-sets/1489-2025.json' with { type: 'json' };
import type { CriteriaSet } from './types';
import { parseCriteriaSet } from './validate';

/**
 * The criteria sets shipped with the product (resources/criteria-sets/), oldest first.
 * They go through the same schema as an administrator's versions, so a bad edit to the
 * JSON fails at start-up and in the tests rather than in a council's round.
 */

/** Codes of the shipped rule versions, oldest first. */
export const OFFICIAL_RULE_VERSIONS = ['1048-2019', '148-2023', '1489-2025'] as const;
export type OfficialRuleVersion = (typeof OFFICIAL_RULE_VERSIONS)[number];

let cache: readonly CriteriaSet[] | undefined;

export function loadOfficialCriteriaSets(): readonly CriteriaSet[] {
  cache ??= Object.freeze([set1048, set148, set1489].map((raw) => deepFreeze(parseCriteriaSet(raw))));
  return cache;
}

/** Shared, cached objects: frozen so no caller can change the rules for everyone else. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
