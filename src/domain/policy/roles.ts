import { ROLES, type Role } from '../users/roles';

/**
 * Role groups, defined once. Officers are the programme's staff (as opposed to producers,
 * council experts and the public); an item "filed by an officer" was written on a
 * producer's behalf.
 */
export const OFFICER_ROLES: readonly Role[] = ['admin', 'central', 'province', 'district', 'commune', 'trade'];

export function isOfficer(role: Role | string | null | undefined): boolean {
  return !!role && (OFFICER_ROLES as readonly string[]).includes(role);
}

export function isProducer(role: Role | string | null | undefined): boolean {
  return role === 'producer';
}

/** Buyers: public accounts of retailers, supermarkets, distributors and exporters (SPEC §2). */
export function isBuyer(role: Role | string | null | undefined): boolean {
  return role === 'buyer';
}

export function isCommuneOfficer(role: Role | string | null | undefined): boolean {
  return role === 'commune';
}

export function isAdmin(actor: { role: Role } | null | undefined): boolean {
  return actor?.role === 'admin';
}

/** The level of unit an account of a role is bound to (null: any unit — producers follow their entity; national: the country; buyers: their province). */
export function accountUnitLevel(role: Role): 'national' | 'province' | 'district' | 'commune' | null {
  switch (role) {
    case 'admin':
    case 'central':
      return 'national';
    case 'district':
      return 'district';
    case 'commune':
      return 'commune';
    case 'producer':
      return null;
    default:
      return 'province';
  }
}

/** Accounts of a producer must name the entity they represent. */
export function accountNeedsEntity(role: Role): boolean {
  return isProducer(role);
}

export { ROLES, type Role };
