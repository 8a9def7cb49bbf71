import type { CriteriaSet, Localized } from '../criteria/types';

/**
 * Disagreements of a council on a product (issue 11, item 5): the criteria on which the
 * members' sheets chose different options whose points lie far apart (highest minus lowest).
 * By default "far" is the results' own rule (round-results.ts: a spread of more than half the
 * criterion's maximum), so the round page and the closed round's results flag the same
 * criteria; a council may ask for a tighter threshold in points (`minSpread`: a spread of at
 * least that many points). They are listed on the round page with the members' comments so the
 * council can discuss them before closing. A criterion answered by fewer than two members, or
 * on which every member chose the same option, is no disagreement.
 */

/** Whether a spread on a criterion is a disagreement: `minSpread` points, else more than half its maximum. */
export function isWideSpread(spread: number, maxPoints: number, minSpread?: number): boolean {
  return minSpread === undefined ? spread > maxPoints / 2 : spread >= minSpread;
}

export interface MemberAnswers {
  memberId: string;
  memberName: string;
  answers: Readonly<Record<string, string>>;
  comments?: Readonly<Record<string, string>>;
}

export interface DisagreementMember {
  memberId: string;
  memberName: string;
  optionCode: string;
  optionLabel: Localized;
  points: number;
  comment: string | null;
}

export interface CouncilDisagreement {
  criterionCode: string;
  criterionName: Localized;
  maxPoints: number;
  /** Highest minus lowest points chosen. */
  spread: number;
  lowest: number;
  highest: number;
  members: DisagreementMember[];
  /** Comments of members who left the criterion unanswered (still part of the discussion). */
  otherComments: Array<{ memberId: string; memberName: string; comment: string }>;
}

/** The criteria of `set` the members disagree on, in sheet order. */
export function disagreementsOf(set: CriteriaSet, sheets: readonly MemberAnswers[], minSpread?: number): CouncilDisagreement[] {
  if (minSpread !== undefined && (!Number.isFinite(minSpread) || minSpread < 0)) throw new RangeError(`minSpread must be ≥ 0, got ${minSpread}`);
  const out: CouncilDisagreement[] = [];
  for (const c of set.criteria) {
    const options = new Map(c.options.map((o) => [o.code, o]));
    const members: DisagreementMember[] = [];
    const otherComments: CouncilDisagreement['otherComments'] = [];
    for (const s of sheets) {
      const comment = s.comments?.[c.code]?.trim() || null;
      const option = options.get(s.answers[c.code] ?? '');
      if (option) members.push({ memberId: s.memberId, memberName: s.memberName, optionCode: option.code, optionLabel: option.label, points: option.points, comment });
      else if (comment) otherComments.push({ memberId: s.memberId, memberName: s.memberName, comment });
    }
    if (members.length < 2 || new Set(members.map((m) => m.optionCode)).size < 2) continue;
    const points = members.map((m) => m.points);
    const lowest = Math.min(...points);
    const highest = Math.max(...points);
    const spread = Math.round((highest - lowest) * 100) / 100;
    if (!isWideSpread(spread, c.maxPoints, minSpread)) continue;
    out.push({ criterionCode: c.code, criterionName: c.name, maxPoints: c.maxPoints, spread, lowest, highest, members, otherComments });
  }
  return out;
}
