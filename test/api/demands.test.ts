import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { and, eq } from 'drizzle-orm';
import { tradeProducts } from '../../src/db/repositories/trade.repository';
import { auditEvents } from '../../src/db/schema/audit';

/** Buyers' demand: registration and approval, demands, matches, offers, notifications. */

let t: TestContext;
const cookies: Record<string, string> = {};
let product: { id: string; name: string; groupCode: string; subgroupCode: string };

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['admin', 'trade.qn', 'province.qn', 'province.qng', 'producer.qn', 'commune.qn']) cookies[u] = await t.login(u);
  // a Quảng Ninh product holding a valid 3★+ certificate, and an account for its producer
  const certs = (await t.app.inject({ url: '/api/certificates?status=valid&pageSize=200', headers: { cookie: cookies.admin } })).json().items;
  const cert = certs.find((c: { provinceCode: string; stars: number }) => c.provinceCode === '22' && c.stars >= 3);
  const p = (await t.app.inject({ url: `/api/products/${cert.productId}`, headers: { cookie: cookies.admin } })).json();
  const held = await tradeProducts(t.database.db, [p.id], '2026-12-01');
  expect(held[0].certifiedStars).toBeGreaterThanOrEqual(3);
  const account = await t.app.inject({
    method: 'POST', url: '/api/users', headers: { cookie: cookies.admin },
    payload: { username: 'producer.match', displayName: 'Đại diện chủ thể', password: 'ocop2026', role: 'producer', unitCode: p.unitCode, entityId: p.entityId },
  });
  expect(account.statusCode).toBe(201);
  cookies['producer.qn'] = await t.login('producer.match');
  product = { id: p.id, name: p.name, groupCode: p.groupCode, subgroupCode: p.subgroupCode };
});
afterAll(() => t.close());

const registration = {
  email: 'Mua.Hang@SieuThiHaLong.vn', password: 'sieuthi2026', organisation: 'Siêu thị Hạ Long Xanh', contactName: 'Phạm Minh Anh',
  kind: 'supermarket', provinceCode: '22', phone: '0203 3800 800',
};

function send(method: 'POST' | 'PATCH' | 'GET', url: string, cookie: string | null, payload?: object) {
  return t.app.inject({ method, url, headers: cookie ? { cookie } : {}, payload });
}

