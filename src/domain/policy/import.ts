import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Located, type ReachTable } from './scope';

/**
 * Bulk imports of a province's lists (SPEC C8). An import sits in the province it imports
 * into (national imports: the whole country); each row is then checked against the policy of
 * the record it writes, so a row outside the importer's jurisdiction is an error of the row.
 */
export const IMPORT_ACTIONS = ['read', 'create', 'commit'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

const REACH: ReachTable<ImportAction> = {
  admin: { read: 'all', create: 'all', commit: 'all' },
  central: { read: 'all' },
  province: { read: 'unit', create: 'unit', commit: 'unit' },
};

/** An import's place: its province's row; a national import has province '' (only `all` reaches it). */
export type ImportRecord = Located;

export const importPolicy = definePolicy<ImportRecord, ImportAction>({
  kind: 'import',
  actions: IMPORT_ACTIONS,
  recordActions: ['commit'],
  scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
  may: (actor, action, record) => !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record),
});
