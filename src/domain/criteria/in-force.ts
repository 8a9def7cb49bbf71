import { AppError } from '../errors';
import { assertIsoDate } from '../dates';
import type { CriteriaSet, IsoDate, ProductGroupCode } from './types';

/**
 * Which criteria set applies to a product group on a date (a round's date, a dossier's
 * submission date…). History replays under the rules of its time, so this is a pure
 * lookup by effective range; only published sets count.
 */

/** Two published sets claim the same group and date with equal precedence: the data needs fixing. */
export class AmbiguousCriteriaSetError extends AppError {
  constructor(readonly codes: string[], date: IsoDate, group: string) {
    super(409, 'errors.criteriaSet.ambiguous', { codes: codes.join(', '), date, group });
  }
}

/** true when `date` falls in [effectiveFrom, effectiveTo] (both inclusive; open end when null). */
export function isInForce(set: CriteriaSet, date: IsoDate): boolean {
  return set.effectiveFrom <= date && (set.effectiveTo === null || date <= set.effectiveTo);
}

/**
 * The published set in force on `date` for `group`, or undefined when none is (e.g. before
 * 21/08/2019, when provinces still used their own criteria). When versions overlap, the one
 * that started later wins (an amendment takes over from its base), then the one covering
 * fewer groups (a group-specific table beats a general one).
 */
export function criteriaSetInForce(sets: readonly CriteriaSet[], date: IsoDate, group: ProductGroupCode): CriteriaSet | undefined {
  assertIsoDate(date);
  const candidates = sets.filter((s) => s.status === 'published' && s.groups.includes(group) && isInForce(s, date));
  if (candidates.length === 0) return undefined;
  const ranked = [...candidates].sort(
    (a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || a.groups.length - b.groups.length,
  );
  const [best, second] = ranked;
  if (second && second.effectiveFrom === best.effectiveFrom && second.groups.length === best.groups.length) {
    throw new AmbiguousCriteriaSetError(
      ranked.filter((s) => s.effectiveFrom === best.effectiveFrom && s.groups.length === best.groups.length).map((s) => s.code),
      date,
      group,
    );
  }
  return best;
}
