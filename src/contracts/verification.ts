import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses } from './common';
import { CERTIFICATE_STATUSES } from '../domain/certificates/validity';

/** Public verification of certificates and of the QR codes on them and on product stamps (SPEC C4). */

const tags = ['verification'];

/** The signed payload of a QR token; keys are short to keep the QR code small. */
export const tokenPayloadSchema = z.object({
  v: z.literal(1).describe('payload format version'),
  n: z.string().describe('certificate number'),
  p: z.string().describe('product name'),
  e: z.string().describe('entity (producer) name'),
  s: z.number().int().describe('star class'),
  f: z.string().describe('valid from (issue date)'),
  u: z.string().describe('valid until (last valid day)'),
  i: z.string().describe('issuing authority'),
});
export type TokenPayload = z.infer<typeof tokenPayloadSchema>;

export const VERIFICATION_STATUSES = [...CERTIFICATE_STATUSES, 'invalid', 'unknown'] as const;

export const verificationSchema = z.object({
  status: z.enum(VERIFICATION_STATUSES).describe('only valid and expiring mean "genuine and in force"'),
  signature: z.enum(['valid', 'invalid', 'none']).describe('none: the code was a bare certificate number, checked online only'),
  reason: z.enum(['malformed', 'unknown-key', 'bad-signature', 'mismatch', 'not-found']).nullable().describe('why an invalid code is invalid'),
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
export type Verification = z.infer<typeof verificationSchema>;
export type VerificationStatus = Verification['status'];

/** A signed token is a few hundred characters; anything longer is not one. */
export const MAX_CODE = 2000;

export const verification = {
  keys: endpoint({
    method: 'GET',
    path: '/verify/keys',
    tags,
    summary: 'Published keys (JWKS) to verify certificate QR tokens offline',
    description:
      'Each QR code opens `/v/{token}` where the token is a compact JWS (alg EdDSA, Ed25519). Verify it with these keys (matched by `kid`); the payload is JSON: `n` number, `p` product, `e` entity, `s` stars, `f` valid from, `u` valid until, `i` issuer.',
    response: { 200: z.object({ keys: z.array(z.record(z.string(), z.string())) }) },
  }),
  qr: endpoint({
    method: 'GET',
    path: '/verify/:code/qr.svg',
    tags,
    summary: 'The QR code (SVG) that opens the public verification page of a token',
    params: z.object({ code: z.string().max(MAX_CODE) }),
    produces: 'image/svg+xml',
    response: { 400: errorResponses[400] },
  }),
  verify: endpoint({
    method: 'GET',
    path: '/verify/:code',
    tags,
    summary: 'Verify a certificate QR code (the signed token) or a certificate number',
    description:
      'Public. A forged or altered token is always reported as `invalid`; a genuine one also shows whether the certificate has since been revoked, superseded or has expired.',
    params: z.object({ code: z.string() }),
    response: { 200: verificationSchema },
    hot: true,
  }),
};
