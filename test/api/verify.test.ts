import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompactSign, compactVerify, createLocalJWKSet, decodeProtectedHeader, type JWK } from 'jose';
import { createTestApp, type TestContext } from '../support/test-app';
import { buildApp } from '../../src/server/app';
import { login } from './evaluation.helpers';
import { verificationSchema } from '../../src/contracts/verification';

/**
 * QR verification: the token is a compact JWS (EdDSA) a verifier can check offline with the
 * published keys; online the API also reports revocation and expiry. Forged and altered
 * tokens are always "invalid".
 */
let t: TestContext;
let c: Record<string, string>;
type Cert = { id: string; number: string; status: string; token: string; stars: number; productName: string; entityName: string; validUntil: string; issuedOn: string };
let certs: Cert[];

// The route writes its answer without the response schema (a hot path): every answer must parse as it, nothing stripped.
const verify = async (code: string) => {
  const res = await t.app.inject(`/api/verify/${code}`);
  if (res.statusCode === 200) expect(verificationSchema.parse(res.json())).toEqual(res.json());
  return res;
};
const b64 = (s: string) => Buffer.from(s).toString('base64url');
const unb64 = (s: string) => Buffer.from(s, 'base64url').toString();

beforeAll(async () => {
  t = await createTestApp();
  c = await login(t, ['province.qn']);
  certs = (await t.app.inject({ url: '/api/certificates?pageSize=100', headers: { cookie: c['province.qn'] } })).json().items;
});
afterAll(() => t.close());

const one = (status: string) => certs.find((x) => x.status === status)!;

describe('published keys', () => {
  it('publishes the Ed25519 public key (never the private one), publicly', async () => {
    const res = await t.app.inject('/api/verify/keys');
    expect(res.statusCode).toBe(200);
    const { keys } = res.json();
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: expect.any(String), x: expect.any(String) });
    expect(keys[0].d).toBeUndefined();
  });

  it('keeps the keys across restarts (they live in the database)', async () => {
    const before = (await t.app.inject('/api/verify/keys')).json();
    const restarted = await buildApp({ database: t.database, config: { sessionDays: 1, secureCookies: false } });
    await restarted.ready();
    expect((await restarted.inject('/api/verify/keys')).json()).toEqual(before);
    const token = one('valid').token;
    expect((await restarted.inject(`/api/verify/${token}`)).json().status).toBe('valid');
    await restarted.close();
  });
});

