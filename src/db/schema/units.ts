import type { UnitStructure } from '../../domain/policy/scope';
import type { UnitLevel } from '../../domain/units/structure';
import { pgTable, text, date, integer, primaryKey, index } from 'drizzle-orm/pg-core';

/**
 * Administrative units of both structures. A code alone is ambiguous (codes are reused
 * across structures), so every reference to a unit elsewhere stores the structure too.
 */
export const adminUnits = pgTable(
  'admin_units',
  {
    structure: text('structure').$type<UnitStructure>().notNull(), // 'current' (since 2025-07-01) | 'legacy'
    code: text('code').notNull(),
    level: text('level').$type<UnitLevel>().notNull(), // province | district | commune
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    type: text('type').notNull(),
    parentCode: text('parent_code'),
    provinceCode: text('province_code').notNull(), // province in the unit's own structure
    districtCode: text('district_code'),
    /** The current-structure province this unit lies in (through the mapping for legacy units). */
    currentProvinceCode: text('current_province_code').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.structure, t.code] }),
    index('admin_units_parent_idx').on(t.structure, t.parentCode),
  ],
);

/** Legacy commune → current commune(s), with 'full' or 'partial' absorption. */
export const adminUnitMappings = pgTable(
  'admin_unit_mappings',
  {
    legacyCode: text('legacy_code').notNull(),
    currentCode: text('current_code').notNull(),
    legacyProvinceCode: text('legacy_province_code').notNull(),
    currentProvinceCode: text('current_province_code').notNull(),
    part: text('part').$type<'full' | 'partial'>().notNull(), // full | partial
    ordinal: integer('ordinal').notNull(), // order in the source file; the first row wins roll-ups of split communes
  },
  (t) => [
    primaryKey({ columns: [t.legacyCode, t.currentCode] }),
    index('admin_unit_mappings_current_idx').on(t.currentCode),
    // a legacy unit's first current unit (reports roll legacy records up through it, per row)
    index('admin_unit_mappings_legacy_ordinal_idx').on(t.legacyCode, t.ordinal),
  ],
);

/** Official product classification (groups and subgroups), loaded from resources/classification. */
export const productGroups = pgTable('product_groups', {
  code: text('code').primaryKey(),
  parentCode: text('parent_code'),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  ordinal: integer('ordinal').notNull(),
});
