import { definePolicy } from './policy';
import { ALL, NO_SCOPE } from './scope';
import { isAdmin } from './roles';

/**
 * Backups of the whole platform (database and uploaded files): listed, started and
 * downloaded by system administrators only — a backup holds every record of every province.
 */
export const BACKUP_ACTIONS = ['read', 'create'] as const;
export type BackupAction = (typeof BACKUP_ACTIONS)[number];

export const backupPolicy = definePolicy<{ name?: string }, BackupAction>({
  kind: 'backup',
  actions: BACKUP_ACTIONS,
  recordActions: [],
  scope: (actor) => (isAdmin(actor) ? ALL : NO_SCOPE),
  may: (actor) => isAdmin(actor),
  inJurisdiction: (actor) => isAdmin(actor),
});
