import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

/** Trade promotion (SPEC C6): jurisdiction, the 3★ rule, version conflicts, idempotent creation. */

let t: TestContext;
const cookies: Record<string, string> = {};
let certifiedQn: { id: string; name: string };
let certifiedQn2: { id: string; name: string };
let uncertified: { id: string; name: string };

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['admin', 'trade.qn', 'province.qn', 'province.qng', 'commune.qn', 'producer.qn', 'central']) cookies[u] = await t.login(u);
  const certs = (await t.app.inject({ url: '/api/certificates?status=valid&pageSize=200', headers: { cookie: cookies.admin } })).json().items as Array<{
    productId: string; productName: string; stars: number; provinceCode: string;
  }>;
  const [qn, other] = certs.filter((c) => c.provinceCode === '22' && c.stars >= 3);
  certifiedQn = { id: qn.productId, name: qn.productName };
  certifiedQn2 = { id: other.productId, name: other.productName };
  const unrated = (await t.app.inject({ url: '/api/products?stars=0&pageSize=5', headers: { cookie: cookies['province.qn'] } })).json().items;
  uncertified = { id: unrated[0].id, name: unrated[0].name };
});
afterAll(() => t.close());

const fair = (productIds: string[], extra: Record<string, unknown> = {}) => ({
  name: 'Hội chợ OCOP Quảng Ninh - Đông 2026',
  organiser: 'Sở Công Thương Quảng Ninh',
  startsOn: '2026-12-10',
  endsOn: '2026-12-14',
  place: 'Cung Quy hoạch, Hội chợ và Triển lãm tỉnh',
  level: 'provincial',
  booths: 250,
  visitors: 40000,
  salesVnd: 8_500_000_000,
  unitCode: '22',
  productIds,
  ...extra,
});

function send(method: 'POST' | 'PATCH' | 'GET', url: string, user: string | null, payload?: object, lang = 'vi') {
  const headers: Record<string, string> = { 'accept-language': lang };
  if (user) headers.cookie = cookies[user];
  return t.app.inject({ method, url, headers, payload });
}

