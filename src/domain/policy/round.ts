import { definePolicy, type Policy } from './policy';
import { ALL, inScope, NO_SCOPE, type Actor, type Located, type Scope } from './scope';
import { isAdmin } from './roles';

/**
 * Evaluation rounds. The office that runs a round (the province for provincial and historic
 * district rounds, the centre for national ones) organises it; its council members (chair,
 * members, advisory team) act on it by their seat; legacy district officers read their
 * district's history.
 */
export const ROUND_ACTIONS = [
  'read', 'create', 'update', 'score', 'close', 'reopen', 'approve', 'checkDossiers', 'seeConflicts', 'audit',
] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

export type Seat = 'chair' | 'member' | 'advisor';
/** Advisers (tổ tư vấn) help the council but do not score. */
export const SCORING_SEATS: readonly Seat[] = ['chair', 'member'];

export interface RoundRecord extends Located {
  level: string;
  status?: string;
  /** The seats on the council: who sits and as what. */
  seats?: ReadonlyArray<{ userId: string; seat: Seat | string }>;
}

/** The office that runs a round. */
export function organises(actor: Actor | null, round: Pick<RoundRecord, 'level' | 'provinceCode'>): boolean {
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  if (actor.role === 'central') return round.level === 'central';
  if (actor.role === 'province') return round.level !== 'central' && !!round.provinceCode && round.provinceCode === actor.provinceCode;
  return false;
}

/** The seat the actor holds on the round's council, if any. */
export function seatOf(actor: Actor | null, round: Pick<RoundRecord, 'seats'>): Seat | null {
  if (!actor) return null;
  return (round.seats?.find((s) => s.userId === actor.id)?.seat as Seat | undefined) ?? null;
}

/** Rounds an actor lists: organisers their jurisdiction, everyone the rounds they sit on. */
export function roundListScope(actor: Actor): Scope {
  if (actor.role === 'admin' || actor.role === 'central') return ALL;
  if (actor.role === 'province' && actor.provinceCode) return { kind: 'province', provinceCode: actor.provinceCode };
  if (actor.role === 'district' && actor.districtCode) return { kind: 'district', districtCode: actor.districtCode };
  return { kind: 'council', userId: actor.id };
}

/** Which levels of round an actor may create (where: decided on the place). */
export function mayCreateRoundAt(actor: Actor, level: string, provinceCode: string | null): boolean {
  if (level === 'central') return actor.role === 'admin' || actor.role === 'central';
  if (actor.role === 'admin') return true;
  return actor.role === 'province' && provinceCode !== null && actor.provinceCode === provinceCode;
}

/**
 * The commune's pre-assessment of a product in a round (1489/2025): the officer of the
 * product's commune, or the organiser.
 */
export function mayPreAssess(actor: Actor | null, round: RoundRecord, product: Located): boolean {
  if (!actor) return false;
  if (organises(actor, round)) return true;
  return actor.role === 'commune' && inScope({ kind: 'commune', unitStructure: actor.unitStructure, unitCode: actor.unitCode }, product);
}

export const roundPolicy: Policy<RoundRecord, RoundAction> = definePolicy<RoundRecord, RoundAction>({
  kind: 'round',
  actions: ROUND_ACTIONS,
  recordActions: ['update', 'score', 'close', 'reopen', 'approve', 'checkDossiers', 'seeConflicts', 'audit'],
  scope: (actor, action) => (action === 'read' ? roundListScope(actor) : NO_SCOPE),
  may: (actor, action, round) => {
    if (!actor) return false;
    const organiser = organises(actor, round);
    const seat = seatOf(actor, round);
    const open = round.status === 'open';
    switch (action) {
      case 'read': {
        // organisers, council seats, and national oversight or a legacy district's history
        const scope = roundListScope(actor);
        return organiser || seat !== null || (scope.kind !== 'council' && inScope(scope, round));
      }
      case 'create':
        return mayCreateRoundAt(actor, round.level, round.provinceCode || null);
      case 'update':
        return organiser && open;
      case 'score':
        return open && seat !== null && SCORING_SEATS.includes(seat);
      case 'close':
        return open && (organiser || seat === 'chair');
      case 'reopen':
        return round.status === 'closed' && (seat === 'chair' || isAdmin(actor));
      case 'approve':
        return organiser && round.status === 'closed';
      case 'checkDossiers':
        return open && (organiser || seat === 'advisor' || seat === 'chair');
      case 'seeConflicts':
        return organiser || seat === 'chair' || (round.status !== undefined && !open);
      case 'audit':
        return roundPolicy.may(actor, 'read', round);
    }
  },
});
