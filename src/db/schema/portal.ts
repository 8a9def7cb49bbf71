import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { products, searchColumns } from './registry';
import { location } from './columns';

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

/**
 * The public catalogue's rows: the search and filter columns of every catalogued product (not
 * deleted, 3★ and more), copied from `products` by statement triggers in the writing transaction
 * (migration 0033_catalogue_rows_sql), so a write shows at its commit. Narrow (no descriptions or
 * stories), so a public search reads a few MB instead of the whole products table; the page's
 * products are then read from `products` by id.
 */
export const catalogueRows = pgTable(
  'catalogue_rows',
  {
    /** The product's id. */
    id: uuid('id').primaryKey(),
    entityId: uuid('entity_id').notNull(),
    groupCode: text('group_code').notNull(),
    subgroupCode: text('subgroup_code').notNull(),
    ...location,
    stars: integer('stars').notNull(),
    ...searchColumns,
  },
  (t) => [
    index('catalogue_rows_search_fts_idx').using('gin', t.searchVector),
    index('catalogue_rows_sort_idx').on(t.sortKey, t.id),
    index('catalogue_rows_province_idx').on(t.provinceCode, t.sortKey),
    index('catalogue_rows_stars_idx').on(t.stars, t.provinceCode, t.groupCode),
    index('catalogue_rows_entity_idx').on(t.entityId),
  ],
);