describe('fairs', () => {
  it('the trade officer records a fair with certified products; it is audited and listed', async () => {
    const res = await send('POST', '/api/fairs', 'trade.qn', fair([certifiedQn.id, certifiedQn2.id]));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ version: 1, provinceCode: '22', level: 'provincial', booths: 250, actions: ['update', 'audit'] });
    expect(body.products.map((p: { id: string }) => p.id)).toEqual([certifiedQn.id, certifiedQn2.id]);
    expect(body.products[0].stars).toBeGreaterThanOrEqual(3);
    expect(body.entities.length).toBeGreaterThanOrEqual(1);
    const audit = (await send('GET', `/api/fairs/${body.id}/audit`, 'trade.qn')).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', subjectType: 'fair' });
    const list = (await send('GET', '/api/fairs?year=2026&level=provincial&q=dong 2026', 'trade.qn')).json();
    expect(list.items.map((f: { id: string }) => f.id)).toContain(body.id);
    expect(list.total).toBe(list.items.length);
    const byProduct = (await send('GET', `/api/fairs?productId=${certifiedQn2.id}`, 'province.qn')).json();
    expect(byProduct.items.map((f: { id: string }) => f.id)).toContain(body.id);
  });

  it('refuses a product without a valid 3★ certificate, naming it, and writes nothing', async () => {
    const before = (await send('GET', '/api/fairs?pageSize=200', 'admin')).json().total;
    const res = await send('POST', '/api/fairs', 'trade.qn', fair([certifiedQn.id, uncertified.id]));
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'productIds.1', code: 'errors.trade.productNotCertified' })]);
    expect(problem.errors[0].message).toContain(uncertified.name);
    const en = await send('POST', '/api/fairs', 'trade.qn', fair([uncertified.id]), 'en');
    expect(en.json().errors[0].message).toContain('has no valid OCOP certificate of 3★ or more');
    expect((await send('GET', '/api/fairs?pageSize=200', 'admin')).json().total).toBe(before);
  });

  it('answers 400 naming the field on bad input, never 500', async () => {
    const res = await send('POST', '/api/fairs', 'trade.qn', fair([], { endsOn: '2026-12-01', level: 'galactic' }));
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('level');
    const order = await send('POST', '/api/fairs', 'trade.qn', fair([], { endsOn: '2026-12-01' }));
    expect(order.statusCode).toBe(400);
    expect(order.json().errors.map((e: { path: string }) => e.path)).toEqual(['endsOn']);
  });

  it('keeps to the jurisdiction: another province answers 404, a commune officer 403, no session 401', async () => {
    const { id } = (await send('POST', '/api/fairs', 'trade.qn', fair([], { unitCode: '06778', name: 'Phiên chợ OCOP Quang Hanh' }))).json();
    expect((await send('GET', `/api/fairs/${id}`, 'province.qng')).statusCode).toBe(404);
    expect((await send('PATCH', `/api/fairs/${id}`, 'province.qng', { version: 1, booths: 3 })).statusCode).toBe(404);
    expect((await send('GET', `/api/fairs/${id}`, 'commune.qn')).statusCode).toBe(200);
    expect((await send('PATCH', `/api/fairs/${id}`, 'commune.qn', { version: 1, booths: 3 })).statusCode).toBe(403);
    expect((await send('GET', `/api/fairs/${id}`, 'producer.qn')).statusCode).toBe(404);
    expect((await send('GET', `/api/fairs/${id}`, null)).statusCode).toBe(401);
    expect((await send('GET', `/api/fairs/${id}`, 'central')).json().actions).toEqual(['audit']);
    // recording in another province is refused on the place
    const elsewhere = await send('POST', '/api/fairs', 'trade.qn', fair([], { unitCode: '51' }));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors[0]).toMatchObject({ path: 'unitCode', code: 'errors.unit.outOfScope' });
    expect((await send('POST', '/api/fairs', 'commune.qn', fair([]))).statusCode).toBe(403);
    expect((await send('GET', '/api/fairs', 'province.qng')).json().items.some((f: { id: string }) => f.id === id)).toBe(false);
  });

  it('edits with the version read; a stale version answers 409 and changes nothing', async () => {
    const { id } = (await send('POST', '/api/fairs', 'province.qn', fair([certifiedQn.id], { name: 'Tuần hàng OCOP Hạ Long' }))).json();
    const ok = await send('PATCH', `/api/fairs/${id}`, 'trade.qn', { version: 1, visitors: 51000, productIds: [certifiedQn.id, certifiedQn2.id] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, visitors: 51000, name: 'Tuần hàng OCOP Hạ Long' });
    const stale = await send('PATCH', `/api/fairs/${id}`, 'trade.qn', { version: 1, visitors: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await send('GET', `/api/fairs/${id}`, 'trade.qn')).json().visitors).toBe(51000);
    const bad = await send('PATCH', `/api/fairs/${id}`, 'trade.qn', { version: 2, productIds: [certifiedQn.id, uncertified.id] });
    expect(bad.statusCode).toBe(400);
    const audit = (await send('GET', `/api/fairs/${id}/audit`, 'trade.qn')).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['create', 'update']));
    expect(audit.find((a: { action: string }) => a.action === 'update').changes.visitors).toEqual({ from: 40000, to: 51000 });
  });

  it('a retried creation with the same request id returns the first record', async () => {
    const body = fair([], { name: 'Hội chợ thử lặp', requestId: 'fair-retry-1' });
    const first = await send('POST', '/api/fairs', 'trade.qn', body);
    const again = await send('POST', '/api/fairs', 'trade.qn', body);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const list = (await send('GET', '/api/fairs?q=thu lap', 'trade.qn')).json();
    expect(list.total).toBe(1);
  });
});

