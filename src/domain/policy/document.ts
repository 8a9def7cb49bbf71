import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Actor, type Located, type ReachTable } from './scope';
import { isOfficer } from './roles';

/**
 * Programme documents and policies (plans, decisions, guidance). Officers read those of their
 * area, their province's and every central document; provincial offices register their province's (and its
 * former districts' and communes'), the central office and administrators any.
 */
export const DOCUMENT_ACTIONS = ['read', 'create', 'update', 'delete', 'audit'] as const;
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];

export interface DocumentRecord extends Located {
  level: 'central' | 'province' | 'district' | 'commune';
}

const WRITE = { create: 'all', update: 'all', delete: 'all', audit: 'all' } as const;
const REACH: ReachTable<DocumentAction> = {
  admin: { read: 'all', ...WRITE },
  central: { read: 'all', ...WRITE },
  province: { read: 'unit', create: 'unit', update: 'unit', delete: 'unit', audit: 'unit' },
  district: { read: 'unit' },
  commune: { read: 'unit' },
  trade: { read: 'unit' },
};

function may(actor: Actor | null, action: DocumentAction, record: DocumentRecord): boolean {
  if (!actor) return false;
  // central documents apply everywhere, a province's to all of it: their officers read them
  if (action === 'read' && isOfficer(actor.role) && (record.level === 'central' || (record.level === 'province' && record.provinceCode === actor.provinceCode))) return true;
  return inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record);
}

export const documentPolicy = definePolicy<DocumentRecord, DocumentAction>({
  kind: 'document',
  actions: DOCUMENT_ACTIONS,
  recordActions: ['update', 'delete', 'audit'],
  scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
  may,
  // what an officer may read is in their jurisdiction: elsewhere 403, not 404
  inJurisdiction: (actor, record) => may(actor, 'read', record),
});
