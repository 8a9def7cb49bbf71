import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Located, type ReachTable } from './scope';

/**
 * Yearly programme targets of a unit. Officers read their area's; the provincial office sets
 * its province's and communes', the central office and administrators any (the nation's too).
 */
export const TARGET_ACTIONS = ['read', 'create', 'update', 'delete', 'audit'] as const;
export type TargetAction = (typeof TARGET_ACTIONS)[number];

const REACH: ReachTable<TargetAction> = {
  admin: { read: 'all', create: 'all', update: 'all', delete: 'all', audit: 'all' },
  central: { read: 'all', create: 'all', update: 'all', delete: 'all', audit: 'all' },
  province: { read: 'unit', create: 'unit', update: 'unit', delete: 'unit', audit: 'unit' },
  district: { read: 'unit' },
  commune: { read: 'unit' },
  trade: { read: 'unit' },
};

export const targetPolicy = definePolicy<Located, TargetAction>({
  kind: 'target',
  actions: TARGET_ACTIONS,
  recordActions: ['update', 'delete', 'audit'],
  scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
  may: (actor, action, record) => !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record),
});
