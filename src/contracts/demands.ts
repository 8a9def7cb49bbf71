import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, auditTimeline, errorResponses, idParams, optionalQueryText, page, pagination } from './common';
import { isoDate } from './criteria-sets';
import { requestIdField } from './cycle-items';
import { optionalText, requiredText } from '../domain/text/zod-fields';
import { DEMAND_ACTIONS } from '../domain/policy/demand';
import { DEMAND_STATUSES } from '../domain/trade/kinds';

/**
 * Buyers' demand (SPEC C6): what a buyer wants to buy, the certified products that match it
 * (ranked by fit), and the producers' offers.
 */

const tags = ['demands'];
const optionalDate = isoDate.nullish().transform((v) => v ?? null);

export const offerSchema = z.object({
  id: z.string(),
  demandId: z.string(),
  productId: z.string(),
  productName: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  quantity: z.number().nullable(),
  quantityUnit: z.string().nullable(),
  priceVnd: z.number().nullable(),
  deliveryBy: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type Offer = z.infer<typeof offerSchema>;

export const demandSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  groupCode: z.string().nullable(),
  subgroupCode: z.string().nullable(),
  quantity: z.number().nullable(),
  quantityUnit: z.string().nullable(),
  minStars: z.number().int(),
  certifications: z.array(z.string()),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  note: z.string().nullable(),
  status: z.enum(DEMAND_STATUSES),
  provinceCode: z.string().describe('delivery province'),
  provinceName: z.string().nullable(),
  buyerId: z.string(),
  buyerName: z.string(),
  createdAt: z.string(),
  offers: z.array(offerSchema).describe('the offers the caller may see: all for the buyer and officers, their own for a producer'),
  actions: actionsOf(DEMAND_ACTIONS),
});
export type Demand = z.infer<typeof demandSchema>;

const demandFields = {
  title: requiredText(300).describe('what product is wanted'),
  groupCode: z.string().max(10).nullish().transform((v) => v || null),
  subgroupCode: z.string().max(10).nullish().transform((v) => v || null),
  quantity: z.number().positive().max(1e12).nullish().transform((v) => v ?? null),
  quantityUnit: optionalText(50),
  minStars: z.number().int().min(3).max(5).default(3),
  certifications: z.array(requiredText(100)).max(20).default([]),
  fromDate: optionalDate,
  toDate: optionalDate,
  note: optionalText(2000),
};

function periodInOrder<T extends z.ZodType>(schema: T) {
  return schema.superRefine((v, ctx) => {
    const o = v as { fromDate?: string | null; toDate?: string | null };
    if (o.fromDate && o.toDate && o.toDate < o.fromDate) ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'errors.trade.endBeforeStart' });
  });
}

export const demandCreateSchema = periodInOrder(
  z.strictObject({
    ...demandFields,
    deliveryProvinceCode: z.string().regex(/^\d{2}$/, 'errors.trade.notProvince'),
    buyerId: z.uuid('errors.invalid').optional().describe("officers posting on a buyer's behalf name the buyer"),
    requestId: requestIdField,
  }),
);
export type DemandInput = z.input<typeof demandCreateSchema>;

export const demandPatchSchema = z.strictObject({ status: z.enum(DEMAND_STATUSES), version: z.number().int().min(1) });

export const matchSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  groupCode: z.string(),
  subgroupCode: z.string(),
  stars: z.number(),
  score: z.number().describe('0–100, higher fits better'),
  parts: z.object({ group: z.number(), stars: z.number(), distance: z.number(), capacity: z.number(), certifications: z.number() }),
  distanceKm: z.number().nullable(),
  offered: z.boolean().describe('its producer has answered with an offer'),
});
export type DemandMatch = z.infer<typeof matchSchema>;

export const offerCreateSchema = z.strictObject({
  productId: z.uuid('errors.invalid'),
  quantity: z.number().positive().max(1e12).nullish().transform((v) => v ?? null),
  quantityUnit: optionalText(50),
  priceVnd: z.number().int().min(0).max(1e15).nullish().transform((v) => v ?? null),
  deliveryBy: optionalDate,
  note: optionalText(2000),
});
export type OfferInput = z.input<typeof offerCreateSchema>;

export const demandListQuery = z.object({ q: optionalQueryText, status: z.enum(DEMAND_STATUSES).optional(), ...pagination });
export type DemandFilters = z.input<typeof demandListQuery>;

export const demands = {
  list: endpoint({
    method: 'GET', path: '/demands', tags,
    summary: 'Demands the caller may see: a buyer its own, officers their province’s, producers the open ones their products match',
    querystring: demandListQuery, response: { 200: page(demandSchema), ...errorResponses },
  }),
  create: endpoint({
    method: 'POST', path: '/demands', tags, summary: 'Post a demand; the producers of the best matches are notified in-app',
    body: demandCreateSchema, response: { 200: demandSchema, 201: demandSchema, ...errorResponses },
  }),
  get: endpoint({ method: 'GET', path: '/demands/:id', tags, summary: 'One demand with the offers the caller may see', params: idParams, response: { 200: demandSchema, ...errorResponses } }),
  update: endpoint({
    method: 'PATCH', path: '/demands/:id', tags, summary: 'Close or reopen a demand (send the version you read; 409 when stale)',
    params: idParams, body: demandPatchSchema, response: { 200: demandSchema, ...errorResponses },
  }),
  matches: endpoint({
    method: 'GET', path: '/demands/:id/matches', tags,
    summary: 'Certified products matching the demand, best first (a producer sees its own products only)',
    params: idParams, response: { 200: z.object({ items: z.array(matchSchema) }), ...errorResponses },
  }),
  offer: endpoint({
    method: 'POST', path: '/demands/:id/offers', tags, summary: "Answer a demand with an offer of one of the producer's certified products",
    description: 'One offer per demand and product (409 when it exists). The buyer is notified in-app.',
    params: idParams, body: offerCreateSchema, response: { 201: offerSchema, ...errorResponses },
  }),
  audit: endpoint({ method: 'GET', path: '/demands/:id/audit', tags, summary: 'Audit timeline of a demand', params: idParams, response: { 200: auditTimeline, ...errorResponses } }),
};
