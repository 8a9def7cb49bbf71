import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Located, type ReachTable } from './scope';

/** OCOP certificates. Anyone may verify one through its code (verification is not a read of the record). */
export const CERTIFICATE_ACTIONS = ['read', 'revoke', 'audit', 'remind'] as const;
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number];

const REACH: ReachTable<CertificateAction> = {
  admin: { read: 'all', revoke: 'all', audit: 'all', remind: 'all' },
  // The centre runs the national (5★) rounds and may revoke any certificate.
  central: { read: 'all', revoke: 'all', audit: 'all', remind: 'all' },
  province: { read: 'unit', revoke: 'unit', audit: 'unit', remind: 'unit' },
  district: { read: 'unit' },
  commune: { read: 'unit' },
  producer: { read: 'own-entity' },
  trade: { read: 'unit' },
};

export interface CertificateRecord extends Located {
  /** Its status today, when known: a revoked or superseded certificate cannot be revoked (again). */
  status?: string;
}

export const certificatePolicy = definePolicy<CertificateRecord, CertificateAction>({
  kind: 'certificate',
  actions: CERTIFICATE_ACTIONS,
  recordActions: ['revoke', 'audit'],
  scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
  may: (actor, action, record) => {
    if (action === 'revoke' && (record.status === 'revoked' || record.status === 'superseded')) return false;
    return !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record);
  },
});
