import type { Db } from '../db/client';
import * as repo from '../db/repositories/rounds.repository';
import type { RoundDisagreements } from '../contracts/evidence';
import { disagreementsOf } from '../domain/ranking/disagreements';
import { isScoringSeat, mayDiscussRound, type Actor } from '../domain/policy';
import { ForbiddenError } from '../domain/errors';
import { entrySheet } from './criteria-sets.service';
import { loadRound } from './evaluation-rounds.service';

/**
 * The council's discussion of a round (issue 11, item 5): per product, the criteria the
 * members' sheets disagree on (domain/ranking/disagreements.ts) with their options and
 * comments. While the round is open a product is shown only once every scoring member without
 * a conflict of interest has finished its sheet: until then sheets stay private.
 */
export async function roundDisagreements(db: Db, actor: Actor, id: string, minSpread?: number): Promise<RoundDisagreements> {
  const access = await loadRound(db, actor, id);
  if (!mayDiscussRound(actor, access.record)) throw new ForbiddenError('errors.round.discussionCouncilOnly');
  const [entries, sheets, conflicts] = await Promise.all([repo.listRoundProducts(db, id), repo.listSheets(db, id), repo.listConflicts(db, id)]);
  const scoring = access.members.filter((m) => isScoringSeat(m.role));
  const open = access.round.status === 'open';
  const items: RoundDisagreements['items'] = [];
  const pending: RoundDisagreements['pending'] = [];
  for (const e of entries) {
    const productId = e.entry.productId;
    const conflicted = new Set(conflicts.filter((c) => c.conflict.productId === productId).map((c) => c.conflict.userId));
    const counted = sheets.filter((s) => s.sheet.productId === productId && !conflicted.has(s.sheet.memberId));
    const expected = scoring.filter((m) => !conflicted.has(m.userId));
    const finished = expected.every((m) => counted.some((s) => s.sheet.memberId === m.userId && s.sheet.complete));
    if (open && (!finished || expected.length === 0)) {
      pending.push({ productId, productName: e.productName });
      continue;
    }
    const set = await entrySheet(db, e.entry);
    const found = disagreementsOf(
      set,
      counted.map((s) => ({ memberId: s.sheet.memberId, memberName: s.displayName, answers: s.sheet.answers, comments: s.sheet.comments })),
      minSpread,
    );
    for (const d of found) items.push({ productId, productName: e.productName, ...d });
  }
  return { minSpread: minSpread ?? null, items, pending };
}
