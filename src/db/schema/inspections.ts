import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { InspectionOutcome, InspectionStatus, ItemRecord } from '../../domain/inspections';
import { location, versionStamps } from './columns';
import { entities, products } from './registry';
import { certificates } from './evaluation';

/**
 * Post-recognition inspections (hậu kiểm) of certified products: planned by the provincial
 * office, then recorded once with the results of their checklist (the version in force on the
 * planned day, kept in `checklist_code`), findings, photos and an outcome. Located where the
 * certificate's product is.
 */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    ...location,
    status: text('status').$type<InspectionStatus>().notNull().default('planned'),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    checklistCode: text('checklist_code').notNull(),
    planNote: text('plan_note'),
    inspectors: text('inspectors'),
    inspectedOn: date('inspected_on', { mode: 'string' }),
    results: jsonb('results').$type<ItemRecord[]>().notNull().default([]),
    findings: text('findings'),
    outcome: text('outcome').$type<InspectionOutcome>(),
    fixBy: date('fix_by', { mode: 'string' }),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    /** Why a planned inspection was cancelled (status `cancelled`), by whom and when. */
    cancelReason: text('cancel_reason'),
    cancelledBy: uuid('cancelled_by'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** Client request id of the planning: a retry returns the first inspection. */
    requestId: text('request_id'),
    createdBy: uuid('created_by'),
    ...versionStamps,
  },
  (t) => [
    index('inspections_province_idx').on(t.provinceCode, t.plannedOn),
    index('inspections_product_idx').on(t.productId, t.plannedOn),
    index('inspections_certificate_idx').on(t.certificateId),
    uniqueIndex('inspections_request_uq').on(t.createdBy, t.requestId).where(sql`${t.requestId} is not null`),
  ],
);

/**
 * Photos taken during an inspection: stored like product photos (resized copies, no metadata).
 * A photo removed before the recording keeps its row with `deleted_at` (the audit names it) and
 * is no longer listed nor served.
 */
export const inspectionPhotos = pgTable(
  'inspection_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    alt: text('alt'),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedById: uuid('uploaded_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by'),
  },
  (t) => [
    index('inspection_photos_inspection_idx').on(t.inspectionId, t.createdAt),
    uniqueIndex('inspection_photos_sha_uq').on(t.inspectionId, t.sha256).where(sql`${t.deletedAt} is null`),
  ],
);
