import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, auditTimeline, errorResponses, idParams, optionalQueryText, page, pagination } from './common';
import { isoDate } from './criteria-sets';
import { requestIdField } from './cycle-items';
import { httpUrl, optionalText, requiredText } from '../domain/text/zod-fields';
import { TRADE_ACTIONS } from '../domain/policy/trade';
import {
  COMBO_OCCASIONS, CONTRACT_KINDS, CONTRACT_STATUSES, FAIR_LEVELS, LISTING_PLATFORMS, LISTING_STATUSES, SALES_POINT_FUNDING, SALES_POINT_KINDS,
  SALES_POINT_STATUSES,
} from '../domain/trade/kinds';

/**
 * Trade promotion (SPEC C6): fairs and exhibitions, OCOP sales points and centres, distribution
 * contracts and memoranda, e-commerce listings and gift combos. Each is recorded in a place (a
 * province or a commune of the current structure) by the trade-promotion officer or the
 * provincial office, and names its products: only products with a valid 3★+ certificate may be
 * entered (400 naming the product).
 */

const tags = ['trade'];

const money = z.number().int().min(0).max(1e15);
const optionalMoney = money.nullish().transform((v) => v ?? null);
const count = z.number().int().min(0).max(1e9).nullish().transform((v) => v ?? null);
const optionalDate = isoDate.nullish().transform((v) => v ?? null);
const productIds = z.array(z.uuid('errors.invalid')).max(200).default([]).describe('products entered (each with a valid certificate of 3★ or more)');
const unitCode = z
  .string()
  .regex(/^(\d{2}|\d{5})$/, 'errors.invalidFormat')
  .describe('where the record sits: a province (2 digits) or a commune (5 digits) of the current structure, in your jurisdiction');

/** Whether `endsOn` (or another end) comes before the start: 400 naming the end. */
function endsAfterStart<T extends z.ZodType>(schema: T, start: string, end: string) {
  return schema.superRefine((v, ctx) => {
    const o = v as Record<string, unknown>;
    if (typeof o[start] === 'string' && typeof o[end] === 'string' && (o[end] as string) < (o[start] as string)) {
      ctx.addIssue({ code: 'custom', path: [end], message: 'errors.trade.endBeforeStart' });
    }
  });
}

export const tradeProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  stars: z.number().nullable().describe('current star class'),
  entityId: z.string(),
  entityName: z.string(),
});
export type TradeProduct = z.infer<typeof tradeProductSchema>;

const placeFields = {
  id: z.string(),
  version: z.number().int(),
  unitStructure: z.enum(['current', 'legacy']),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: actionsOf(TRADE_ACTIONS),
};

const withProducts = { productIds: z.array(z.string()), products: z.array(tradeProductSchema) };
const version = z.number().int().min(1);

/* ------------------------------------- fairs ------------------------------------- */

const fairFields = {
  name: requiredText(300),
  organiser: requiredText(300),
  startsOn: isoDate,
  endsOn: isoDate,
  place: requiredText(300).describe('venue (e.g. "Trung tâm Hội chợ Triển lãm Quảng Ninh")'),
  level: z.enum(FAIR_LEVELS),
  booths: count,
  visitors: count,
  salesVnd: optionalMoney.describe('estimated sales at the fair (VND)'),
  entityIds: z.array(z.uuid('errors.invalid')).max(500).default([]).describe('participating entities (besides those of the products)'),
  productIds,
  note: optionalText(2000),
};
export const fairCreateSchema = endsAfterStart(z.strictObject({ ...fairFields, unitCode, requestId: requestIdField }), 'startsOn', 'endsOn');
export const fairPatchSchema = endsAfterStart(z.strictObject({ ...partial(fairFields), unitCode: unitCode.optional(), version }), 'startsOn', 'endsOn');
export const fairSchema = z.object({
  ...placeFields,
  name: z.string(),
  organiser: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string(),
  level: z.enum(FAIR_LEVELS),
  booths: z.number().nullable(),
  visitors: z.number().nullable(),
  salesVnd: z.number().nullable(),
  entityIds: z.array(z.string()),
  entities: z.array(z.object({ id: z.string(), name: z.string() })).describe('participating entities: those named and those of the products'),
  note: z.string().nullable(),
  ...withProducts,
});
export type Fair = z.infer<typeof fairSchema>;
export type FairInput = z.input<typeof fairCreateSchema>;

/* ---------------------------------- sales points ---------------------------------- */

