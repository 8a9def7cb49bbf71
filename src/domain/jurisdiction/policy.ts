import type { Role } from '../users/roles';

/**
 * The one place that decides who may do what where (SPEC §2): role × administrative unit ×
 * action. Services ask `scopeFor` for list filters and `can` for single records; anything
 * outside scope is answered as "not found" by the callers.
 */

export type UnitStructure = 'current' | 'legacy';

export interface Actor {
  id: string;
  role: Role;
  unitStructure: UnitStructure;
  unitCode: string;
  /** Current-structure province of the actor's unit; null for national units. */
  provinceCode: string | null;
  /** Legacy district (district officers only). */
  districtCode: string | null;
  /** The entity a producer represents. */
  entityId: string | null;
}

/** Where a record sits: every located record carries these. */
export interface Located {
  unitStructure: UnitStructure;
  unitCode: string;
  provinceCode: string;
  districtCode?: string | null;
  /** The entity that owns the record (the entity itself for entity records). */
  entityId?: string | null;
  /**
   * Users sitting on an evaluation round that includes the record (members, chair, advisory
   * team): the `council` scope matches them. Callers that cannot tell leave it out (no match).
   */
  councilUserIds?: readonly string[];
}

export type Resource = 'entity' | 'product' | 'user' | 'unit' | 'round' | 'certificate';
export type Action = 'read' | 'create' | 'update' | 'delete';

export type Scope =
  | { kind: 'all' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'district'; districtCode: string }
  | { kind: 'commune'; unitStructure: UnitStructure; unitCode: string }
  | { kind: 'entity'; entityId: string }
  /** Records of the evaluation rounds the user sits on (resolved in SQL by a membership subquery). */
  | { kind: 'council'; userId: string }
  | { kind: 'none' };

const NONE: Scope = { kind: 'none' };

/** What each role may do to each resource, and over which part of the country. */
type Reach = 'all' | 'unit' | 'own-entity' | 'council';
const PERMISSIONS: Record<Role, Partial<Record<Resource, Partial<Record<Action, Reach>>>>> = {
  admin: {
    entity: { read: 'all', create: 'all', update: 'all', delete: 'all' },
    product: { read: 'all', create: 'all', update: 'all', delete: 'all' },
    user: { read: 'all', create: 'all', update: 'all', delete: 'all' },
    unit: { read: 'all', create: 'all', update: 'all', delete: 'all' },
    round: { read: 'all', create: 'all', update: 'all' },
    certificate: { read: 'all', update: 'all' },
  },
  // The centre runs the national (5★) rounds and may revoke any certificate.
  central: {
    entity: { read: 'all' },
    product: { read: 'all' },
    unit: { read: 'all' },
    round: { read: 'all', create: 'all', update: 'all' },
    certificate: { read: 'all', update: 'all' },
  },
  province: {
    entity: { read: 'unit', create: 'unit', update: 'unit', delete: 'unit' },
    product: { read: 'unit', create: 'unit', update: 'unit', delete: 'unit' },
    unit: { read: 'all' },
    round: { read: 'unit', create: 'unit', update: 'unit' },
    certificate: { read: 'unit', update: 'unit' },
  },
  // Districts were abolished on 2025-07-01: their officers keep read access to history.
  district: {
    entity: { read: 'unit' },
    product: { read: 'unit' },
    unit: { read: 'all' },
    round: { read: 'unit' },
    certificate: { read: 'unit' },
  },
  commune: {
    entity: { read: 'unit', create: 'unit', update: 'unit' },
    product: { read: 'unit', create: 'unit', update: 'unit' },
    unit: { read: 'all' },
    certificate: { read: 'unit' },
  },
  // Council members see only the rounds they sit on and those rounds' products.
  council: {
    product: { read: 'council' },
    round: { read: 'council' },
    unit: { read: 'all' },
  },
  producer: {
    entity: { read: 'own-entity', update: 'own-entity' },
    product: { read: 'own-entity', create: 'own-entity', update: 'own-entity' },
    unit: { read: 'all' },
    certificate: { read: 'own-entity' },
  },
  trade: {
    entity: { read: 'unit' },
    product: { read: 'unit' },
    unit: { read: 'all' },
    certificate: { read: 'unit' },
  },
};

/** The unit subtree an officer's account is bound to. */
export function unitScope(actor: Actor): Scope {
  if (actor.role === 'admin' || actor.role === 'central') return { kind: 'all' };
  if (actor.role === 'district') {
    return actor.districtCode ? { kind: 'district', districtCode: actor.districtCode } : NONE;
  }
  if (actor.role === 'commune') {
    return { kind: 'commune', unitStructure: actor.unitStructure, unitCode: actor.unitCode };
  }
  return actor.provinceCode ? { kind: 'province', provinceCode: actor.provinceCode } : NONE;
}

export function scopeFor(actor: Actor, action: Action, resource: Resource): Scope {
  const reach = PERMISSIONS[actor.role]?.[resource]?.[action];
  if (!reach) return NONE;
  if (reach === 'all') return { kind: 'all' };
  if (reach === 'own-entity') return actor.entityId ? { kind: 'entity', entityId: actor.entityId } : NONE;
  if (reach === 'council') return { kind: 'council', userId: actor.id };
  return unitScope(actor);
}

export function inScope(scope: Scope, record: Located): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'province':
      return record.provinceCode === scope.provinceCode;
    case 'district':
      return record.unitStructure === 'legacy' && record.districtCode === scope.districtCode;
    case 'commune':
      return record.unitStructure === scope.unitStructure && record.unitCode === scope.unitCode;
    case 'entity':
      return !!record.entityId && record.entityId === scope.entityId;
    case 'council':
      return !!record.councilUserIds?.includes(scope.userId);
  }
}

export function can(actor: Actor, action: Action, resource: Resource, record?: Located): boolean {
  const scope = scopeFor(actor, action, resource);
  if (!record) return scope.kind !== 'none';
  return inScope(scope, record);
}

/** May this role do the action anywhere at all (used to tell 404 from 403 on creation)? */
export function mayEver(role: Role, action: Action, resource: Resource): boolean {
  return !!PERMISSIONS[role]?.[resource]?.[action];
}
