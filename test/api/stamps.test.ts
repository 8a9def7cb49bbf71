import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactVerify, createLocalJWKSet } from 'jose';
import { createTestApp, type TestContext } from '../support/test-app';
import { makeSerial, normaliseSerial } from '../../src/domain/stamps';
import { scanLedger } from '../../src/services/verification-cache';
import { stampVerificationSchema } from '../../src/contracts/stamps';

/**
 * OCOP stamps per production lot: issuing (who, for what, idempotent), the printable sheet and
 * the serials, and the public check a shopper's phone makes — valid, after revocation, after
 * expiry, a forged serial or token, a copied stamp — plus GS1 Digital Link resolution.
 */
let t: TestContext;
const c: Record<string, string> = {};
type Product = { id: string; name: string; gtin: string | null };
const products: Record<string, Product> = {};
const ACCOUNTS = ['admin', 'province.qn', 'province.qng', 'commune.qn', 'producer.qn', 'trade.qn', 'central'];

const get = (who: string | null, url: string) => t.app.inject({ url, headers: who ? { cookie: c[who] } : {} });
const post = (who: string | null, url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object, headers: who ? { cookie: c[who] } : {} });
// The route writes its answer without the response schema (a hot path): every answer must parse as it, nothing stripped.
const verify = async (serial: string, query = '') => {
  const res = await t.app.inject({ url: `/api/verify/stamps/${serial}${query}`, remoteAddress: '203.113.10.20' });
  if (res.statusCode === 200) expect(stampVerificationSchema.parse(res.json())).toEqual(res.json());
  return res;
};
const issue = (who: string, productId: string, body: Record<string, unknown>) => post(who, `/api/products/${productId}/stamp-batches`, body);

async function findProduct(name: string): Promise<Product> {
  const items = (await get('province.qn', `/api/products?q=${encodeURIComponent(name)}&pageSize=50`)).json().items as Product[];
  const p = items.find((x) => x.name === name);
  if (!p) throw new Error(`no product ${name}`);
  return p;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const a of ACCOUNTS) c[a] = await t.login(a);
  products.khatisa = await findProduct('Nước khoáng thiên nhiên Quang Hanh Khatisa');
  products.eggs = await findProduct('Trứng gà tươi');
  products.crackers = await findProduct('Bánh đa gia truyền Tuấn Anh');
  products.ruou = await findProduct('Rượu ba kích đặc sản Quảng Ninh');
});
afterAll(() => t.close());

const lot = (n: number) => ({ lot: `T-${n}`, producedOn: '2026-11-20', bestBefore: '2027-11-20', count: 5 });

