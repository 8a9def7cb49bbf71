import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestContext } from '../support/test-app';
import { stampVerificationSchema } from '../../src/contracts/stamps';
import { verificationSchema } from '../../src/contracts/verification';

/**
 * The verification checks answered before Fastify's lifecycle (src/server/fast-paths/verification.ts)
 * must answer exactly what the Fastify routes answer — status, headers, body — and leave to those
 * routes every request they could treat differently. Real HTTP: `inject` never reaches the fast path.
 */
let t: TestContext;
let base: string;
let cookie: string;
let stamps: Array<{ serial: string; token: string }>;
let certs: Array<{ id: string; number: string; token: string; status: string; version: number }>;

interface Answer { status: number; headers: Record<string, string>; body: string }

async function fetchAnswer(path: string, init?: RequestInit): Promise<Answer> {
  const res = await fetch(base + path, init);
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (k !== 'date') headers[k] = v;
  });
  return { status: res.status, headers, body: await res.text() };
}

/** The answer through the fast path (which must take it) and through Fastify (a query key the fast path leaves alone, ignored by the route). */
async function bothWays(path: string): Promise<{ fast: Answer; routed: Answer }> {
  const before = t.app.verificationFastPath!.answered;
  const fast = await fetchAnswer(path);
  expect(t.app.verificationFastPath!.answered, `${path} takes the fast path`).toBe(before + 1);
  const routed = await fetchAnswer(path + (path.includes('?') ? '&' : '?') + 'via=fastify');
  expect(t.app.verificationFastPath!.answered, `${path}&via=fastify goes to Fastify`).toBe(before + 1);
  return { fast, routed };
}

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  cookie = await t.login('province.qn');
  certs = (await t.app.inject({ url: '/api/certificates?pageSize=100', headers: { cookie } })).json().items;
  const live = certs.find((c) => c.status === 'valid' || c.status === 'expiring')!;
  const products = (await t.app.inject({ url: `/api/certificates/${live.id}`, headers: { cookie } })).json();
  const batch = await t.app.inject({ method: 'POST', url: `/api/products/${products.productId}/stamp-batches`, headers: { cookie }, payload: { lot: 'FAST-1', producedOn: '2026-11-20', count: 3 } });
  expect(batch.statusCode).toBe(201);
  stamps = batch.json().stamps;
});
afterAll(() => t.close());

