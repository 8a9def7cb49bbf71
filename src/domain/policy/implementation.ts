import { definePolicy } from './policy';
import { inScope, NO_SCOPE, type Located } from './scope';
import { cycleItemScope } from './cycle-item';

/**
 * Step 4: the implementation record of an accepted business plan (support received, capital
 * mobilised, progress notes). Whoever sees the plan reads it; the producer, its commune, the
 * provincial office (and admin) write it while the plan is accepted.
 */
export const IMPLEMENTATION_ACTIONS = ['read', 'update'] as const;
export type ImplementationAction = (typeof IMPLEMENTATION_ACTIONS)[number];

const WRITERS: readonly string[] = ['admin', 'province', 'commune', 'producer'];

export const implementationPolicy = definePolicy<Located & { planStatus: string }, ImplementationAction>({
  kind: 'businessPlan',
  actions: IMPLEMENTATION_ACTIONS,
  recordActions: ['update'],
  scope: (actor, action) => (action === 'read' || WRITERS.includes(actor.role) ? cycleItemScope(actor) : NO_SCOPE),
  may: (actor, action, record) => {
    if (!actor || !inScope(cycleItemScope(actor), record)) return false;
    return action === 'read' || (WRITERS.includes(actor.role) && record.planStatus === 'accepted');
  },
});
