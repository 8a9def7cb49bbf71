import { definePolicy } from './policy';
import { ALL, NO_SCOPE, isNational, type Actor, type Scope } from './scope';
import { isAdmin, isBuyer } from './roles';

/**
 * A province's annual cycle (calendar, deadlines, settings): read by everyone of the
 * province taking part in the programme (not buyers) and by national staff; run by the provincial OCOP office.
 */
export const CYCLE_ACTIONS = ['read', 'create', 'update'] as const;
export type CycleAction = (typeof CYCLE_ACTIONS)[number];

export interface CycleRecord {
  provinceCode: string;
  status?: string;
}

function provinceScope(actor: Actor): Scope {
  return actor.provinceCode ? { kind: 'province', provinceCode: actor.provinceCode } : NO_SCOPE;
}

export const cyclePolicy = definePolicy<CycleRecord, CycleAction>({
  kind: 'cycle',
  actions: CYCLE_ACTIONS,
  recordActions: ['update'],
  scope: (actor, action) => {
    if (isBuyer(actor.role)) return NO_SCOPE;
    if (action === 'read') return isNational(actor) ? ALL : provinceScope(actor);
    if (isAdmin(actor)) return ALL;
    return actor.role === 'province' ? provinceScope(actor) : NO_SCOPE;
  },
  may: (actor, action, cycle) => {
    if (!actor || isBuyer(actor.role)) return false;
    if (action === 'read') return isNational(actor) || actor.provinceCode === cycle.provinceCode;
    if (action === 'update' && cycle.status === 'closed') return false;
    return isAdmin(actor) || (actor.role === 'province' && actor.provinceCode === cycle.provinceCode);
  },
});
