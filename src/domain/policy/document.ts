import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Located, type ReachTable } from './scope';
import { isOfficer } from './roles';

/**
 * Programme documents and policies (plans, decisions, guidance). Officers read those of their
 * area and every central document; provincial offices register their province's (and its
 * former districts' and communes'), the central office and administrators any.
 */
export const DOCUMENT_ACTIONS = ['read', 'create', 'update', 'delete', 'audit', 'attach'] as const;
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];

export interface DocumentRecord extends Located {
  level: 'central' | 'province' | 'district' | 'commune';
}

const WRITE = { create: 'all', update: 'all', delete: 'all', audit: 'all', attach: 'all' } as const;
const REACH: ReachTable<DocumentAction> = {
  admin: { read: 'all', ...WRITE },
  central: { read: 'all', ...WRITE },
  province: { read: 'unit', create: 'unit', update: 'unit', delete: 'unit', audit: 'unit', attach: 'unit' },
  district: { read: 'unit' },
  commune: { read: 'unit' },
  trade: { read: 'unit' },
};

export const documentPolicy = definePolicy<DocumentRecord, DocumentAction>({
  kind: 'document',
  actions: DOCUMENT_ACTIONS,
  recordActions: ['update', 'delete', 'audit', 'attach'],
  scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
  may: (actor, action, record) => {
    if (!actor) return false;
    // central documents apply everywhere: every officer reads them
    if (action === 'read' && record.level === 'central' && isOfficer(actor.role)) return true;
    return inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record);
  },
  inJurisdiction: (actor, record) => !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.read), record),
});
