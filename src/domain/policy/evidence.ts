import { definePolicy } from './policy';
import { NO_SCOPE } from './scope';
import { cycleItemPolicy, type CycleItemRecord } from './cycle-item';
import { organises, seatOf, type RoundRecord } from './round';

/**
 * Evidence per criterion of an evaluation dossier (issue 11, item 5): the documents or links
 * that justify the producer's self-assessed option. Those who see the dossier read it (the
 * producer, officers of its unit), and so do the council seats of a round the product is in;
 * the filer side attaches and removes it while the dossier is back with it (the producer, or
 * the officers who filed it on its behalf) — the same rule as the dossier's other documents.
 */
export const EVIDENCE_ACTIONS = ['read', 'attach', 'remove'] as const;
export type EvidenceAction = (typeof EVIDENCE_ACTIONS)[number];

export interface EvidenceRecord {
  dossier: CycleItemRecord & { status: string };
  /** Whether the actor sits on the council of a round the dossier's product is in. */
  councilSeat: boolean;
}

export const evidencePolicy = definePolicy<EvidenceRecord, EvidenceAction>({
  kind: 'evidence',
  actions: EVIDENCE_ACTIONS,
  recordActions: ['attach', 'remove'],
  scope: () => NO_SCOPE,
  may: (actor, action, { dossier, councilSeat }) => {
    if (!actor) return false;
    if (action === 'read') return councilSeat || cycleItemPolicy.may(actor, 'read', dossier);
    return cycleItemPolicy.may(actor, 'edit', dossier);
  },
  // a council seat that cannot edit is refused (403), not told the record is absent
  inJurisdiction: (actor, r) => !!actor && (r.councilSeat || cycleItemPolicy.may(actor, 'read', r.dossier)),
});

/**
 * Disagreements of a round and the members' comments: the council's seats and the office that
 * organises the round (while it is open, sheets stay private to anyone else).
 */
export function mayDiscussRound(actor: Parameters<typeof organises>[0], round: RoundRecord): boolean {
  return !!actor && (organises(actor, round) || seatOf(actor, round) !== null);
}
