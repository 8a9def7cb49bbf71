import { definePolicy } from './policy';
import { ALL, NO_SCOPE } from './scope';
import { isAdmin } from './roles';

/**
 * Criteria sets (rule versions): published and withdrawn ones are public rules; drafts and
 * every change belong to system administrators. Changes follow the version's status: drafts
 * are edited, published or deleted; published versions are only withdrawn.
 */
export const CRITERIA_SET_ACTIONS = ['read', 'create', 'update', 'delete', 'publish', 'withdraw'] as const;
export type CriteriaSetAction = (typeof CRITERIA_SET_ACTIONS)[number];

export const criteriaSetPolicy = definePolicy<{ status: string }, CriteriaSetAction>({
  kind: 'criteriaSet',
  actions: CRITERIA_SET_ACTIONS,
  recordActions: ['update', 'delete', 'publish', 'withdraw'],
  scope: (actor, action) => (action === 'read' || isAdmin(actor) ? ALL : NO_SCOPE),
  may: (actor, action, record) => {
    if (action === 'read') return record.status !== 'draft' || isAdmin(actor);
    if (!isAdmin(actor)) return false;
    if (action === 'withdraw') return record.status === 'published';
    if (action === 'create') return true;
    return record.status === 'draft';
  },
});