describe('verifying a QR token', () => {
  it('reports a genuine certificate as valid, with what it certifies, without a session', async () => {
    const cert = one('valid');
    const res = await verify(cert.token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'valid',
      signature: 'valid',
      reason: null,
      certificate: { number: cert.number, productName: cert.productName, entityName: cert.entityName, stars: cert.stars, validFrom: cert.issuedOn, validUntil: cert.validUntil, issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh' },
    });
  });

  it('can be checked offline with the published keys alone', async () => {
    const cert = one('valid');
    const jwks = createLocalJWKSet((await t.app.inject('/api/verify/keys')).json());
    const { payload, protectedHeader } = await compactVerify(cert.token, jwks);
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({
      v: 1, n: cert.number, p: cert.productName, e: cert.entityName, s: cert.stars, f: cert.issuedOn, u: cert.validUntil, i: 'Ủy ban nhân dân tỉnh Quảng Ninh',
    });
  });

  it('reports revoked, superseded and expiring certificates as such', async () => {
    const revoked = (await verify(one('revoked').token)).json();
    expect(revoked).toMatchObject({ status: 'revoked', signature: 'valid' });
    expect(revoked.certificate.revokedReason).toMatch(/an toàn thực phẩm/);
    expect((await verify(one('superseded').token)).json()).toMatchObject({ status: 'superseded', signature: 'valid' });
    expect((await verify(one('expiring').token)).json()).toMatchObject({ status: 'expiring', signature: 'valid' });
  });

  it('reports an altered token as invalid', async () => {
    const [h, p, s] = one('valid').token.split('.');
    const payload = JSON.parse(unb64(p));
    const upgraded = `${h}.${b64(JSON.stringify({ ...payload, s: 5 }))}.${s}`;
    expect((await verify(upgraded)).json()).toMatchObject({ status: 'invalid', signature: 'invalid', reason: 'bad-signature', certificate: null });
    const extended = `${h}.${b64(JSON.stringify({ ...payload, u: '2099-12-31' }))}.${s}`;
    expect((await verify(extended)).json().status).toBe('invalid');
    const flipped = s.slice(0, 10) + (s[10] === 'A' ? 'B' : 'A') + s.slice(11);
    expect((await verify(`${h}.${p}.${flipped}`)).json().status).toBe('invalid');
    // The revoked certificate's genuine payload with another certificate's signature.
    const other = one('revoked').token.split('.');
    expect((await verify(`${h}.${other[1]}.${s}`)).json().status).toBe('invalid');
  });

  it('reports a forged token as invalid, even one that names the real key', async () => {
    const cert = one('valid');
    const { kid } = decodeProtectedHeader(cert.token);
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
    const payload = new TextEncoder().encode(JSON.stringify({ ...JSON.parse(unb64(cert.token.split('.')[1])), s: 5 }));
    const sameKid = await new CompactSign(payload).setProtectedHeader({ alg: 'EdDSA', kid }).sign(privateKey);
    expect((await verify(sameKid)).json()).toMatchObject({ status: 'invalid', reason: 'bad-signature' });
    const otherKid = await new CompactSign(payload).setProtectedHeader({ alg: 'EdDSA', kid: 'forger' }).sign(privateKey);
    expect((await verify(otherKid)).json()).toMatchObject({ status: 'invalid', reason: 'unknown-key' });
    // A forger who also publishes their own key in the header gains nothing.
    const embedded = await new CompactSign(payload).setProtectedHeader({ alg: 'EdDSA', kid, jwk: publicKey.export({ format: 'jwk' }) as JWK }).sign(privateKey);
    expect((await verify(embedded)).json().status).toBe('invalid');
    // Unsigned ("alg": "none") and nonsense.
    const none = `${b64(JSON.stringify({ alg: 'none', kid }))}.${cert.token.split('.')[1]}.`;
    expect((await verify(none)).json().status).toBe('invalid');
    for (const junk of ['abc', 'a.b.c', 'e30.e30.', '%7B%7D', 'x'.repeat(3000)]) {
      const res = await verify(junk);
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('invalid');
    }
  });

  it('looks up a typed certificate number online', async () => {
    const cert = one('valid');
    expect((await verify(cert.number)).json()).toMatchObject({ status: 'valid', signature: 'none', certificate: { number: cert.number } });
    expect((await verify(cert.number.toLowerCase())).json().status).toBe('valid');
    expect((await verify('OCOP-22-1999-000001')).json()).toMatchObject({ status: 'invalid', reason: 'not-found' });
  });

  it('sees a revocation made after the QR code was printed', async () => {
    const cert = certs.filter((x) => x.status === 'valid')[1];
    expect((await verify(cert.token)).json().status).toBe('valid');
    const version = (await t.app.inject({ url: `/api/certificates/${cert.id}`, headers: { cookie: c['province.qn'] } })).json().version;
    await t.app.inject({ method: 'POST', url: `/api/certificates/${cert.id}/revoke`, headers: { cookie: c['province.qn'] }, payload: { reason: 'Thu hồi theo kết quả hậu kiểm', version } });
    expect((await verify(cert.token)).json()).toMatchObject({ status: 'revoked', signature: 'valid', certificate: { revokedReason: 'Thu hồi theo kết quả hậu kiểm' } });
  });

  it('draws the QR code of a token', async () => {
    const res = await t.app.inject(`/api/verify/${one('valid').token}/qr.svg`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
  });
});
