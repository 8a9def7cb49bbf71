import type { UnitStructure } from '../../domain/policy/scope';
import { text, integer, timestamp } from 'drizzle-orm/pg-core';

/**
 * Column groups that many tables share, declared once so that every table spells them the same
 * way (the jurisdiction code and the optimistic version checks rely on these names).
 */

/** Location columns of a record that belongs to a place (see domain/policy/scope.ts). */
export const location = {
  unitStructure: text('unit_structure').$type<UnitStructure>().notNull(),
  unitCode: text('unit_code').notNull(),
  provinceCode: text('province_code').notNull(), // current-structure province, for jurisdiction
  districtCode: text('district_code'), // legacy district of the place (for current-structure records: through the unit mapping)
};

/** The optimistic version (409 on a stale write) and creation/update times of an editable record. */
export const versionStamps = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** `versionStamps` plus a soft-delete time, for registry records that history still points to. */
export const softDeleteStamps = {
  ...versionStamps,
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
};
