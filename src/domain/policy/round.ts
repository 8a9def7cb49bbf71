import { definePolicy, type Policy } from './policy';
import { ALL, inScope, NO_SCOPE, type Actor, type Located, type Scope } from './scope';
import { isAdmin, isBuyer, isProducer, ROLES, type Role } from './roles';
import type { RoundStatus } from '../ranking/rounds';
import { productPolicy, type ProductRecord } from './product';

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

/** Seats on a council: one chair, members, and the advisory team. */
export const SEATS = ['chair', 'member', 'advisor'] as const;
export type Seat = (typeof SEATS)[number];
/** Advisers (tổ tư vấn) help the council but do not score. */
export const SCORING_SEATS: readonly Seat[] = ['chair', 'member'];

export function isScoringSeat(seat: string | null | undefined): boolean {
  return (SCORING_SEATS as readonly (string | null | undefined)[]).includes(seat);
}

export function isChairSeat(seat: string | null | undefined): boolean {
  return seat === 'chair';
}

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

/** Accounts that may sit on a council (members, chair, advisory team): every role but producers and buyers. */
export const COUNCIL_ROLES: readonly Role[] = ROLES.filter((r) => !isProducer(r) && !isBuyer(r));

/** May this account sit on a council of a round in the province (null: a national round)? National accounts sit anywhere. */
export function maySitOnCouncil(user: { role: Role; active: boolean; provinceCode: string | null }, provinceCode: string | null): boolean {
  return user.active && COUNCIL_ROLES.includes(user.role) && (provinceCode === null || user.provinceCode === null || user.provinceCode === provinceCode);
}

/** The rounds whose results a reader of a product's feedback sees: producers the approved ones, officers also those awaiting approval. */
export function feedbackRoundStatuses(actor: Actor): RoundStatus[] {
  return isProducer(actor.role) ? ['approved'] : ['closed', 'approved'];
}

/** Rounds an actor lists: organisers their jurisdiction, everyone the rounds they sit on (producers and buyers never sit). */
export function roundListScope(actor: Actor): Scope {
  if (isProducer(actor.role) || isBuyer(actor.role)) return NO_SCOPE;
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

/**
 * One product of a round (a row of its council's work): the member scores it or declares a
 * conflict of interest on it, the organiser, chair or advisory team checks its dossier, and
 * those who may read the product open it.
 */
export const ROUND_ENTRY_ACTIONS = ['read', 'viewProduct', 'score', 'declareConflict', 'checkDossier'] as const;
export type RoundEntryAction = (typeof ROUND_ENTRY_ACTIONS)[number];

export interface RoundEntryRecord {
  round: RoundRecord;
  /** Where the product sits (its jurisdiction). */
  product: ProductRecord;
  dossierStatus: string;
  /** Members who declared a conflict of interest on this product. */
  conflictedUserIds: readonly string[];
}

export const roundEntryPolicy: Policy<RoundEntryRecord, RoundEntryAction> = definePolicy<RoundEntryRecord, RoundEntryAction>({
  kind: 'round',
  actions: ROUND_ENTRY_ACTIONS,
  recordActions: ['viewProduct', 'score', 'declareConflict', 'checkDossier'],
  scope: () => NO_SCOPE,
  may: (actor, action, { round, product, dossierStatus, conflictedUserIds }) => {
    if (!actor) return false;
    const conflicted = conflictedUserIds.includes(actor.id);
    switch (action) {
      case 'read':
        return roundPolicy.may(actor, 'read', round);
      case 'viewProduct':
        // council members read the products of the rounds they sit on
        return productPolicy.may(actor, 'read', { ...product, councilUserIds: round.seats?.map((s) => s.userId) ?? [] });
      case 'score':
        return roundPolicy.may(actor, 'score', round) && !conflicted && dossierStatus !== 'incomplete';
      case 'declareConflict':
        return roundPolicy.may(actor, 'score', round) && !conflicted;
      case 'checkDossier':
        return roundPolicy.may(actor, 'checkDossiers', round);
    }
  },
});
