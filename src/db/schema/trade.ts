import type { TradeKind } from '../../domain/policy/trade';
import { pgTable, text, uuid, integer, timestamp, jsonb, bigint, index, uniqueIndex, date, numeric } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { location, versionStamps } from './columns';
import { products } from './registry';
import { users } from './users';



/**
 * Trade-promotion records (SPEC C6), one table for the five kinds: fairs and exhibitions, sales
 * points and centres, distribution contracts and memoranda, e-commerce listings, gift combos.
 * They share their place, their products (each with a valid 3★+ certificate when entered), a
 * name, a period, a status and an amount; `category` is the kind's main classifier (a fair's
 * level, a sales point's funding, a contract's kind, a listing's platform, a combo's occasion)
 * and `details` its remaining fields, validated by the kind's contract.
 */
export const tradeRecords = pgTable(
  'trade_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<TradeKind>().notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    status: text('status'),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    /** Fair sales, contract value, combo or listing price (VND). */
    amountVnd: bigint('amount_vnd', { mode: 'number' }),
    productIds: jsonb('product_ids').$type<string[]>().notNull().default([]),
    entityIds: jsonb('entity_ids').$type<string[]>().notNull().default([]),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    ...location,
    searchText: text('search_text').notNull(),
    /** Client request id of the creation: a retry returns the first record. */
    requestId: text('request_id'),
    createdBy: uuid('created_by'),
    ...versionStamps,
  },
  (t) => [
    index('trade_records_kind_province_idx').on(t.kind, t.provinceCode, t.startsOn),
    uniqueIndex('trade_records_request_uq').on(t.createdBy, t.requestId).where(sql`${t.requestId} is not null`),
  ],
);

/** Buyer accounts' profiles: the organisation behind a `buyer` user, and its approval. */
export const buyerProfiles = pgTable(
  'buyer_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id),
    organisation: text('organisation').notNull(),
    contactName: text('contact_name').notNull(),
    kind: text('kind').notNull(), // retailer | supermarket | distributor | exporter | other
    email: text('email').notNull(),
    phone: text('phone'),
    taxCode: text('tax_code'),
    status: text('status').notNull(), // pending | approved | rejected
    ...location,
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...versionStamps,
  },
  (t) => [uniqueIndex('buyer_profiles_email_uq').on(t.email), index('buyer_profiles_province_idx').on(t.provinceCode, t.status)],
);

/** What a buyer wants to buy; located in its delivery province. */
export const demands = pgTable(
  'demands',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    buyerUserId: uuid('buyer_user_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    groupCode: text('group_code'),
    subgroupCode: text('subgroup_code'),
    quantity: numeric('quantity', { mode: 'number' }),
    quantityUnit: text('quantity_unit'),
    minStars: integer('min_stars').notNull().default(3),
    certifications: jsonb('certifications').$type<string[]>().notNull().default([]),
    fromDate: date('from_date', { mode: 'string' }),
    toDate: date('to_date', { mode: 'string' }),
    note: text('note'),
    status: text('status').notNull().default('open'), // open | closed
    ...location,
    searchText: text('search_text').notNull(),
    requestId: text('request_id'),
    ...versionStamps,
  },
  (t) => [
    index('demands_province_idx').on(t.provinceCode, t.status),
    index('demands_buyer_idx').on(t.buyerUserId),
    uniqueIndex('demands_request_uq').on(t.buyerUserId, t.requestId).where(sql`${t.requestId} is not null`),
  ],
);

/** A producer's answer to a demand with one of its certified products. */
export const demandOffers = pgTable(
  'demand_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    demandId: uuid('demand_id')
      .notNull()
      .references(() => demands.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    entityId: uuid('entity_id').notNull(),
    quantity: numeric('quantity', { mode: 'number' }),
    quantityUnit: text('quantity_unit'),
    priceVnd: bigint('price_vnd', { mode: 'number' }),
    deliveryBy: date('delivery_by', { mode: 'string' }),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // one offer per demand and product (a retry or double click does not duplicate it)
  (t) => [uniqueIndex('demand_offers_product_uq').on(t.demandId, t.productId)],
);

