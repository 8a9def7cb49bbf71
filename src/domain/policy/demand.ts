import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Actor, type Located, type ReachTable } from './scope';

/**
 * Buyers' demand (SPEC C6): a buyer posts what it wants to buy; the platform ranks matching
 * certified products, producers of the matches answer with offers. A demand sits in its delivery
 * province: that province's trade-promotion officer and OCOP office follow it. Producers see the
 * open demands their products match (decided on the record: `matchingEntityIds`).
 */
export const DEMAND_ACTIONS = ['read', 'create', 'update', 'offer', 'readOffers', 'audit'] as const;
export type DemandAction = (typeof DEMAND_ACTIONS)[number];

export interface DemandRecord extends Located {
  /** The buyer who posted it. */
  ownerUserId: string;
  status?: 'open' | 'closed';
  /** Entities with a product among the demand's matches (producers see and answer those). */
  matchingEntityIds?: readonly string[];
}

const REACH: ReachTable<DemandAction> = {
  admin: { read: 'all', create: 'all', update: 'all', readOffers: 'all', audit: 'all' },
  central: { read: 'all', readOffers: 'all', audit: 'all' },
  // officers post a demand on a buyer's behalf, delivered in their province
  province: { read: 'unit', create: 'unit', readOffers: 'unit', audit: 'unit' },
  trade: { read: 'unit', create: 'unit', readOffers: 'unit', audit: 'unit' },
  buyer: { read: 'own-user', create: 'own-user', update: 'own-user', readOffers: 'own-user', audit: 'own-user' },
};

/** Producers read the demands their products match (never a place scope: see `seesMatchingDemands`). */
function producerMay(actor: Actor, action: DemandAction, record: DemandRecord): boolean {
  if (action !== 'read' && action !== 'offer') return false;
  if (!actor.entityId || !record.matchingEntityIds?.includes(actor.entityId)) return false;
  return action === 'read' || record.status !== 'closed';
}

export const demandPolicy = definePolicy<DemandRecord, DemandAction>({
  kind: 'demand',
  actions: DEMAND_ACTIONS,
  recordActions: ['update', 'offer', 'readOffers', 'audit'],
  scope: (actor, action) => {
    // a buyer creates demands anywhere (the delivery province is its choice)
    if (action === 'create' && actor.role === 'buyer') return { kind: 'all' };
    return scopeOfReach(actor, REACH[actor.role]?.[action]);
  },
  may: (actor, action, record) => {
    if (!actor) return false;
    if (actor.role === 'producer') return producerMay(actor, action, record);
    if (action === 'update' && record.status === 'closed') return false;
    return inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record);
  },
});

/** Producers list the open demands their own products match (computed, not a place). */
export function seesMatchingDemands(actor: Actor): boolean {
  return actor.role === 'producer' && !!actor.entityId;
}

/** A buyer posts demands as itself; others who may post (administrators) name the buyer. */
export function postsDemandsAsItself(actor: Actor): boolean {
  return actor.role === 'buyer';
}

/* --------------------------------- buyer accounts --------------------------------- */

/**
 * Buyer accounts: a buyer registers with its e-mail (pending) and the provincial OCOP office
 * of its province approves it; the office or the trade-promotion officer may also create the
 * account on the buyer's behalf (approved at once), or reject a registration (the account stays
 * unable to sign in). The buyer reads its own profile.
 */
export const BUYER_ACTIONS = ['read', 'create', 'approve', 'reject'] as const;
export type BuyerAction = (typeof BUYER_ACTIONS)[number];

const BUYER_REACH: ReachTable<BuyerAction> = {
  admin: { read: 'all', create: 'all', approve: 'all', reject: 'all' },
  central: { read: 'all' },
  province: { read: 'unit', create: 'unit', approve: 'unit', reject: 'unit' },
  trade: { read: 'unit', create: 'unit' },
  buyer: { read: 'own-user' },
};

export const buyerPolicy = definePolicy<Located & { ownerUserId: string; status?: string }, BuyerAction>({
  kind: 'buyer',
  actions: BUYER_ACTIONS,
  recordActions: ['approve', 'reject'],
  scope: (actor, action) => scopeOfReach(actor, BUYER_REACH[actor.role]?.[action]),
  may: (actor, action, record) => {
    if (!actor) return false;
    if ((action === 'approve' || action === 'reject') && record.status !== 'pending') return false;
    return inScope(scopeOfReach(actor, BUYER_REACH[actor.role]?.[action]), record);
  },
});