describe("buyers' demand", () => {
  let buyerCookie: string;
  let demandId: string;

  it('a buyer registers, cannot sign in until the provincial office approves it', async () => {
    const res = await send('POST', '/api/buyers/register', null, registration);
    expect(res.statusCode).toBe(201);
    expect((await send('POST', '/api/buyers/register', null, registration)).statusCode).toBe(409);
    const login = await send('POST', '/api/auth/login', null, { username: 'mua.hang@sieuthihalong.vn', password: 'sieuthi2026' });
    expect(login.statusCode).toBe(401);
    const pending = (await send('GET', '/api/buyers?status=pending', cookies['province.qn'])).json().items;
    const buyer = pending.find((b: { email: string }) => b.email === 'mua.hang@sieuthihalong.vn');
    expect(buyer).toMatchObject({ status: 'pending', actions: ['approve', 'reject'], organisation: 'Siêu thị Hạ Long Xanh' });
    // the other province's office does not see it; the trade officer sees it but does not approve
    expect((await send('POST', `/api/buyers/${buyer.id}/approve`, cookies['province.qng'], { version: 1 })).statusCode).toBe(404);
    expect((await send('POST', `/api/buyers/${buyer.id}/approve`, cookies['trade.qn'], { version: 1 })).statusCode).toBe(403);
    const notes = (await send('GET', '/api/notifications', cookies['province.qn'])).json().items;
    expect(notes.some((n: { itemId: string }) => n.itemId === buyer.id)).toBe(true);
    const approved = await send('POST', `/api/buyers/${buyer.id}/approve`, cookies['province.qn'], { version: 1 });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('approved');
    expect((await send('POST', `/api/buyers/${buyer.id}/approve`, cookies['province.qn'], { version: 2 })).statusCode).toBe(403);
    buyerCookie = await t.login('mua.hang@sieuthihalong.vn', 'sieuthi2026');
    const me = (await send('GET', '/api/me', buyerCookie)).json();
    expect(me.role).toBe('buyer');
    expect(me.capabilities).toEqual(['demands.read', 'demands.create']);
    // a buyer reads no programme records
    expect((await send('GET', '/api/entities', buyerCookie)).json().total).toBe(0);
  });

  it('the provincial office rejects a registration: the account never signs in', async () => {
    const reg = { ...registration, email: 'gia.mao@example.vn', organisation: 'Công ty không rõ' };
    expect((await send('POST', '/api/buyers/register', null, reg)).statusCode).toBe(201);
    const pending = (await send('GET', '/api/buyers?status=pending', cookies['province.qn'])).json().items;
    const buyer = pending.find((b: { email: string }) => b.email === 'gia.mao@example.vn');
    expect((await send('POST', `/api/buyers/${buyer.id}/reject`, cookies['trade.qn'], { version: 1 })).statusCode).toBe(403);
    expect((await send('POST', `/api/buyers/${buyer.id}/reject`, cookies['province.qng'], { version: 1 })).statusCode).toBe(404);
    expect((await send('POST', `/api/buyers/${buyer.id}/reject`, cookies['province.qn'], { version: 7 })).statusCode).toBe(409);
    const rejected = await send('POST', `/api/buyers/${buyer.id}/reject`, cookies['province.qn'], { version: 1 });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', actions: [] });
    // neither approved afterwards nor able to sign in
    expect((await send('POST', `/api/buyers/${buyer.id}/approve`, cookies['province.qn'], { version: 2 })).statusCode).toBe(403);
    expect((await send('POST', '/api/auth/login', null, { username: 'gia.mao@example.vn', password: reg.password })).statusCode).toBe(401);
    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.subjectType, 'buyer'), eq(auditEvents.subjectId, buyer.id)));
    expect(audit.map((a) => a.action)).toEqual(['register', 'reject']);
  });

  it('an officer creates a buyer account on its behalf, approved at once', async () => {
    const res = await send('POST', '/api/buyers', cookies['trade.qn'], { ...registration, email: 'thu.mua@bigc.vn', organisation: 'Big C Hạ Long' });
    expect(res.statusCode).toBe(201);
    expect(res.json().status).toBe('approved');
    const outside = await send('POST', '/api/buyers', cookies['trade.qn'], { ...registration, email: 'x@y.vn', provinceCode: '51' });
    expect(outside.statusCode).toBe(400);
    expect((await send('POST', '/api/buyers', cookies['producer.qn'], { ...registration, email: 'z@y.vn' })).statusCode).toBe(403);
  });

  it('the buyer posts a demand; matches are ranked and the producers of the best are notified', async () => {
    const res = await send('POST', '/api/demands', buyerCookie, {
      title: 'Cần mua sản phẩm OCOP cho quầy đặc sản', groupCode: product.groupCode, subgroupCode: product.subgroupCode, quantity: 500, quantityUnit: 'chai',
      deliveryProvinceCode: '22', certifications: ['HACCP'], requestId: 'demand-1',
    });
    expect(res.statusCode, res.body).toBe(201);
    demandId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'open', provinceCode: '22', buyerName: 'Siêu thị Hạ Long Xanh', offers: [] });
    const again = await send('POST', '/api/demands', buyerCookie, { title: 'Cần mua sản phẩm OCOP cho quầy đặc sản', deliveryProvinceCode: '22', requestId: 'demand-1' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(demandId);
    const matches = (await send('GET', `/api/demands/${demandId}/matches`, buyerCookie)).json().items;
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.map((m: { productId: string }) => m.productId)).toContain(product.id);
    const scores = matches.map((m: { score: number }) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(matches.every((m: { stars: number; groupCode: string }) => m.stars >= 3 && m.groupCode === product.groupCode)).toBe(true);
    const notes = (await send('GET', '/api/notifications', cookies['producer.qn'])).json().items;
    expect(notes.some((n: { itemId: string; itemType: string }) => n.itemId === demandId && n.itemType === 'demand')).toBe(true);
  });

  it("the trade officer posts a demand on a buyer's behalf, delivered in its own province only", async () => {
    const bigC = (await send('GET', '/api/buyers?q=big%20c', cookies['trade.qn'])).json().items[0];
    expect(bigC).toMatchObject({ organisation: 'Big C Hạ Long', status: 'approved' });
    const body = { title: 'Cần mua chả mực cho Tết', buyerId: bigC.id, quantity: 200, quantityUnit: 'kg', deliveryProvinceCode: '22' };
    const res = await send('POST', '/api/demands', cookies['trade.qn'], body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ buyerId: bigC.id, buyerName: 'Big C Hạ Long', provinceCode: '22' });
    const outside = await send('POST', '/api/demands', cookies['trade.qn'], { ...body, deliveryProvinceCode: '51' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toBe('deliveryProvinceCode');
    // without naming the buyer: 400 on buyerId; commune officers do not post demands
    expect((await send('POST', '/api/demands', cookies['trade.qn'], { ...body, buyerId: undefined })).json().errors[0].path).toBe('buyerId');
    expect((await send('POST', '/api/demands', cookies['commune.qn'], body)).statusCode).toBe(403);
  });

  it('the producer sees the demand, answers with an offer; buyer and officer see it', async () => {
    const list = (await send('GET', '/api/demands', cookies['producer.qn'])).json();
    expect(list.items.map((d: { id: string }) => d.id)).toContain(demandId);
    const demand = (await send('GET', `/api/demands/${demandId}`, cookies['producer.qn'])).json();
    expect(demand.actions).toContain('offer');
    const offer = await send('POST', `/api/demands/${demandId}/offers`, cookies['producer.qn'], { productId: product.id, quantity: 500, quantityUnit: 'chai', priceVnd: 180000, deliveryBy: '2026-12-20' });
    expect(offer.statusCode).toBe(201);
    expect(offer.json()).toMatchObject({ productName: product.name, priceVnd: 180000 });
    expect((await send('POST', `/api/demands/${demandId}/offers`, cookies['producer.qn'], { productId: product.id })).statusCode).toBe(409);
    const seen = (await send('GET', `/api/demands/${demandId}`, buyerCookie)).json();
    expect(seen.offers).toHaveLength(1);
    expect((await send('GET', `/api/demands/${demandId}`, cookies['trade.qn'])).json().offers).toHaveLength(1);
    expect((await send('GET', `/api/demands/${demandId}`, cookies['province.qng'])).statusCode).toBe(404);
    expect((await send('GET', `/api/demands/${demandId}`, cookies['commune.qn'])).statusCode).toBe(404);
    expect((await send('POST', `/api/demands/${demandId}/offers`, buyerCookie, { productId: product.id })).statusCode).toBe(403);
    const buyerNotes = (await send('GET', '/api/notifications', buyerCookie)).json().items;
    expect(buyerNotes.some((n: { action: string }) => n.action === 'offered')).toBe(true);
  });

  it('the buyer closes the demand with the version read; a stale one answers 409', async () => {
    expect((await send('PATCH', `/api/demands/${demandId}`, buyerCookie, { status: 'closed', version: 9 })).statusCode).toBe(409);
    const closed = await send('PATCH', `/api/demands/${demandId}`, buyerCookie, { status: 'closed', version: 1 });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect((await send('PATCH', `/api/demands/${demandId}`, cookies['trade.qn'], { status: 'open', version: 2 })).statusCode).toBe(403);
    const audit = (await send('GET', `/api/demands/${demandId}/audit`, buyerCookie)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['create', 'offer', 'update']));
  });
});
