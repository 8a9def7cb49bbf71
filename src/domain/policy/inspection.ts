import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Located, type ReachTable } from './scope';

/**
 * Post-recognition inspections (hậu kiểm). The provincial office of the product's province
 * plans and records them, the centre anywhere; the producer reads the inspections of its own
 * products; nobody else sees them (404).
 */
export const INSPECTION_ACTIONS = ['read', 'create', 'update', 'record'] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

const REACH: ReachTable<InspectionAction> = {
  admin: { read: 'all', create: 'all', update: 'all', record: 'all' },
  central: { read: 'all', create: 'all', update: 'all', record: 'all' },
  province: { read: 'unit', create: 'unit', update: 'unit', record: 'unit' },
  producer: { read: 'own-entity' },
};

/** An inspection is located where its product is. */
export interface InspectionRecord extends Located {
  /** planned | recorded: a recorded inspection is final (no edit, no second recording). */
  status?: string;
}

export const inspectionPolicy = definePolicy<InspectionRecord, InspectionAction>({
  kind: 'inspection',
  actions: INSPECTION_ACTIONS,
  recordActions: ['update', 'record'],
  scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
  may: (actor, action, record) => {
    if ((action === 'update' || action === 'record') && record.status === 'recorded') return false;
    return !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record);
  },
});
