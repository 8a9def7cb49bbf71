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

function tradePolicy(kind: TradeKind) {
  return definePolicy<Located, TradeAction>({
    kind,
    actions: TRADE_ACTIONS,
    recordActions: ['update', 'audit'],
    scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
    may: (actor, action, record) => !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record),
  });
}

export const fairPolicy = tradePolicy('fair');
export const salesPointPolicy = tradePolicy('salesPoint');
export const tradeContractPolicy = tradePolicy('tradeContract');
export const listingPolicy = tradePolicy('listing');
export const giftComboPolicy = tradePolicy('giftCombo');