describe('issuing a batch', () => {
  it('gives each stamp a unique serial and a token signed with the certificates’ key', async () => {
    const res = await issue('province.qn', products.eggs.id, lot(1));
    expect(res.statusCode).toBe(201);
    const batch = res.json();
    expect(batch).toMatchObject({ productId: products.eggs.id, lot: 'T-1', producedOn: '2026-11-20', bestBefore: '2027-11-20', count: 5, stars: 3 });
    expect(batch.stamps).toHaveLength(5);
    const serials = batch.stamps.map((s: { serial: string }) => s.serial);
    expect(new Set(serials).size).toBe(5);
    for (const s of serials) expect(normaliseSerial(s)).toBe(s);
    const jwks = createLocalJWKSet((await t.app.inject('/api/verify/keys')).json());
    const { payload, protectedHeader } = await compactVerify(batch.stamps[0].token, jwks);
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'ocop-stamp' });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({ v: 1, k: 's', sn: serials[0], n: batch.certificateNumber, l: 'T-1', d: '2026-11-20' });
    // No GTIN: the QR opens the stamp page with its token.
    expect(batch.stamps[0].url).toMatch(new RegExp(`/s/${serials[0]}\\?t=${batch.stamps[0].token.replace(/\./g, '\\.')}$`));
    const audit = await t.database.db.execute(`select count(*)::int as n from audit_events where subject_type = 'stamp_batch' and subject_id = '${batch.id}' and action = 'stamps.issue'`);
    expect(((audit as unknown as { rows?: Array<{ n: number }> }).rows ?? (audit as unknown as Array<{ n: number }>))[0].n).toBe(1);
  });

  it('answers the same batch to the same request, and 409 to other values for the lot', async () => {
    const first = (await issue('province.qn', products.eggs.id, lot(2))).json();
    const again = await issue('province.qn', products.eggs.id, lot(2));
    expect(again.statusCode).toBe(200);
    expect(again.json().stamps.map((s: { serial: string }) => s.serial)).toEqual(first.stamps.map((s: { serial: string }) => s.serial));
    const other = await issue('province.qn', products.eggs.id, { ...lot(2), count: 6 });
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('errors.stamps.lotExists');
  });

  it('lets producers and offices issue in their jurisdiction only', async () => {
    expect((await issue('commune.qn', products.khatisa.id, lot(3))).statusCode).toBe(201); // Quang Hanh
    expect((await issue('commune.qn', products.eggs.id, lot(3))).statusCode).toBe(404); // Cửa Ông
    expect((await issue('province.qng', products.eggs.id, lot(3))).statusCode).toBe(404);
    expect((await issue('producer.qn', products.khatisa.id, lot(3))).statusCode).toBe(404); // not its entity's
    expect((await issue('trade.qn', products.eggs.id, lot(3))).statusCode).toBe(403);
    expect((await issue('central', products.eggs.id, lot(3))).statusCode).toBe(403);
    expect((await post(null, `/api/products/${products.eggs.id}/stamp-batches`, lot(3))).statusCode).toBe(401);
  });

  it('refuses a product without a certificate in force', async () => {
    const own = await issue('producer.qn', products.ruou.id, lot(4));
    expect(own.statusCode).toBe(409);
    expect(own.json().code).toBe('errors.stamps.noCertificate');
    // Recognised in 2018, its certificate expired in 2021.
    expect((await issue('province.qn', products.crackers.id, lot(4))).json().code).toBe('errors.stamps.noCertificate');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const field = async (body: Record<string, unknown>) => {
      const res = await issue('province.qn', products.eggs.id, body);
      expect(res.statusCode).toBe(400);
      return res.json().errors.map((e: { path: string }) => e.path);
    };
    expect(await field({ ...lot(5), lot: 'lô 5' })).toContain('lot');
    expect(await field({ ...lot(5), lot: 'X'.repeat(21) })).toContain('lot');
    expect(await field({ ...lot(5), count: 0 })).toContain('count');
    expect(await field({ ...lot(5), count: 2001 })).toContain('count');
    expect(await field({ ...lot(5), producedOn: '2026-02-30' })).toContain('producedOn');
    expect(await field({ ...lot(5), producedOn: '2026-12-02' })).toContain('producedOn'); // tomorrow
    expect(await field({ ...lot(5), bestBefore: '2026-11-19' })).toContain('bestBefore');
    const list = (await get('province.qn', `/api/products/${products.eggs.id}/stamp-batches`)).json().items;
    expect(list.map((b: { lot: string }) => b.lot)).not.toContain('T-5');
  });

  it('lists, shows, prints and exports batches where the product is', async () => {
    const list = await get('province.qn', `/api/products/${products.eggs.id}/stamp-batches`);
    expect(list.statusCode).toBe(200);
    const batch = list.json().items.find((b: { lot: string }) => b.lot === 'T-1');
    expect(batch).toMatchObject({ count: 5, productName: 'Trứng gà tươi' });
    expect((await get('province.qng', `/api/stamp-batches/${batch.id}`)).statusCode).toBe(404);
    expect((await get('commune.qn', `/api/stamp-batches/${batch.id}`)).statusCode).toBe(404);
    expect((await get(null, `/api/stamp-batches/${batch.id}`)).statusCode).toBe(401);
    const detail = (await get('trade.qn', `/api/stamp-batches/${batch.id}`)).json();
    expect(detail.stamps).toHaveLength(5);

    const pdf = await get('province.qn', `/api/stamp-batches/${batch.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const csv = await get('province.qn', `/api/stamp-batches/${batch.id}/serials.csv`);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('seq,serial,lot,produced_on,best_before,product,gtin,certificate,url,token');
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(detail.stamps.map((s: { serial: string }) => s.serial));
  });
});

describe('checking a stamp', () => {
  let stamp: { serial: string; token: string };
  let certificateId: string;

  beforeAll(async () => {
    const batch = (await issue('province.qn', products.eggs.id, lot(10))).json();
    stamp = batch.stamps[0];
    certificateId = batch.certificateId;
  });

  it('reports a genuine stamp of a certificate in force as valid, with product, producer, lot and dates, without a session', async () => {
    const res = await verify(stamp.serial, `?t=${stamp.token}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'valid',
      signature: 'valid',
      serial: stamp.serial,
      product: { id: products.eggs.id, name: 'Trứng gà tươi', stars: 3 },
      producer: { name: expect.stringContaining('Cẩm Phú') },
      lot: 'T-10',
      producedOn: '2026-11-20',
      bestBefore: '2027-11-20',
      certificate: { number: expect.stringMatching(/^OCOP-22-/), revokedOn: null },
      possiblyCopied: false,
      checkedOn: '2026-12-01',
    });
    // Typed by hand: lower case, hyphens.
    const typed = `${stamp.serial.slice(0, 4)}-${stamp.serial.slice(4, 8)}-${stamp.serial.slice(8)}`.toLowerCase();
    expect((await verify(typed)).json()).toMatchObject({ status: 'valid', signature: 'none', serial: stamp.serial });
  });

  it('never reports a forged serial or token as valid', async () => {
    const forged = makeSerial(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect((await verify(forged)).json()).toMatchObject({ status: 'unknown', product: null });
    expect((await verify('NOT-A-SERIAL')).json()).toMatchObject({ status: 'unknown' });
    const flipped = stamp.serial.slice(0, 11) + (stamp.serial[11] === '0' ? '1' : '0');
    expect((await verify(flipped)).json().status).toBe('unknown');
    // A genuine serial with an altered or foreign token: the QR code was tampered with.
    const [h, p, s] = stamp.token.split('.');
    const altered = `${h}.${p}.${s.slice(0, -2)}${s.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await verify(stamp.serial, `?t=${altered}`)).json()).toMatchObject({ status: 'unknown', signature: 'invalid' });
    const other = (await get('province.qn', `/api/products/${products.eggs.id}/stamp-batches`)).json().items.find((b: { lot: string }) => b.lot === 'T-1');
    const otherToken = (await get('province.qn', `/api/stamp-batches/${other.id}`)).json().stamps[0].token;
    expect((await verify(stamp.serial, `?t=${otherToken}`)).json()).toMatchObject({ status: 'unknown', signature: 'invalid' });
    // A certificate's token is not a stamp's.
    const cert = (await get('province.qn', `/api/certificates/${certificateId}`)).json();
    expect((await verify(stamp.serial, `?t=${cert.token}`)).json().status).toBe('unknown');
  });

  it('shows a revocation on the very next scan', async () => {
    expect((await verify(stamp.serial)).json().status).toBe('valid');
    const cert = (await get('province.qn', `/api/certificates/${certificateId}`)).json();
    const revoked = await post('province.qn', `/api/certificates/${certificateId}/revoke`, { reason: 'Vi phạm an toàn thực phẩm', version: cert.version });
    expect(revoked.statusCode).toBe(200);
    const after = (await verify(stamp.serial)).json();
    expect(after).toMatchObject({ status: 'revoked', certificate: { revokedOn: '2026-12-01', revokedReason: 'Vi phạm an toàn thực phẩm' } });
    // No new stamps for it either.
    expect((await issue('province.qn', products.eggs.id, lot(11))).json().code).toBe('errors.stamps.noCertificate');
  });

  it('reports a stamp as expired once its certificate has run out', async () => {
    const batch = (await issue('province.qn', products.khatisa.id, lot(12))).json();
    const serial = batch.stamps[0].serial;
    const cert = (await get('province.qn', `/api/certificates/${batch.certificateId}`)).json();
    expect((await verify(serial)).json().status).toBe('valid');
    const saved = process.env.OCOP_TODAY;
    try {
      process.env.OCOP_TODAY = cert.validUntil;
      expect((await verify(serial)).json().status).toBe('valid'); // its last valid day
      const [y, m, d] = cert.validUntil.split('-').map(Number);
      process.env.OCOP_TODAY = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
      expect((await verify(serial)).json()).toMatchObject({ status: 'expired', certificate: { validUntil: cert.validUntil } });
    } finally {
      process.env.OCOP_TODAY = saved;
    }
  });

  it('shows the demo stamps of an expired and of a revoked certificate as such', async () => {
    const batches = async (p: Product) => (await get('admin', `/api/products/${p.id}/stamp-batches`)).json().items as Array<{ id: string; lot: string }>;
    const crackers = (await batches(products.crackers))[0];
    const crackerStamp = (await get('admin', `/api/stamp-batches/${crackers.id}`)).json().stamps[0];
    expect((await verify(crackerStamp.serial)).json()).toMatchObject({ status: 'expired', lot: 'BD-2106', certificate: { validUntil: '2021-11-19' } });
    const chicken = (await get('admin', '/api/products?q=ga doi u muoi&pageSize=5')).json().items[0];
    const chickenBatch = (await batches(chicken))[0];
    const chickenStamp = (await get('admin', `/api/stamp-batches/${chickenBatch.id}`)).json().stamps[0];
    expect((await verify(chickenStamp.serial)).json().status).toBe('revoked');
  });

  it('counts scans per stamp and flags one scanned in three provinces as possibly copied', async () => {
    const batch = (await issue('province.qn', products.khatisa.id, lot(13))).json();
    const [a, b] = batch.stamps;
    const scan = (serial: string, province?: string) => verify(serial, province ? `?province=${province}` : '').then((r) => r.json());
    expect(await scan(a.serial, '22')).toMatchObject({ scans: 1, possiblyCopied: false });
    expect(await scan(a.serial, '22')).toMatchObject({ scans: 2, possiblyCopied: false });
    expect(await scan(a.serial, '01')).toMatchObject({ scans: 3, possiblyCopied: false });
    expect(await scan(a.serial, '79')).toMatchObject({ scans: 4, possiblyCopied: true });
    expect(await scan(a.serial)).toMatchObject({ scans: 5, possiblyCopied: true });
    expect(await scan(b.serial, '22')).toMatchObject({ scans: 1, possiblyCopied: false });
    // The counts reach the database (batched) and the batch view.
    await scanLedger(t.database.db).flush();
    const detail = (await get('province.qn', `/api/stamp-batches/${batch.id}`)).json();
    expect(detail).toMatchObject({ scans: 6, scannedStamps: 2 });
    expect(detail.stamps.find((s: { serial: string }) => s.serial === a.serial)).toMatchObject({ scans: 5, possiblyCopied: true });
    expect(detail.stamps.find((s: { serial: string }) => s.serial === b.serial)).toMatchObject({ scans: 1, possiblyCopied: false });
    // A bad province code is a 400, not a scan.
    expect((await verify(a.serial, '?province=2')).statusCode).toBe(400);
  });
});

describe('public pages and GS1 Digital Link', () => {
  it('resolves a GTIN to the product page, a lot to its page, a package to its stamp page', async () => {
    expect(products.khatisa.gtin).toBe('8936000730017');
    const product = await t.app.inject('/01/08936000730017');
    expect(product.statusCode).toBe(307);
    expect(product.headers.location).toBe(`/p/${products.khatisa.id}`);
    expect((await t.app.inject('/01/8936000730017')).headers.location).toBe(`/p/${products.khatisa.id}`);
    const batch = (await issue('province.qn', products.khatisa.id, lot(20))).json();
    const s = batch.stamps[0];
    expect(s.url).toContain(`/01/08936000730017/10/T-20/21/${s.serial}?t=${s.token}`);
    const lotPage = await t.app.inject('/01/08936000730017/10/T-20');
    expect(lotPage.statusCode).toBe(307);
    expect(lotPage.headers.location).toBe(`/lot/${batch.id}`);
    const lotHtml = await t.app.inject(`/lot/${batch.id}`);
    expect(lotHtml.body).toContain('Lô sản xuất T-20');
    expect(lotHtml.body).toContain('Nước khoáng thiên nhiên Quang Hanh Khatisa');
    const pkg = await t.app.inject(new URL(s.url).pathname + new URL(s.url).search);
    expect(pkg.statusCode).toBe(307);
    expect(pkg.headers.location).toBe(`/s/${s.serial}?t=${s.token}`);
    expect((await t.app.inject('/01/8934588012112')).statusCode).toBe(404);
    expect((await t.app.inject('/01/not-a-gtin')).statusCode).toBe(404);
    expect((await t.app.inject('/01/08936000730017/10/NO-SUCH-LOT')).statusCode).toBe(404);
  });

  it('says loudly on the stamp page when a stamp is not valid', async () => {
    const crackers = (await get('admin', `/api/products/${products.crackers.id}/stamp-batches`)).json().items[0];
    const stamp = (await get('admin', `/api/stamp-batches/${crackers.id}`)).json().stamps[0];
    const page = await t.app.inject(`/s/${stamp.serial}?t=${stamp.token}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('data-status="expired"');
    expect(page.body).toContain('Hết hiệu lực');
    expect(page.body).toContain('Bánh đa gia truyền Tuấn Anh');
    expect(page.body).not.toContain('<script');
    const en = await t.app.inject({ url: `/s/${stamp.serial}`, headers: { 'accept-language': 'en' } });
    expect(en.body).toContain('No longer valid');
    const forged = await t.app.inject('/s/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(forged.body).toContain('data-status="unknown"');
    expect(forged.body).toContain('Không xác thực được');
    expect(forged.body).not.toContain('<script>alert');
  });
});
