import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, auditTimeline, errorResponses, idParams, items, optionalQueryText, page, pagination } from './common';
import { isoDate } from './criteria-sets';
import { CERTIFICATE_STATUSES } from '../domain/certificates/validity';
import { ROUND_LEVELS } from '../domain/ranking/rounds';
import { CERTIFICATE_ACTIONS } from '../domain/policy/certificate';

/** OCOP certificates (giấy chứng nhận): issued when a round is approved, valid 36 months (SPEC C4). */

const tags = ['certificates'];

export const certificateSchema = z.object({
  id: z.string(),
  number: z.string().describe('OCOP-<province>-<year>-<sequence>'),
  productId: z.string(),
  productName: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  roundId: z.string().nullable(),
  stars: z.number().int(),
  level: z.enum(ROUND_LEVELS),
  issuer: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  issuedOn: z.string(),
  validUntil: z.string().describe('last valid day (36 months from issue)'),
  status: z.enum(CERTIFICATE_STATUSES),
  daysLeft: z.number(),
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
  supersededOn: z.string().nullable(),
  supersededById: z.string().nullable(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string(),
  token: z.string().describe('compact JWS (EdDSA) carried by the QR code'),
  verifyPath: z.string().describe('/v/{token}: the public verification page'),
  version: z.number(),
  createdAt: z.string(),
  actions: actionsOf(CERTIFICATE_ACTIONS).describe('actions the signed-in user may take on this certificate (revoke only while it is in force)'),
});
export type Certificate = z.infer<typeof certificateSchema>;
export type CertificateStatus = Certificate['status'];

export const certificateListQuery = z.object({
  status: z.enum(CERTIFICATE_STATUSES).optional(),
  productId: z.uuid().optional(),
  roundId: z.uuid().optional(),
  q: optionalQueryText.describe('number, product or entity'),
  ...pagination,
});
export type CertificateFilters = z.input<typeof certificateListQuery>;

export const reminderSchema = z.object({
  certificateId: z.string(),
  number: z.string(),
  productName: z.string(),
  kind: z.string().describe('the threshold reached, e.g. 90d, 30d, 7d'),
  validUntil: z.string(),
  daysLeft: z.number(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const certificates = {
  list: endpoint({
    method: 'GET',
    path: '/certificates',
    tags,
    summary: "Certificates in the caller's jurisdiction (producers: their own)",
    description: '`status`: valid | expiring (last valid day within CERTIFICATE_EXPIRING_DAYS, default 90) | expired | revoked | superseded.',
    querystring: certificateListQuery,
    response: { 200: page(certificateSchema).extend({ expiringSoonDays: z.number() }), ...errorResponses },
  }),
  reminders: endpoint({
    method: 'POST',
    path: '/certificates/reminders',
    tags,
    summary: 'Raise the expiry reminders now due (once per certificate and threshold; for a daily job)',
    response: { 200: items(reminderSchema), ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/certificates/:id',
    tags,
    summary: 'One certificate',
    params: idParams,
    response: { 200: certificateSchema, ...errorResponses },
  }),
  audit: endpoint({
    method: 'GET',
    path: '/certificates/:id/audit',
    tags,
    summary: 'Audit timeline of a certificate',
    params: idParams,
    response: { 200: auditTimeline, ...errorResponses },
  }),
  pdf: endpoint({
    method: 'GET',
    path: '/certificates/:id/pdf',
    tags,
    summary: 'The printable certificate (PDF, A4 landscape, Vietnamese administrative layout)',
    params: idParams,
    produces: 'application/pdf',
    response: { 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
  }),
  qr: endpoint({
    method: 'GET',
    path: '/certificates/:id/qr.svg',
    tags,
    summary: 'The QR code for stamps and labels (SVG), opening /v/{token}',
    params: idParams,
    produces: 'image/svg+xml',
    response: { 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
  }),
  revoke: endpoint({
    method: 'POST',
    path: '/certificates/:id/revoke',
    tags,
    summary: 'Revoke a certificate with a reason (409 when already revoked or superseded)',
    description: 'Without another certificate in force, the product leaves the public catalogue.',
    params: idParams,
    body: z.object({ reason: z.string().trim().min(1).max(1000), version: z.number().int().min(1), revokedOn: isoDate.optional() }),
    response: { 200: certificateSchema, ...errorResponses },
  }),
};
