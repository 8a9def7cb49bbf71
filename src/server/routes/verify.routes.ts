import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import type { RouteDeps } from './index';
import { publishedKeys, verifyCode, verifyUrl } from '../../services/verification.service';
import { originOf } from './certificates.routes';


const verificationSchema = z.object({
  status: z.enum(['valid', 'expiring', 'expired', 'revoked', 'superseded', 'invalid', 'unknown']).describe('only valid and expiring mean "genuine and in force"'),
  signature: z.enum(['valid', 'invalid', 'none']).describe('none: the code was a bare certificate number, checked online only'),
  reason: z.enum(['malformed', 'unknown-key', 'bad-signature', 'mismatch', 'not-found']).nullable(),
  certificate: z
    .object({
      number: z.string(),
      productName: z.string(),
      entityName: z.string(),
      stars: z.number(),
      validFrom: z.string(),
      validUntil: z.string(),
      issuer: z.string(),
      productId: z.string().nullable(),
      decisionNumber: z.string().nullable(),
      decisionDate: z.string().nullable(),
      revokedOn: z.string().nullable(),
      revokedReason: z.string().nullable(),
      supersededOn: z.string().nullable(),
    })
    .nullable(),
  checkedOn: z.string(),
});

// A signed token is a few hundred characters: longer than a route parameter may be, so the
// code is taken from a wildcard.
const MAX_CODE = 2000;

export async function verifyRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/verify/keys',
    {
      schema: {
        tags: ['verification'],
        summary: 'Published keys (JWKS) to verify certificate QR tokens offline',
        description: 'Each QR code opens `/v/{token}` where the token is a compact JWS (alg EdDSA, Ed25519). Verify it with these keys (matched by `kid`); the payload is JSON: `n` number, `p` product, `e` entity, `s` stars, `f` valid from, `u` valid until, `i` issuer.',
        response: { 200: z.object({ keys: z.array(z.record(z.string(), z.string())) }) },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=3600').send(await publishedKeys(db)),
  );

  r.get(
    '/verify/:code/qr.svg',
    {
      schema: {
        tags: ['verification'],
        summary: 'The QR code (SVG) that opens the public verification page of a token',
        params: z.object({ code: z.string().max(MAX_CODE) }),
      },
    },
    async (request, reply) => {
      const svg = await QRCode.toString(verifyUrl(originOf(request), request.params.code), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg);
    },
  );

  r.get(
    '/verify/:code',
    {
      schema: {
        tags: ['verification'],
        summary: 'Verify a certificate QR code (the signed token) or a certificate number',
        description: 'Public. A forged or altered token is always reported as `invalid`; a genuine one also shows whether the certificate has since been revoked, superseded or has expired.',
        params: z.object({ code: z.string() }),
        response: { 200: verificationSchema },
      },
    },
    async (request, reply) => {
      const result = await verifyCode(db, request.params.code.slice(0, MAX_CODE));
      return reply.header('cache-control', 'no-store').send(result);
    },
  );
}