describe('stamp checks', () => {
  it('answer as the Fastify route does, scan counted once per check', async () => {
    for (const path of [`/api/verify/stamps/${stamps[0].serial}`, `/api/verify/stamps/${stamps[1].serial}?t=${stamps[1].token}`, `/api/verify/stamps/${stamps[2].serial}?province=22&t=${stamps[2].token}`]) {
      const { fast, routed } = await bothWays(path);
      expect(fast.status).toBe(200);
      expect(routed.status).toBe(200);
      expect(fast.headers).toEqual(routed.headers);
      const a = stampVerificationSchema.parse(JSON.parse(fast.body));
      const b = stampVerificationSchema.parse(JSON.parse(routed.body));
      expect(JSON.parse(fast.body)).toEqual(a); // nothing the schema would strip
      expect(a.status).toBe('valid');
      // The second check of the same stamp counted one scan more; nothing else differs.
      expect(b.scans).toBe(a.scans + 1);
      expect({ ...b, scans: a.scans }).toEqual(a);
      // Byte for byte, key order included (the fast path writes the lot's part as text).
      expect(fast.body).toBe(JSON.stringify({ ...JSON.parse(routed.body), scans: a.scans }));
    }
  });

  it('answer forged tokens, unknown and malformed-looking serials the same way', async () => {
    const forged = stamps[0].token.slice(0, -4) + 'AAAA';
    for (const path of [`/api/verify/stamps/${stamps[0].serial}?t=${forged}`, `/api/verify/stamps/${stamps[1].serial}?t=${stamps[0].token}`, '/api/verify/stamps/OCOP-0000-0000-0000', `/api/verify/stamps/${stamps[0].serial.toLowerCase()}`, '/api/verify/stamps/zz']) {
      const { fast, routed } = await bothWays(path);
      expect(fast.status).toBe(200);
      expect(fast.headers).toEqual(routed.headers);
      const a = JSON.parse(fast.body);
      const b = JSON.parse(routed.body);
      expect(stampVerificationSchema.parse(a)).toEqual(a);
      expect({ ...b, scans: a.scans }).toEqual(a);
    }
  });

  it('leave to Fastify what it validates or decodes: bad province, encoded or repeated values, HEAD', async () => {
    const before = t.app.verificationFastPath!.answered;
    const bad = await fetchAnswer(`/api/verify/stamps/${stamps[0].serial}?province=abc`);
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(bad.body).errors[0].path).toBe('province');
    const s0 = stamps[0].serial;
    const encoded = await fetchAnswer(`/api/verify/stamps/%${s0.charCodeAt(0).toString(16).toUpperCase()}${s0.slice(1)}`);
    expect(encoded.status).toBe(200);
    expect(JSON.parse(encoded.body).status).toBe('valid');
    expect((await fetchAnswer(`/api/verify/stamps/${stamps[0].serial}?province=22&province=01`)).status).toBe(400);
    expect((await fetchAnswer(`/api/verify/stamps/${stamps[0].serial}`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetchAnswer(`/api/verify/stamps/${'A'.repeat(65)}`)).status).toBe(400);
    expect(t.app.verificationFastPath!.answered).toBe(before);
  });

  it('show a revocation on the next scan', async () => {
    const path = `/api/verify/stamps/${stamps[0].serial}?t=${stamps[0].token}`;
    expect(JSON.parse((await fetchAnswer(path)).body).status).toBe('valid');
    const stampCert = (await t.app.inject({ url: `/api/verify/stamps/${stamps[0].serial}` })).json().certificate.number as string;
    const target = certs.find((c) => c.number === stampCert)!;
    const byNumber = `/api/verify/${target.number}`;
    expect(JSON.parse((await fetchAnswer(byNumber)).body).status).not.toBe('revoked');
    const revoke = await t.app.inject({ method: 'POST', url: `/api/certificates/${target.id}/revoke`, headers: { cookie }, payload: { version: target.version, reason: 'Kiểm tra: sản phẩm không còn đạt tiêu chuẩn' } });
    expect(revoke.statusCode).toBe(200);
    const before = t.app.verificationFastPath!.answered;
    const after = JSON.parse((await fetchAnswer(path)).body);
    expect(t.app.verificationFastPath!.answered).toBe(before + 1);
    expect(after.status).toBe('revoked');
    expect(after.certificate.revokedReason).toBe('Kiểm tra: sản phẩm không còn đạt tiêu chuẩn');
    // The certificate's own check, answered from the kept JSON text before, shows it too.
    expect(JSON.parse((await fetchAnswer(byNumber)).body)).toMatchObject({ status: 'revoked', certificate: { revokedReason: 'Kiểm tra: sản phẩm không còn đạt tiêu chuẩn' } });
    expect(t.app.verificationFastPath!.answered).toBe(before + 2);
  });
});

describe('certificate checks', () => {
  it('answer tokens, numbers and forgeries as the Fastify route does', async () => {
    const c = certs[0];
    const forged = c.token.slice(0, -4) + 'AAAA';
    for (const code of [c.token, c.number, c.number.toLowerCase(), forged, 'not-a-code', 'stamps']) {
      const { fast, routed } = await bothWays(`/api/verify/${code}`);
      expect(fast.status).toBe(200);
      expect(fast.headers).toEqual(routed.headers);
      expect(fast.body).toBe(routed.body);
      const parsed = JSON.parse(fast.body);
      expect(verificationSchema.parse(parsed)).toEqual(parsed);
    }
  });

  it('leave the keys, the QR code and encoded codes to their routes', async () => {
    const before = t.app.verificationFastPath!.answered;
    const keys = await fetchAnswer('/api/verify/keys');
    expect(keys.status).toBe(200);
    expect(JSON.parse(keys.body).keys.length).toBeGreaterThan(0);
    const qr = await fetchAnswer(`/api/verify/${certs[0].number}/qr.svg`);
    expect(qr.headers['content-type']).toBe('image/svg+xml');
    const encoded = await fetchAnswer(`/api/verify/${encodeURIComponent('QĐ 1')}`);
    expect(encoded.status).toBe(200);
    expect(t.app.verificationFastPath!.answered).toBe(before);
  });
});