const salesPointFields = {
  name: requiredText(300),
  kind: z.enum(SALES_POINT_KINDS).default('point').describe('a sales point or a (larger) OCOP centre'),
  address: requiredText(500),
  latitude: z.number().min(8).max(24).nullish().transform((v) => v ?? null).describe('WGS 84, within Vietnam'),
  longitude: z.number().min(102).max(118).nullish().transform((v) => v ?? null),
  funding: z.enum(SALES_POINT_FUNDING).describe('state-supported or privately funded (xã hội hóa)'),
  openedOn: optionalDate,
  operator: optionalText(300),
  phone: optionalText(50),
  status: z.enum(SALES_POINT_STATUSES).default('open'),
  productIds,
  note: optionalText(2000),
};
export const salesPointCreateSchema = z.strictObject({ ...salesPointFields, unitCode, requestId: requestIdField });
export const salesPointPatchSchema = z.strictObject({ ...partial(salesPointFields), unitCode: unitCode.optional(), version });
export const salesPointSchema = z.object({
  ...placeFields,
  name: z.string(),
  kind: z.enum(SALES_POINT_KINDS),
  address: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  funding: z.enum(SALES_POINT_FUNDING),
  openedOn: z.string().nullable(),
  operator: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(SALES_POINT_STATUSES),
  note: z.string().nullable(),
  ...withProducts,
});
export type SalesPoint = z.infer<typeof salesPointSchema>;
export type SalesPointInput = z.input<typeof salesPointCreateSchema>;

/* ----------------------------------- contracts ----------------------------------- */

const contractFields = {
  title: requiredText(300),
  kind: z.enum(CONTRACT_KINDS).default('contract'),
  parties: z.array(requiredText(300)).min(1, 'errors.required').max(20).describe('the parties (producers, retailers, supermarkets, distributors)'),
  valueVnd: optionalMoney,
  signedOn: optionalDate,
  endsOn: optionalDate,
  status: z.enum(CONTRACT_STATUSES).default('signed'),
  productIds,
  note: optionalText(2000),
};
export const contractCreateSchema = endsAfterStart(z.strictObject({ ...contractFields, unitCode, requestId: requestIdField }), 'signedOn', 'endsOn');
export const contractPatchSchema = endsAfterStart(z.strictObject({ ...partial(contractFields), unitCode: unitCode.optional(), version }), 'signedOn', 'endsOn');
export const tradeContractSchema = z.object({
  ...placeFields,
  title: z.string(),
  kind: z.enum(CONTRACT_KINDS),
  parties: z.array(z.string()),
  valueVnd: z.number().nullable(),
  signedOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: z.enum(CONTRACT_STATUSES),
  note: z.string().nullable(),
  ...withProducts,
});
export type TradeContract = z.infer<typeof tradeContractSchema>;
export type TradeContractInput = z.input<typeof contractCreateSchema>;

/* ------------------------------------ listings ------------------------------------ */

const listingFields = {
  platform: z.enum(LISTING_PLATFORMS),
  url: httpUrl(),
  productId: z.uuid('errors.invalid').describe('the listed product (valid 3★+ certificate); the listing sits in its commune'),
  priceVnd: optionalMoney,
  status: z.enum(LISTING_STATUSES).default('active'),
  note: optionalText(2000),
};
export const listingCreateSchema = z.strictObject({ ...listingFields, requestId: requestIdField });
export const listingPatchSchema = z.strictObject({ ...partial(listingFields), version });
export const listingSchema = z.object({
  ...placeFields,
  platform: z.enum(LISTING_PLATFORMS),
  url: z.string(),
  productId: z.string(),
  product: tradeProductSchema.nullable(),
  priceVnd: z.number().nullable(),
  status: z.enum(LISTING_STATUSES),
  note: z.string().nullable(),
});
export type Listing = z.infer<typeof listingSchema>;
export type ListingInput = z.input<typeof listingCreateSchema>;

/* ----------------------------------- gift combos ----------------------------------- */

const comboFields = {
  name: requiredText(300),
  occasion: z.enum(COMBO_OCCASIONS),
  offeredOn: optionalDate.describe('when the combo was put on sale (its products are checked on that day when past)'),
  priceVnd: optionalMoney,
  description: optionalText(2000),
  productIds: z.array(z.uuid('errors.invalid')).min(1, 'errors.required').max(50),
};
export const comboCreateSchema = z.strictObject({ ...comboFields, unitCode, requestId: requestIdField });
export const comboPatchSchema = z.strictObject({ ...partial(comboFields), unitCode: unitCode.optional(), version });
export const giftComboSchema = z.object({
  ...placeFields,
  name: z.string(),
  occasion: z.enum(COMBO_OCCASIONS),
  offeredOn: z.string().nullable(),
  priceVnd: z.number().nullable(),
  description: z.string().nullable(),
  ...withProducts,
});
export type GiftCombo = z.infer<typeof giftComboSchema>;
export type GiftComboInput = z.input<typeof comboCreateSchema>;

/* --------------------------------------- lists --------------------------------------- */

