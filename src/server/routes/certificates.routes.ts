import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/certificates.service';
import { publicOrigin } from '../../services/certificate-settings';
import { requireActor } from '../plugins/auth';
import { auditActor, auditEventSchema, errorResponses, idParams, optionalQueryText, pagination } from './common';
import { isoDateSchema } from './criteria-sets.routes';


export const CERTIFICATE_STATUSES = ['valid', 'expiring', 'expired', 'revoked', 'superseded'] as const;

export const certificateSchema = z.object({
  id: z.string(),
  number: z.string().describe('OCOP-<province>-<year>-<sequence>'),
  productId: z.string(),
  productName: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  roundId: z.string().nullable(),
  stars: z.number(),
  level: z.string(),
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
});

/** The public address for QR codes: PUBLIC_URL, else this request's own origin. */
export function originOf(request: FastifyRequest): string {
  return publicOrigin(`${request.protocol}://${request.host}`);
}

export async function certificateRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/certificates',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Certificates in the caller\'s jurisdiction (producers: their own)',
        description: '`status`: valid | expiring (last valid day within CERTIFICATE_EXPIRING_DAYS, default 90) | expired | revoked | superseded.',
        querystring: z.object({
          status: z.enum(CERTIFICATE_STATUSES).optional(),
          productId: z.uuid().optional(),
          roundId: z.uuid().optional(),
          q: optionalQueryText,
          ...pagination,
        }),
        response: { 200: z.object({ items: z.array(certificateSchema), total: z.number(), expiringSoonDays: z.number() }), ...errorResponses },
      },
    },
    async (request) => service.listCertificates(db, requireActor(request), request.query),
  );

  r.post(
    '/certificates/reminders',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Raise the expiry reminders now due (once per certificate and threshold; for a daily job)',
        response: {
          200: z.object({ items: z.array(z.object({ certificateId: z.string(), number: z.string(), productName: z.string(), kind: z.string(), validUntil: z.string(), daysLeft: z.number() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => service.runReminders(db, requireActor(request), auditActor(request)),
  );

  r.get(
    '/certificates/:id',
    { schema: { tags: ['certificates'], summary: 'One certificate', params: idParams, response: { 200: certificateSchema, ...errorResponses } } },
    async (request) => service.getCertificate(db, requireActor(request), request.params.id),
  );

  r.get(
    '/certificates/:id/audit',
    { schema: { tags: ['certificates'], summary: 'Audit timeline of a certificate', params: idParams, response: { 200: z.object({ items: z.array(auditEventSchema) }), ...errorResponses } } },
    async (request) => ({ items: await service.certificateTimeline(db, requireActor(request), request.params.id) }),
  );

  r.get(
    '/certificates/:id/pdf',
    { schema: { tags: ['certificates'], summary: 'The printable certificate (PDF, A4 landscape, Vietnamese administrative layout)', params: idParams } },
    async (request, reply) => {
      const { pdf, number } = await service.certificatePdf(db, requireActor(request), request.params.id, originOf(request));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="giay-chung-nhan-${number}.pdf"`)
        .send(pdf);
    },
  );

  r.get(
    '/certificates/:id/qr.svg',
    { schema: { tags: ['certificates'], summary: 'The QR code for stamps and labels (SVG), opening /v/{token}', params: idParams } },
    async (request, reply) => reply.type('image/svg+xml').send(await service.certificateQrSvg(db, requireActor(request), request.params.id, originOf(request))),
  );

  r.post(
    '/certificates/:id/revoke',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Revoke a certificate with a reason (409 when already revoked or superseded)',
        description: 'Without another certificate in force, the product leaves the public catalogue.',
        params: idParams,
        body: z.object({ reason: z.string().trim().min(1).max(1000), version: z.number().int().min(1), revokedOn: isoDateSchema.optional() }),
        response: { 200: certificateSchema, ...errorResponses },
      },
    },
    async (request) => service.revokeCertificate(db, requireActor(request), auditActor(request), request.params.id, request.body),
  );
}
