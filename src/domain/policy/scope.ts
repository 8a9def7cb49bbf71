import type { Role } from '../users/roles';

/**
 * Jurisdiction primitives of the policy module (SPEC §2): who an actor is, where a record
 * sits, and the part of the country (a scope) an actor reaches. The per-kind policies beside
 * this file decide with them; repositories only translate a scope into SQL.
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
  /**
   * The legacy district the record's place belonged to before 2025-07-01: its own district for
   * records kept under the legacy structure, and through the unit mapping for current ones.
   */
  districtCode?: string | null;
  /** The entity that owns the record (the entity itself for entity records). */
  entityId?: string | null;
  /**
   * Users sitting on an evaluation round that includes the record (members, chair, advisory
   * team): the `council` scope matches them. Callers that cannot tell leave it out (no match).
   */
  councilUserIds?: readonly string[];
  /** The account that owns the record (a buyer's demand): the `user` scope matches it. */
  ownerUserId?: string | null;
}

export type Scope =
  | { kind: 'all' }
  | { kind: 'province'; provinceCode: string }
  /** A legacy district's area; `legacyOnly`: only records kept under the legacy structure (its own history). */
  | { kind: 'district'; districtCode: string; legacyOnly?: boolean }
  | { kind: 'commune'; unitStructure: UnitStructure; unitCode: string }
  | { kind: 'entity'; entityId: string }
  /** Records of the evaluation rounds the user sits on (resolved in SQL by a membership subquery). */
  | { kind: 'council'; userId: string }
  /** Records owned by one account (a buyer's own demands and profile). */
  | { kind: 'user'; userId: string }
  | { kind: 'none' };

export const NO_SCOPE: Scope = { kind: 'none' };
export const ALL: Scope = { kind: 'all' };

/** How far a role's permission for an action reaches. */
export type Reach = 'all' | 'unit' | 'own-entity' | 'council' | 'own-user';

/** National accounts: their unit is the whole country. */
export function isNational(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'admin' || actor.role === 'central';
}

/** The unit subtree an officer's account is bound to. */
export function unitScope(actor: Actor): Scope {
  if (isNational(actor)) return ALL;
  if (actor.role === 'district') {
    return actor.districtCode ? { kind: 'district', districtCode: actor.districtCode } : NO_SCOPE;
  }
  if (actor.role === 'commune') {
    return { kind: 'commune', unitStructure: actor.unitStructure, unitCode: actor.unitCode };
  }
  return actor.provinceCode ? { kind: 'province', provinceCode: actor.provinceCode } : NO_SCOPE;
}

/** The scope a reach gives an actor. */
export function scopeOfReach(actor: Actor, reach: Reach | undefined): Scope {
  switch (reach) {
    case undefined:
      return NO_SCOPE;
    case 'all':
      return ALL;
    case 'own-entity':
      return actor.entityId ? { kind: 'entity', entityId: actor.entityId } : NO_SCOPE;
    case 'council':
      return { kind: 'council', userId: actor.id };
    case 'own-user':
      return { kind: 'user', userId: actor.id };
    case 'unit':
      return unitScope(actor);
  }
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
      return !!record.districtCode && record.districtCode === scope.districtCode && (!scope.legacyOnly || record.unitStructure === 'legacy');
    case 'commune':
      return record.unitStructure === scope.unitStructure && record.unitCode === scope.unitCode;
    case 'entity':
      return !!record.entityId && record.entityId === scope.entityId;
    case 'council':
      return !!record.councilUserIds?.includes(scope.userId);
    case 'user':
      return !!record.ownerUserId && record.ownerUserId === scope.userId;
  }
}

/** A reach table: what each role may do to a kind of record, and over which part of the country. */
export type ReachTable<A extends string> = Partial<Record<Role, Partial<Record<A, Reach>>>>;

/**
 * The accounts of an officer role whose unit covers a place, as column values to match
 * (the inverse of `unitScope`, used to address notifications): null when no account of that
 * role covers it by place.
 */
export function accountsCovering(
  role: Role,
  place: Pick<Located, 'unitStructure' | 'unitCode' | 'provinceCode' | 'districtCode'>,
): { role: Role; unitStructure?: UnitStructure; unitCode?: string; provinceCode?: string; districtCode?: string } | null {
  switch (role) {
    case 'commune':
      return { role, unitStructure: place.unitStructure, unitCode: place.unitCode };
    case 'district':
      return place.districtCode ? { role, districtCode: place.districtCode } : null;
    case 'province':
    case 'trade':
      return { role, provinceCode: place.provinceCode };
    default:
      return null;
  }
}
