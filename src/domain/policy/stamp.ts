import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Located, type ReachTable } from './scope';

/**
 * OCOP stamps (tem OCOP) per production lot. A producer issues stamps for its own certified
 * products, an office for those in its jurisdiction; anyone checks a stamp by its serial
 * (verification is not a read of the batch). Batches are read where the product is.
 */
export const STAMP_ACTIONS = ['read', 'create'] as const;
export type StampAction = (typeof STAMP_ACTIONS)[number];

const REACH: ReachTable<StampAction> = {
  admin: { read: 'all', create: 'all' },
  central: { read: 'all' },
  province: { read: 'unit', create: 'unit' },
  district: { read: 'unit' },
  commune: { read: 'unit', create: 'unit' },
  producer: { read: 'own-entity', create: 'own-entity' },
  trade: { read: 'unit' },
};

/** A batch is located where its product is. */
export type StampBatchRecord = Located;

export const stampPolicy = definePolicy<StampBatchRecord, StampAction>({
  kind: 'stampBatch',
  actions: STAMP_ACTIONS,
  recordActions: [],
  scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
  may: (actor, action, record) => !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record),
});
