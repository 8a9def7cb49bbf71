import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, errorResponses, idParams, optionalQueryText, page, pagination } from './common';
import { optionalText, requiredText } from '../domain/text/zod-fields';
import { BUYER_ACTIONS } from '../domain/policy/demand';
import { BUYER_KINDS, BUYER_STATUSES } from '../domain/trade/kinds';

/**
 * Buyer accounts (SPEC §2): retailers, supermarkets, distributors and exporters. A buyer
 * registers with its e-mail (the account waits for the provincial OCOP office's approval), or
 * an officer creates the account on its behalf (approved at once). The e-mail is the username.
 */

const tags = ['buyers'];

export const buyerSchema = z.object({
  id: z.string().describe("the buyer's user id"),
  version: z.number().int(),
  organisation: z.string(),
  contactName: z.string(),
  kind: z.enum(BUYER_KINDS),
  email: z.string(),
  phone: z.string().nullable(),
  taxCode: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  status: z.enum(BUYER_STATUSES),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  actions: actionsOf(BUYER_ACTIONS),
});
export type Buyer = z.infer<typeof buyerSchema>;

const registration = {
  email: z.email('errors.invalidFormat').max(200).transform((v) => v.trim().toLowerCase()),
  organisation: requiredText(300),
  contactName: requiredText(200),
  kind: z.enum(BUYER_KINDS),
  provinceCode: z.string().regex(/^\d{2}$/, 'errors.trade.notProvince'),
  phone: optionalText(50),
  taxCode: optionalText(20),
};
const password = z.string().min(8, 'errors.password.weak').max(200);

export const buyerRegisterSchema = z.strictObject({ ...registration, password });
export type BuyerRegistration = z.input<typeof buyerRegisterSchema>;
export const buyerCreateSchema = z.strictObject({ ...registration, password });
export type BuyerInput = z.input<typeof buyerCreateSchema>;

export const buyerListQuery = z.object({ q: optionalQueryText, status: z.enum(BUYER_STATUSES).optional(), ...pagination });
export type BuyerFilters = z.input<typeof buyerListQuery>;

export const buyers = {
  register: endpoint({
    method: 'POST',
    path: '/buyers/register',
    tags,
    summary: 'Register as a buyer (no session needed); the account waits for approval',
    description: 'The e-mail becomes the username (409 when taken). The provincial OCOP office of `provinceCode` approves the account; until then it cannot sign in.',
    body: buyerRegisterSchema,
    response: { 201: z.object({ status: z.literal('pending') }), ...errorResponses },
  }),
  list: endpoint({
    method: 'GET', path: '/buyers', tags, summary: "Buyer accounts of the caller's province (registrations to approve)",
    querystring: buyerListQuery, response: { 200: page(buyerSchema), ...errorResponses },
  }),
  create: endpoint({
    method: 'POST', path: '/buyers', tags, summary: "Create a buyer's account on its behalf (approved at once)",
    body: buyerCreateSchema, response: { 201: buyerSchema, ...errorResponses },
  }),
  get: endpoint({ method: 'GET', path: '/buyers/:id', tags, summary: 'One buyer account', params: idParams, response: { 200: buyerSchema, ...errorResponses } }),
  approve: endpoint({
    method: 'POST', path: '/buyers/:id/approve', tags, summary: 'Approve a registration (the buyer can sign in from now on)',
    params: idParams, body: z.strictObject({ version: z.number().int().min(1) }), response: { 200: buyerSchema, ...errorResponses },
  }),
  reject: endpoint({
    method: 'POST', path: '/buyers/:id/reject', tags, summary: 'Reject a registration (the account stays unable to sign in)',
    params: idParams, body: z.strictObject({ version: z.number().int().min(1) }), response: { 200: buyerSchema, ...errorResponses },
  }),
};
