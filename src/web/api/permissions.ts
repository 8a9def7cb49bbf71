/**
 * What the UI offers to each role. The server decides (role × jurisdiction, SPEC §2);
 * these only hide buttons that would certainly be refused.
 */
import type { Me, Role } from './types';

const OFFICERS: Role[] = ['admin', 'central', 'province', 'commune'];

export function canCreateEntity(me: Me | null | undefined): boolean {
  return !!me && OFFICERS.includes(me.role);
}

export function canEditEntity(me: Me | null | undefined, entityId?: string): boolean {
  if (!me) return false;
  if (me.role === 'producer') return !!entityId && me.entityId === entityId;
  return OFFICERS.includes(me.role);
}

export function canDeleteEntity(me: Me | null | undefined): boolean {
  return !!me && OFFICERS.includes(me.role);
}

export function canCreateProduct(me: Me | null | undefined): boolean {
  return !!me && (OFFICERS.includes(me.role) || (me.role === 'producer' && !!me.entityId));
}

export function canEditProduct(me: Me | null | undefined, entityId?: string): boolean {
  return canEditEntity(me, entityId);
}

export function canDeleteProduct(me: Me | null | undefined, entityId?: string): boolean {
  return canEditEntity(me, entityId);
}
