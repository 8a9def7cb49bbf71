/**
 * The roles of SPEC §2. The public (no session) is not a role: it is the absence of a user.
 * Codes are stable identifiers used in the database, the API and the UI.
 */
export const ROLES = [
  'admin', // system administrator
  'central', // central OCOP office (national)
  'province', // provincial OCOP office
  'district', // legacy district officer (before 2025-07-01)
  'commune', // commune/ward OCOP officer
  'council', // evaluation council member / advisory team
  'producer', // representative of an OCOP entity
  'trade', // provincial trade-promotion officer
  'buyer', // buyer (retailer, supermarket, distributor, exporter): registers, approved by a provincial office
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
