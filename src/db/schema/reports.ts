import type { UnitStructure } from '../../domain/policy/scope';
import type { EntityType } from '../../domain/entities/entity.schema';
import type { DocumentKind, DocumentLevel } from '../../domain/reports/documents';
import type { TargetValues } from '../../domain/reports/targets';
import { pgTable, text, uuid, integer, timestamp, jsonb, index, uniqueIndex, date, primaryKey, boolean } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { location, versionStamps } from './columns';

/**
 * The two registers behind reports that records alone cannot give: programme documents and
 * policies issued (SPEC C5 "documents and policies issued, by level and year") and the yearly
 * targets of a unit ("targets set for a year versus achieved").
 */


export const programmeDocuments = pgTable(
  'programme_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    level: text('level').$type<DocumentLevel>().notNull(),
    kind: text('kind').$type<DocumentKind>().notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    // the issuing unit; `VN` (structure current) for central documents, whose province_code is null
    unitStructure: text('unit_structure').$type<UnitStructure>().notNull(),
    unitCode: text('unit_code').notNull(),
    provinceCode: text('province_code'),
    districtCode: text('district_code'),
    /** The attached file (an uploaded file's id); its upload endpoint is still to come. */
    fileId: uuid('file_id'),
    searchText: text('search_text').notNull(),
    createdById: uuid('created_by_id'),
    ...versionStamps,
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    // the same document registered twice (a retry, a second click) is refused
    uniqueIndex('programme_documents_uq').on(t.unitStructure, t.unitCode, t.number, t.issuedOn).where(sql`${t.deletedAt} is null`),
    index('programme_documents_province_idx').on(t.provinceCode, t.issuedOn),
  ],
);

export const programmeTargets = pgTable(
  'programme_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    /** `VN`, a current province or a current commune. */
    unitCode: text('unit_code').notNull(),
    unitStructure: text('unit_structure').$type<UnitStructure>().notNull().default('current'),
    provinceCode: text('province_code'),
    districtCode: text('district_code'),
    values: jsonb('values').$type<TargetValues>().notNull(),
    note: text('note'),
    createdById: uuid('created_by_id'),
    ...versionStamps,
  },
  (t) => [uniqueIndex('programme_targets_unit_year_uq').on(t.unitCode, t.year), index('programme_targets_province_idx').on(t.provinceCode, t.year)],
);

/**
 * Recognition summary: one row per live product and year in which it was recognised with 3
 * stars or more (product_star_records), with the class of that year (the highest given), the
 * number of recognitions, the product's first year and the next year it was recognised again,
 * and the product's entity (and its type) and place. Kept by triggers on product_star_records, products and entities in
 * the writing transaction (migration 0024_recognition_summary_sql), so a report reads a write as
 * soon as it commits. A product's latest class by the end of year Y is its row with
 * year ≤ Y < next_year (or next_year null): one row per product, no grouping of recognitions.
 */
export const productRecognitionYears = pgTable(
  'product_recognition_years',
  {
    productId: uuid('product_id').notNull(),
    year: integer('year').notNull(),
    stars: integer('stars').notNull(),
    recognitions: integer('recognitions').notNull(),
    firstYear: integer('first_year').notNull(),
    nextYear: integer('next_year'),
    entityId: uuid('entity_id').notNull(),
    entityType: text('entity_type').$type<EntityType>().notNull(),
    ...location,
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.year] }),
    // product_recognition_years_province_idx (province_code, year) INCLUDE (the columns the reports
    // read): a covering index for index-only scans of a province, in 0024_recognition_summary_sql
    index('product_recognition_years_district_idx').on(t.districtCode),
    index('product_recognition_years_entity_idx').on(t.entityId),
    // entities with a product recognised, per year (targets): counted distinct in index order
    index('product_recognition_years_year_entity_idx').on(t.year, t.entityId),
  ],
);

/**
 * Cycle funnel summary: one row per idea registered (filed at least once) and per business plan
 * accepted, with its cycle year, the entity type it counts under (the registered entity's, or
 * the would-be entity's named in the idea, else household), whether an accepted plan is
 * implemented (support, capital, progress notes or an evaluation dossier recorded) and its place.
 * Kept by triggers on ideas, business_plans, the implementation tables, dossiers and entities in
 * the writing transaction (migration 0030_cycle_funnel_summary_sql), so the funnel and targets
 * reports read a narrow table instead of the wide records and their four "implemented" probes,
 * and still see a write as soon as it commits.
 */
export const cycleFunnelItems = pgTable(
  'cycle_funnel_items',
  {
    /** `idea` or `plan`. */
    kind: text('kind').$type<'idea' | 'plan'>().notNull(),
    /** The idea's or the business plan's id. */
    itemId: uuid('item_id').notNull(),
    year: integer('year').notNull(),
    entityId: uuid('entity_id'),
    /** A plan's idea (its would-be entity's type counts when the plan has no entity). */
    ideaId: uuid('idea_id'),
    entityType: text('entity_type').$type<EntityType>().notNull(),
    implemented: boolean('implemented').notNull().default(false),
    ...location,
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.itemId] }),
    // cycle_funnel_items_province_idx (province_code, year) INCLUDE (kind, entity_type, implemented):
    // covering, for index-only scans of a province, in 0030_cycle_funnel_summary_sql
    index('cycle_funnel_items_district_idx').on(t.districtCode),
    index('cycle_funnel_items_entity_idx').on(t.entityId),
    index('cycle_funnel_items_idea_idx').on(t.ideaId),
  ],
);
