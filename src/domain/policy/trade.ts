import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Located, type ReachTable } from './scope';

/**
 * Trade promotion (SPEC C6, step 6 of the cycle): fairs and exhibitions, sales points and
 * centres, distribution contracts and memoranda, e-commerce listings, gift combos. The
 * trade-promotion officer (Sở Công Thương) and the provincial OCOP office record them in their
 * province; commune and legacy district officers read their area's; the central office reads
 * everything. Producers, council members and buyers do not manage them.
 */
export const TRADE_ACTIONS = ['read', 'create', 'update', 'audit'] as const;
export type TradeAction = (typeof TRADE_ACTIONS)[number];

/** The kinds of trade-promotion record, one policy each (they share one reach table). */
export const TRADE_KINDS = ['fair', 'salesPoint', 'tradeContract', 'listing', 'giftCombo'] as const;
export type TradeKind = (typeof TRADE_KINDS)[number];

const REACH: ReachTable<TradeAction> = {
  admin: { read: 'all', create: 'all', update: 'all', audit: 'all' },
  central: { read: 'all', audit: 'all' },
  province: { read: 'unit', create: 'unit', update: 'unit', audit: 'unit' },
  trade: { read: 'unit', create: 'unit', update: 'unit', audit: 'unit' },
  district: { read: 'unit' },
  commune: { read: 'unit' },
};

/** A trade record as the policy sees it: its place, and whether the public portal shows it. */
export interface TradeRecord extends Located {
  /** Published on the portal (see `publishedOnPortal`): anyone, signed in or not, may read it. */
  public?: boolean;
}

/**
 * Which trade records the public portal shows (SPEC C7): every fair and exhibition (its
 * calendar), open sales points and centres (the map; planned and closed ones are not
 * published), active e-commerce listings (product pages). Contracts and gift combos stay
 * internal.
 */
export function publishedOnPortal(kind: TradeKind, status: string | null): boolean {
  if (kind === 'fair') return true;
  if (kind === 'salesPoint') return (status ?? 'open') === 'open';
  if (kind === 'listing') return (status ?? 'active') === 'active';
  return false;
}

function tradePolicy(kind: TradeKind) {
  return definePolicy<TradeRecord, TradeAction>({
    kind,
    actions: TRADE_ACTIONS,
    recordActions: ['update', 'audit'],
    scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
    may: (actor, action, record) => (action === 'read' && !!record.public) || (!!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record)),
    // A published record outside the actor's area answers "not found" to any other action.
    inJurisdiction: (actor, record) => !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.read), record),
  });
}

export const fairPolicy = tradePolicy('fair');
export const salesPointPolicy = tradePolicy('salesPoint');
export const tradeContractPolicy = tradePolicy('tradeContract');
export const listingPolicy = tradePolicy('listing');
export const giftComboPolicy = tradePolicy('giftCombo');