const listBase = {
  q: optionalQueryText.describe('accent-insensitive search on names'),
  unit: z.string().regex(/^\d{2,5}$/, 'errors.invalidFormat').optional().describe('province (2 digits), legacy district (3) or commune (5)'),
  productId: z.uuid('errors.invalid').optional(),
  ...pagination,
};
const year = z.coerce.number().int().min(2000).max(2100).optional();

export const fairListQuery = z.object({ ...listBase, year, level: z.enum(FAIR_LEVELS).optional() });
export const salesPointListQuery = z.object({ ...listBase, funding: z.enum(SALES_POINT_FUNDING).optional(), status: z.enum(SALES_POINT_STATUSES).optional() });
export const contractListQuery = z.object({ ...listBase, year, kind: z.enum(CONTRACT_KINDS).optional(), status: z.enum(CONTRACT_STATUSES).optional() });
export const listingListQuery = z.object({ ...listBase, platform: z.enum(LISTING_PLATFORMS).optional(), status: z.enum(LISTING_STATUSES).optional() });
export const comboListQuery = z.object({ ...listBase, occasion: z.enum(COMBO_OCCASIONS).optional() });
export type FairFilters = z.input<typeof fairListQuery>;
export type SalesPointFilters = z.input<typeof salesPointListQuery>;
export type ContractFilters = z.input<typeof contractListQuery>;
export type ListingFilters = z.input<typeof listingListQuery>;
export type ComboFilters = z.input<typeof comboListQuery>;

/** Every field optional (a PATCH), keeping each field's own validation. */
function partial<S extends Record<string, z.ZodType>>(fields: S): { [K in keyof S]: z.ZodOptional<S[K]> } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as { [K in keyof S]: z.ZodOptional<S[K]> };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The six endpoints of one kind of trade-promotion record. */
function resource<const P extends string, Q extends z.ZodType, X extends z.ZodType, C extends z.ZodType, U extends z.ZodType, R extends z.ZodType>(
  path: P,
  what: string,
  schemas: { query: Q; exportQuery: X; create: C; patch: U; record: R },
) {
  return {
    list: endpoint({
      method: 'GET', path: `/${path}`, tags, summary: `List ${what} in the caller's jurisdiction`,
      querystring: schemas.query, response: { 200: page(schemas.record), ...errorResponses },
    }),
    export: endpoint({
      method: 'GET', path: `/${path}/export.xlsx`, tags, summary: `The filtered list of ${what} as an Excel workbook`,
      querystring: schemas.exportQuery, produces: XLSX,
      response: { 400: errorResponses[400], 401: errorResponses[401] },
    }),
    get: endpoint({ method: 'GET', path: `/${path}/:id`, tags, summary: `One of the ${what}`, params: idParams, response: { 200: schemas.record, ...errorResponses } }),
    create: endpoint({
      method: 'POST', path: `/${path}`, tags, summary: `Record one of the ${what}`,
      description: 'Products without a valid certificate of 3★ or more are refused (400 naming the product). Send `requestId` (or an `Idempotency-Key` header): a retry returns the first record.',
      body: schemas.create, response: { 200: schemas.record, 201: schemas.record, ...errorResponses },
    }),
    update: endpoint({
      method: 'PATCH', path: `/${path}/:id`, tags, summary: `Edit one of the ${what} (send the version you read; 409 when stale)`,
      params: idParams, body: schemas.patch, response: { 200: schemas.record, ...errorResponses },
    }),
    audit: endpoint({
      method: 'GET', path: `/${path}/:id/audit`, tags, summary: `Audit timeline of one of the ${what}`,
      params: idParams, response: { 200: auditTimeline, ...errorResponses },
    }),
  };
}

export const fairs = resource('fairs', 'fairs and exhibitions', { query: fairListQuery, exportQuery: fairListQuery.omit({ page: true, pageSize: true }), create: fairCreateSchema, patch: fairPatchSchema, record: fairSchema });
export const salesPoints = resource('sales-points', 'OCOP sales points and centres', {
  query: salesPointListQuery, exportQuery: salesPointListQuery.omit({ page: true, pageSize: true }), create: salesPointCreateSchema, patch: salesPointPatchSchema, record: salesPointSchema,
});
export const tradeContracts = resource('contracts', 'distribution contracts and memoranda', {
  query: contractListQuery, exportQuery: contractListQuery.omit({ page: true, pageSize: true }), create: contractCreateSchema, patch: contractPatchSchema, record: tradeContractSchema,
});
export const listings = resource('listings', 'e-commerce listings', { query: listingListQuery, exportQuery: listingListQuery.omit({ page: true, pageSize: true }), create: listingCreateSchema, patch: listingPatchSchema, record: listingSchema });
export const giftCombos = resource('gift-combos', 'OCOP gift combos', { query: comboListQuery, exportQuery: comboListQuery.omit({ page: true, pageSize: true }), create: comboCreateSchema, patch: comboPatchSchema, record: giftComboSchema });
