import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, errorResponses, idParams, items } from './common';
import { isoDate } from './criteria-sets';
import { MAX_STAMPS_PER_BATCH, STAMP_STATUSES } from '../domain/stamps';
import { STAMP_ACTIONS } from '../domain/policy/stamp';
import { MAX_CODE } from './verification';

/** OCOP stamps per production lot (SPEC C9): batches, their serials, and public verification of a stamp. */

const tags = ['stamps'];

export const stampSchema = z.object({
  seq: z.number().int(),
  serial: z.string().describe('12 characters of Crockford base32, printed as XXXX-XXXX-XXXX'),
  token: z.string().describe('compact JWS (EdDSA, typ ocop-stamp) over {v, k:"s", sn, n, l, d}; verify with GET /api/verify/keys'),
  url: z.string().describe('the address its QR code carries (GS1 Digital Link form when the product has a GTIN)'),
  scans: z.number().int(),
  possiblyCopied: z.boolean(),
});
export type Stamp = z.infer<typeof stampSchema>;

export const stampBatchSchema = z.object({
  id: z.string(),
  productId: z.string(),
  productName: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  gtin: z.string().nullable(),
  certificateId: z.string(),
  certificateNumber: z.string(),
  stars: z.number().int(),
  lot: z.string(),
  producedOn: z.string(),
  bestBefore: z.string().nullable(),
  count: z.number().int(),
  unitCode: z.string(),
  provinceCode: z.string(),
  createdAt: z.string(),
  scans: z.number().int().describe('scans of all its stamps'),
  scannedStamps: z.number().int(),
  actions: actionsOf(STAMP_ACTIONS),
});
export type StampBatch = z.infer<typeof stampBatchSchema>;

export const stampBatchDetailSchema = stampBatchSchema.extend({ stamps: z.array(stampSchema) });
export type StampBatchDetail = z.infer<typeof stampBatchDetailSchema>;

/** GS1 batch/lot (AI 10): up to 20 characters of the GS1 set; here letters, digits and . / _ - */
export const lotField = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, 'errors.required')
  .max(20, 'errors.stamps.lotTooLong')
  .regex(/^[A-Za-z0-9][A-Za-z0-9./_-]*$/, 'errors.stamps.lotFormat');

export const createStampBatchBody = z
  .object({
    lot: lotField.describe('production lot number (GS1 AI 10)'),
    producedOn: isoDate.describe('production date'),
    bestBefore: isoDate.nullish().describe('best-before date'),
    count: z.number().int().min(1).max(MAX_STAMPS_PER_BATCH).describe(`number of stamps (1–${MAX_STAMPS_PER_BATCH})`),
  })
  .strict();
export type CreateStampBatch = z.input<typeof createStampBatchBody>;

export const stampVerificationSchema = z.object({
  status: z.enum(STAMP_STATUSES).describe('valid only while the product’s certificate is in force today; unknown: no such stamp, or a forged token'),
  serial: z.string(),
  signature: z.enum(['valid', 'invalid', 'none']).describe('the token of the QR code (`t`): none when only the serial was given'),
  product: z.object({ id: z.string(), name: z.string(), gtin: z.string().nullable(), stars: z.number().int() }).nullable(),
  producer: z.object({ name: z.string() }).nullable(),
  lot: z.string().nullable(),
  producedOn: z.string().nullable(),
  bestBefore: z.string().nullable(),
  certificate: z
    .object({ number: z.string(), issuer: z.string(), validFrom: z.string(), validUntil: z.string(), revokedOn: z.string().nullable(), revokedReason: z.string().nullable() })
    .nullable()
    .describe('the certificate in force, or the one that ended'),
  scans: z.number().int().describe('times this stamp was checked, this one included'),
  possiblyCopied: z.boolean().describe('scanned in several provinces (or from many networks): the code may have been copied'),
  checkedOn: z.string(),
});
export type StampVerification = z.infer<typeof stampVerificationSchema>;

export const stampVerifyQuery = z.object({
  t: z.string().max(MAX_CODE).optional().describe('the signed token from the QR code'),
  province: z
    .string()
    .regex(/^\d{2}$/, 'errors.stamps.province')
    .optional()
    .describe('current province (2-digit code) the shopper scans from, when known'),
});

export const stamps = {
  create: endpoint({
    method: 'POST',
    path: '/products/:id/stamp-batches',
    tags,
    summary: 'Issue a batch of OCOP stamps for a production lot of a certified product',
    description:
      'Producers for their own products, provincial and commune offices in their jurisdiction. The product needs a certificate in force today (409 otherwise). Each stamp gets a unique serial and a signed token. One batch per product and lot: repeating the request with the same values answers 200 with the batch already issued; other values for an existing lot answer 409.',
    params: idParams,
    body: createStampBatchBody,
    response: { 200: stampBatchDetailSchema, 201: stampBatchDetailSchema, ...errorResponses },
  }),
  list: endpoint({
    method: 'GET',
    path: '/products/:id/stamp-batches',
    tags,
    summary: "A product's stamp batches, newest lot first",
    params: idParams,
    response: { 200: items(stampBatchSchema), ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/stamp-batches/:id',
    tags,
    summary: 'One stamp batch with its stamps (serials, tokens, scans)',
    params: idParams,
    response: { 200: stampBatchDetailSchema, ...errorResponses },
  }),
  pdf: endpoint({
    method: 'GET',
    path: '/stamp-batches/:id/pdf',
    tags,
    summary: 'Printable sheet of the stamps (PDF, A4, QR codes)',
    params: idParams,
    produces: 'application/pdf',
    response: { 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
  }),
  csv: endpoint({
    method: 'GET',
    path: '/stamp-batches/:id/serials.csv',
    tags,
    summary: 'The serials of a batch for a label printer (CSV: seq, serial, url, token)',
    params: idParams,
    produces: 'text/csv',
    response: { 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
  }),
  verify: endpoint({
    method: 'GET',
    path: '/verify/stamps/:serial',
    tags: ['verification'],
    summary: 'Check an OCOP stamp by its serial (public; each call counts as a scan)',
    description:
      '`status`: valid | expired | revoked | unknown. A stamp of a revoked or expired certificate is never valid; a serial the registry does not hold, or a token `t` whose signature does not verify or names another serial, is unknown. `possiblyCopied` flags a stamp scanned in several provinces.',
    params: z.object({ serial: z.string().max(64) }),
    querystring: stampVerifyQuery,
    response: { 200: stampVerificationSchema, 400: errorResponses[400] },
    hot: true,
  }),
};
