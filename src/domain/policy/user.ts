import { definePolicy } from './policy';
import { ALL, NO_SCOPE } from './scope';
import { isAdmin } from './roles';

/** User accounts: managed by system administrators. */
export const USER_ACTIONS = ['read', 'create', 'update', 'resetPassword'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

export const userPolicy = definePolicy<{ id: string }, UserAction>({
  kind: 'user',
  actions: USER_ACTIONS,
  recordActions: ['update', 'resetPassword'],
  scope: (actor) => (isAdmin(actor) ? ALL : NO_SCOPE),
  may: (actor) => isAdmin(actor),
});
