import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { products } from './registry';

/**
 * Photos uploaded for a product (SPEC C7). The original is never kept: the upload is decoded,
 * stripped of its metadata and stored as resized copies under `DATA_DIR/uploads/photos/{id}/`
 * (see domain/portal/photos.ts for the sizes).
 */
export const productPhotos = pgTable(
  'product_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    position: integer('position').notNull(),
    /** Size of the largest stored copy (px). */
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    alt: text('alt'),
    /** sha256 of the uploaded bytes: the same photo uploaded twice is stored once. */
    sha256: text('sha256').notNull(),
    /** Folder of the copies relative to the uploads folder; `demo/…` for the demo's shipped photos. */
    storageKey: text('storage_key').notNull(),
    uploadedById: uuid('uploaded_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('product_photos_product_idx').on(t.productId, t.position),
    uniqueIndex('product_photos_sha_uq').on(t.productId, t.sha256).where(sql`${t.deletedAt} is null`),
  ],
);
