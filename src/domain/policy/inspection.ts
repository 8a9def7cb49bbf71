import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Located, type ReachTable } from './scope';

/**
 * Post-recognition inspections (hậu kiểm). The provincial office of the product's province
 * plans and records them, the centre anywhere; the producer reads the inspections of its own
 * products; nobody else sees them (404). Those who plan also edit, cancel (with a reason) and
 * record a planned inspection, and add or remove its photos (`record`); a recorded or cancelled
 * inspection is final.
 */
export const INSPECTION_ACTIONS = ['read', 'create', 'update', 'record', 'cancel'] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

const REACH: ReachTable<InspectionAction> = {
  admin: { read: 'all', create: 'all', update: 'all', record: 'all', cancel: 'all' },
  central: { read: 'all', create: 'all', update: 'all', record: 'all', cancel: 'all' },
  province: { read: 'unit', create: 'unit', update: 'unit', record: 'unit', cancel: 'unit' },
  producer: { read: 'own-entity' },
};

/** An inspection is located where its product is. */
export interface InspectionRecord extends Located {
  /** planned | recorded | cancelled: only a planned inspection changes (edit, record, cancel, photos). */
  status?: string;
}

export const inspectionPolicy = definePolicy<InspectionRecord, InspectionAction>({
  kind: 'inspection',
  actions: INSPECTION_ACTIONS,
  recordActions: ['update', 'record', 'cancel'],
  scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
  may: (actor, action, record) => {
    if ((action === 'update' || action === 'record' || action === 'cancel') && record.status !== undefined && record.status !== 'planned') return false;
    return !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record);
  },
});
