import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { renderCertificatePdf, NATIONAL_MOTTO, NATIONAL_TITLE } from '../../src/services/documents/certificate-pdf';
import { login } from './evaluation.helpers';
import { pdfText } from '../support/documents';

/** Certificates from the demo rounds: statuses, jurisdiction, revocation, reminders, PDF and QR. */
let t: TestContext;
let c: Record<string, string>;
type Cert = { id: string; number: string; productId: string; productName: string; entityId: string; status: string; stars: number; version: number; daysLeft: number; revokedReason: string | null; provinceCode: string };
let all: Cert[];

const get = (who: string | null, url: string) => t.app.inject({ url, headers: who ? { cookie: c[who] } : {} });
const post = (who: string, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { cookie: c[who] }, payload });

beforeAll(async () => {
  t = await createTestApp();
  c = await login(t, ['province.qn', 'province.qng', 'producer.qn', 'trade.qn', 'council.qn', 'commune.qn', 'central']);
  all = (await get('province.qn', '/api/certificates?pageSize=100')).json().items;
});
afterAll(() => t.close());

const byStatus = (status: string) => all.filter((x) => x.status === status);

describe('certificate statuses and jurisdiction', () => {
  it('lists the demo certificates: valid, expiring soon, superseded and revoked', async () => {
    expect(byStatus('valid').length).toBeGreaterThanOrEqual(2);
    const [expiring] = byStatus('expiring');
    expect(expiring.productName).toBe('Nước khoáng chanh muối Fresh Quang Hanh');
    expect(expiring.daysLeft).toBeGreaterThan(0);
    expect(expiring.daysLeft).toBeLessThanOrEqual(90);
    expect(byStatus('superseded').map((x) => x.productName)).toEqual(['Nước khoáng thiên nhiên Quang Hanh Khatisa']);
    const [revoked] = byStatus('revoked');
    expect(revoked.revokedReason).toMatch(/an toàn thực phẩm/);
    const filtered = (await get('province.qn', '/api/certificates?status=expiring')).json();
    expect(filtered.items.map((x: Cert) => x.id)).toEqual([expiring.id]);
    expect(filtered.expiringSoonDays).toBe(90);
    expect((await get('province.qn', '/api/certificates?status=bogus')).statusCode).toBe(400);
  });

  it('makes "expiring soon" configurable', async () => {
    process.env.CERTIFICATE_EXPIRING_DAYS = '30';
    try {
      const items = (await get('province.qn', '/api/certificates?status=expiring')).json().items as Cert[];
      const expiring = byStatus('expiring')[0];
      expect(items.some((x) => x.id === expiring.id)).toBe(expiring.daysLeft <= 30);
    } finally {
      delete process.env.CERTIFICATE_EXPIRING_DAYS;
    }
  });

  it('shows each role only the certificates of its jurisdiction', async () => {
    expect((await get('province.qng', '/api/certificates')).json().items.every((x: Cert) => x.provinceCode === '51')).toBe(true);
    expect((await get('province.qng', `/api/certificates/${all[0].id}`)).statusCode).toBe(404);
    const me = (await get('producer.qn', '/api/me')).json();
    expect((await get('producer.qn', '/api/certificates')).json().items.every((x: Cert) => x.entityId === me.entityId)).toBe(true);
    expect((await get('council.qn', '/api/certificates')).json().total).toBe(0);
    expect((await get('trade.qn', '/api/certificates')).json().total).toBe(all.length);
    expect((await get(null, '/api/certificates')).statusCode).toBe(401);
  });
});

