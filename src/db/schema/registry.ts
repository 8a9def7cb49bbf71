import type { EntityType } from '../../domain/entities/entity.schema';
import {
  pgTable, text, uuid, boolean, integer, timestamp, jsonb, bigint, index, uniqueIndex, date, customType,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { location, softDeleteStamps } from './columns';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Word index of search_text (words are already diacritic-free): the fast path of search is a
 * prefix match on every word through a GIN index; trigrams only serve the typo fallback.
 */
export const searchColumns = {
  searchText: text('search_text').notNull(),
  searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_text)`),
  sortKey: text('sort_key').notNull(),
};



export const entities = pgTable(
  'entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').$type<EntityType>().notNull(),
    legalForm: text('legal_form'),
    name: text('name').notNull(),
    taxCode: text('tax_code'),
    representative: text('representative').notNull(),
    address: text('address').notNull(),
    ...location,
    foundedYear: integer('founded_year'),
    members: integer('members'),
    employees: integer('employees'),
    womanLed: boolean('woman_led').notNull().default(false),
    ethnicMinorityLed: boolean('ethnic_minority_led').notNull().default(false),
    certifications: jsonb('certifications').$type<string[]>().notNull().default([]),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    ...searchColumns,
    ...softDeleteStamps,
  },
  (t) => [
    uniqueIndex('entities_tax_code_uq').on(t.taxCode).where(sql`${t.taxCode} is not null and ${t.deletedAt} is null`),
    index('entities_province_idx').on(t.provinceCode, t.sortKey),
    index('entities_unit_idx').on(t.unitCode),
    index('entities_search_fts_idx').using('gin', t.searchVector),
    index('entities_sort_idx').on(t.sortKey, t.id).where(sql`${t.deletedAt} is null`),
  ],
);

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    name: text('name').notNull(),
    groupCode: text('group_code').notNull(),
    subgroupCode: text('subgroup_code').notNull(),
    /** Product set (resources/classification/product-sets.json); null: the subgroup's first set. */
    productSetCode: text('product_set_code'),
    description: text('description'),
    story: text('story'),
    rawMaterialOrigin: text('raw_material_origin'),
    packaging: text('packaging'),
    qualityStandard: text('quality_standard'),
    trademark: text('trademark'),
    gtin: text('gtin'),
    priceVnd: bigint('price_vnd', { mode: 'number' }),
    priceUnit: text('price_unit'),
    whereToBuy: text('where_to_buy'),
    photos: jsonb('photos').$type<string[]>().notNull().default([]),
    ...location,
    stars: integer('stars'), // current class, kept in step with product_star_records
    /** The producer publishes its yearly business figures on the product's public page. */
    figuresPublic: boolean('figures_public').notNull().default(false),
    ...searchColumns,
    ...softDeleteStamps,
  },
  (t) => [
    index('products_entity_idx').on(t.entityId),
    index('products_province_idx').on(t.provinceCode, t.sortKey),
    index('products_stars_idx').on(t.stars),
    index('products_search_fts_idx').using('gin', t.searchVector),
    index('products_sort_idx').on(t.sortKey, t.id).where(sql`${t.deletedAt} is null`),
    // counts of the catalogue (stars ≥ 3) as an index-only scan
    index('products_live_stars_idx').on(t.stars, t.provinceCode, t.groupCode).where(sql`${t.deletedAt} is null`),
  ],
);

/** Star classes a product was recognised with, oldest first (history before this system included). */
export const productStarRecords = pgTable(
  'product_star_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    stars: integer('stars').notNull(),
    year: integer('year').notNull(),
    recognisedOn: date('recognised_on'),
    level: text('level').notNull(), // district | province | central
    unitStructure: text('unit_structure'),
    unitCode: text('unit_code'),
    decision: text('decision'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('product_star_records_product_idx').on(t.productId, t.year)],
);

/** Yearly business figures of a product; amounts in VND. */
export const businessFigures = pgTable(
  'business_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    year: integer('year').notNull(),
    output: bigint('output', { mode: 'number' }),
    outputUnit: text('output_unit'),
    revenueVnd: bigint('revenue_vnd', { mode: 'number' }).notNull(),
    costVnd: bigint('cost_vnd', { mode: 'number' }).notNull(),
    profitVnd: bigint('profit_vnd', { mode: 'number' }).notNull(),
    employees: integer('employees'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('business_figures_product_year_uq').on(t.productId, t.year)],
);