describe('sales points, contracts, listings and gift combos', () => {
  it('records a state-supported sales point with coordinates and filters by funding', async () => {
    const res = await send('POST', '/api/sales-points', 'trade.qn', {
      name: 'Điểm bán sản phẩm OCOP Quang Hanh', address: 'Tổ 5, phường Quang Hanh', unitCode: '06778', latitude: 21.0101, longitude: 107.2312,
      funding: 'state', openedOn: '2024-05-01', productIds: [certifiedQn.id],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ funding: 'state', status: 'open', kind: 'point', latitude: 21.0101, unitName: 'Phường Quang Hanh' });
    const state = (await send('GET', '/api/sales-points?funding=state', 'trade.qn')).json();
    expect(state.items.every((s: { funding: string }) => s.funding === 'state')).toBe(true);
    expect((await send('GET', '/api/sales-points?funding=private&q=quang hanh', 'trade.qn')).json().items).toHaveLength(0);
    const bad = await send('POST', '/api/sales-points', 'trade.qn', { name: 'X', address: 'Y', unitCode: '22', funding: 'state', latitude: 95 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('latitude');
  });

  it('records a contract and refuses an uncertified product in it', async () => {
    const ok = await send('POST', '/api/contracts', 'trade.qn', {
      title: 'Hợp đồng tiêu thụ với hệ thống siêu thị', parties: ['Công ty CP Bia - Rượu - NGK Quảng Ninh', 'Siêu thị Big C Hạ Long'],
      valueVnd: 1_200_000_000, signedOn: '2026-03-02', unitCode: '22', productIds: [certifiedQn.id],
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ kind: 'contract', status: 'signed', valueVnd: 1_200_000_000 });
    const refused = await send('POST', '/api/contracts', 'trade.qn', { title: 'HĐ', parties: ['A'], unitCode: '22', productIds: [uncertified.id] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].message).toContain(uncertified.name);
    const stale = await send('PATCH', `/api/contracts/${ok.json().id}`, 'trade.qn', { version: 7, status: 'completed' });
    expect(stale.statusCode).toBe(409);
  });

  it("lists a product on an e-commerce platform in the product's own place", async () => {
    const ok = await send('POST', '/api/listings', 'trade.qn', { platform: 'shopee', url: 'https://shopee.vn/ocop-quangninh', productId: certifiedQn.id, priceVnd: 250000 });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ platform: 'shopee', provinceCode: '22', product: { id: certifiedQn.id } });
    // the Quảng Ngãi office cannot list a Quảng Ninh product
    const outside = await send('POST', '/api/listings', 'province.qng', { platform: 'tiki', url: 'https://tiki.vn/x', productId: certifiedQn2.id });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0]).toMatchObject({ path: 'productId', code: 'errors.unit.outOfScope' });
    const script = await send('POST', '/api/listings', 'trade.qn', { platform: 'tiki', url: 'javascript:alert(1)', productId: certifiedQn.id });
    expect(script.statusCode).toBe(400);
    const uncert = await send('POST', '/api/listings', 'trade.qn', { platform: 'tiki', url: 'https://tiki.vn/y', productId: uncertified.id });
    expect(uncert.json().errors[0]).toMatchObject({ path: 'productId', code: 'errors.trade.productNotCertified' });
  });

  it('records a gift combo and exports the list to Excel', async () => {
    const ok = await send('POST', '/api/gift-combos', 'province.qn', { name: 'Combo quà Tết Hạ Long', occasion: 'tet', priceVnd: 650000, unitCode: '22', productIds: [certifiedQn.id] });
    expect(ok.statusCode).toBe(201);
    const empty = await send('POST', '/api/gift-combos', 'province.qn', { name: 'Combo rỗng', occasion: 'tet', unitCode: '22', productIds: [] });
    expect(empty.statusCode).toBe(400);
    const xlsx = await send('GET', '/api/gift-combos/export.xlsx?occasion=tet', 'province.qn');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('demo data (seed 004)', () => {
  it("holds Quảng Ngãi's 2022 fairs and its 10 sales points, 6 state-supported and 4 private", async () => {
    const fairs = (await send('GET', '/api/fairs?year=2022', 'province.qng')).json();
    expect(fairs.total).toBe(4);
    const provincial = fairs.items.find((f: { level: string }) => f.level === 'provincial');
    expect(provincial).toMatchObject({ booths: 830, visitors: 201_000, salesVnd: 21_300_000_000 });
    expect((await send('GET', '/api/sales-points?funding=state', 'province.qng')).json().total).toBe(6);
    expect((await send('GET', '/api/sales-points?funding=private', 'province.qng')).json().total).toBe(4);
    expect((await send('GET', '/api/gift-combos?occasion=tet', 'province.qng')).json().total).toBe(1);
    expect((await send('GET', '/api/listings', 'trade.qn')).json().total).toBeGreaterThanOrEqual(3);
  });
});