describe('revocation', () => {
  it('revokes with a reason, once, and takes the product out of the public catalogue', async () => {
    const cert = byStatus('valid').find((x) => x.stars === 3)!;
    expect((await get(null, `/api/products/${cert.productId}`)).json().stars).toBe(3);
    expect((await post('trade.qn', `/api/certificates/${cert.id}/revoke`, { reason: 'x', version: cert.version })).statusCode).toBe(403);
    expect((await post('producer.qn', `/api/certificates/${cert.id}/revoke`, { reason: 'x', version: cert.version })).statusCode).toBe(404);
    expect((await post('province.qng', `/api/certificates/${cert.id}/revoke`, { reason: 'x', version: cert.version })).statusCode).toBe(404);
    expect((await post('province.qn', `/api/certificates/${cert.id}/revoke`, { reason: ' ', version: cert.version })).statusCode).toBe(400);
    expect((await post('province.qn', `/api/certificates/${cert.id}/revoke`, { reason: 'x', version: cert.version + 1 })).statusCode).toBe(409);
    const res = await post('province.qn', `/api/certificates/${cert.id}/revoke`, { reason: 'Sử dụng nhãn OCOP trên sản phẩm chưa được công nhận', version: cert.version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'revoked', revokedReason: 'Sử dụng nhãn OCOP trên sản phẩm chưa được công nhận' });
    const again = await post('province.qn', `/api/certificates/${cert.id}/revoke`, { reason: 'x', version: res.json().version });
    expect(again.statusCode).toBe(409);
    // Public catalogue: gone; officers still see the product, with its star history.
    expect((await get(null, `/api/products/${cert.productId}`)).statusCode).toBe(404);
    const officer = (await get('province.qn', `/api/products/${cert.productId}`)).json();
    expect(officer.stars).toBeNull();
    expect(officer.starHistory.length).toBeGreaterThan(0);
    const audit = (await get('province.qn', `/api/certificates/${cert.id}/audit`)).json().items.map((e: { action: string }) => e.action);
    expect(audit).toContain('certificate.revoke');
  });

  it('refuses to revoke a superseded certificate', async () => {
    const old = byStatus('superseded')[0];
    expect((await post('province.qn', `/api/certificates/${old.id}/revoke`, { reason: 'x', version: old.version })).statusCode).toBe(409);
  });
});

describe('expiry reminders', () => {
  it('raises each reminder once, in the office\'s jurisdiction', async () => {
    expect((await post('trade.qn', '/api/certificates/reminders')).statusCode).toBe(403);
    const first = (await post('province.qn', '/api/certificates/reminders')).json().items;
    expect(first).toEqual([expect.objectContaining({ productName: 'Nước khoáng chanh muối Fresh Quang Hanh', kind: expect.stringMatching(/^\d+d$/) })]);
    expect((await post('province.qn', '/api/certificates/reminders')).json().items).toEqual([]);
    expect((await post('province.qng', '/api/certificates/reminders')).json().items).toEqual([]);
  });
});

describe('printable certificate and QR code', () => {
  it('serves a PDF', async () => {
    const cert = byStatus('valid')[0];
    const res = await get('province.qn', `/api/certificates/${cert.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(cert.number);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(20_000);
    expect((await get('province.qng', `/api/certificates/${cert.id}/pdf`)).statusCode).toBe(404);
    expect((await get('producer.qn', `/api/certificates/${cert.id}/pdf`)).statusCode).toBe(cert.entityId === (await get('producer.qn', '/api/me')).json().entityId ? 200 : 404);
  });

  it('prints the administrative layout with correct Vietnamese diacritics', async () => {
    const pdf = await renderCertificatePdf({
      number: 'OCOP-22-2026-000007',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh',
      level: 'province',
      unitName: 'Phường Quang Hanh, tỉnh Quảng Ninh',
      decisionNumber: '2875/QĐ-UBND',
      decisionDate: '2026-09-29',
      issuedOn: '2026-09-29',
      validUntil: '2029-09-28',
      productName: 'Rượu ba kích đặc sản Quảng Ninh',
      entityName: 'Hộ kinh doanh Hàng Văn Quý',
      stars: 4,
      verifyUrl: 'https://ocop.example/v/token',
      status: 'valid',
      compress: false,
    });
    const text = pdfText(pdf);
    for (const line of [
      NATIONAL_TITLE, // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      NATIONAL_MOTTO, // Độc lập - Tự do - Hạnh phúc
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NINH',
      'Số: OCOP-22-2026-000007',
      'Quảng Ninh, ngày 29 tháng 09 năm 2026',
      'GIẤY CHỨNG NHẬN',
      'Rượu ba kích đặc sản Quảng Ninh',
      'Hộ kinh doanh Hàng Văn Quý',
      'Đạt hạng: 4 sao',
      'từ ngày 29/09/2026 đến hết ngày 28/09/2029',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('?');
    expect(pdf.toString('latin1')).toMatch(/DejaVuSerif/);
  });

  it('draws the QR code for stamps, pointing at the verification page', async () => {
    const cert = byStatus('valid')[0];
    const res = await get('province.qn', `/api/certificates/${cert.id}/qr.svg`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.body).toMatch(/^<svg/);
    const detail = (await get('province.qn', `/api/certificates/${cert.id}`)).json();
    expect(detail.verifyPath).toBe(`/v/${detail.token}`);
  });
});
