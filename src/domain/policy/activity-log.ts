import { definePolicy } from './policy';
import { inScope, NO_SCOPE, unitScope, type Actor, type Located, type Scope } from './scope';
import { isOfficer } from './roles';

/**
 * Step 1 of the cycle: communication and training logs per unit and year. Officers of the
 * unit's subtree read them; the provincial office and commune officers write them (a legacy
 * district officer reads its history only).
 */
export const ACTIVITY_LOG_ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type ActivityLogAction = (typeof ACTIVITY_LOG_ACTIONS)[number];

const WRITERS: readonly string[] = ['admin', 'province', 'commune'];

export function activityLogScope(actor: Actor, action: ActivityLogAction = 'read'): Scope {
  // producers, council members and buyers read no unit's logs
  if (!isOfficer(actor.role)) return NO_SCOPE;
  if (action !== 'read' && !WRITERS.includes(actor.role)) return NO_SCOPE;
  return unitScope(actor);
}

export const activityLogPolicy = definePolicy<Located, ActivityLogAction>({
  kind: 'activity',
  actions: ACTIVITY_LOG_ACTIONS,
  recordActions: ['update', 'delete'],
  scope: (actor, action) => activityLogScope(actor, action),
  may: (actor, action, record) => !!actor && inScope(activityLogScope(actor, action), record),
});

/** The unit an activity is logged under when the writer names none: the province for its office, else the writer's own unit. */
export function defaultActivityUnit(actor: Actor): string | undefined {
  return actor.role === 'province' ? (actor.provinceCode ?? undefined) : actor.unitCode;
}
