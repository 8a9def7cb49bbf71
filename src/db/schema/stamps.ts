import { pgTable, text, uuid, integer, timestamp, index, uniqueIndex, date, primaryKey } from 'drizzle-orm/pg-core';
import { entities, products } from './registry';
import { certificates } from './evaluation';
import { location } from './columns';

/**
 * OCOP stamps per production lot (tem OCOP): a batch for one lot of a certified product, and
 * its stamps, each with a unique serial and a signed token printed as a QR code. Scans are
 * counted per stamp and per region (domain/stamps/copies.ts).
 */
export const stampBatches = pgTable(
  'stamp_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    /** The certificate in force when the batch was issued; the stamps' status follows it (and its successors). */
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    lot: text('lot').notNull(),
    producedOn: date('produced_on', { mode: 'string' }).notNull(),
    bestBefore: date('best_before', { mode: 'string' }),
    count: integer('count').notNull(),
    // Where the product is: jurisdiction over batches follows the product's.
    ...location,
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One batch per product and lot: a repeated request finds the first one (idempotent issuing).
    uniqueIndex('stamp_batches_product_lot_uq').on(t.productId, t.lot),
    index('stamp_batches_province_idx').on(t.provinceCode, t.createdAt),
    index('stamp_batches_entity_idx').on(t.entityId),
  ],
);

export const stamps = pgTable(
  'stamps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => stampBatches.id),
    /** 1..count within the batch, the order on the printed sheet. */
    seq: integer('seq').notNull(),
    serial: text('serial').notNull(),
    /** Compact JWS (EdDSA, typ ocop-stamp) printed in the QR code, and the key that signed it. */
    token: text('token').notNull(),
    kid: text('kid').notNull(),
    scans: integer('scans').notNull().default(0),
    firstScanAt: timestamp('first_scan_at', { withTimezone: true }),
    lastScanAt: timestamp('last_scan_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('stamps_serial_uq').on(t.serial), uniqueIndex('stamps_batch_seq_uq').on(t.batchId, t.seq)],
);

/** Scans of a stamp per region (`p:<province>` or `n:<network>`). */
export const stampScanRegions = pgTable(
  'stamp_scan_regions',
  {
    stampId: uuid('stamp_id')
      .notNull()
      .references(() => stamps.id),
    region: text('region').notNull(),
    scans: integer('scans').notNull().default(0),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.stampId, t.region] })],
);
