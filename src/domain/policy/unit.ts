import { definePolicy } from './policy';
import { ALL, NO_SCOPE } from './scope';
import { isAdmin } from './roles';

/** Administrative units: public reference data; administrators keep them up to date. */
export const UNIT_ACTIONS = ['read', 'update'] as const;
export type UnitAction = (typeof UNIT_ACTIONS)[number];

export const unitPolicy = definePolicy<Record<string, never>, UnitAction>({
  kind: 'unit',
  actions: UNIT_ACTIONS,
  recordActions: ['update'],
  scope: (actor, action) => (action === 'read' || isAdmin(actor) ? ALL : NO_SCOPE),
  may: (actor, action) => action === 'read' || isAdmin(actor),
});
