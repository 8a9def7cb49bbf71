import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { DEMO_COUNCIL_MEMBERS } from '../../src/seed/demo-evaluation';

/**
 * Every demo role against records inside and outside its jurisdiction, through the API:
 * 200 where allowed, 403 where visible but not changeable, 404 where out of scope, 401
 * without a session. The records are unrated products (not in the public catalogue) and
 * their entities, in Quang Hanh (the producer's own entity), Cửa Ông (same province) and
 * Quảng Ngãi (another province).
 */
let t: TestContext;
const cookies: Record<string, string> = {};
const ids: Record<'inside' | 'neighbour' | 'outside', { product: string; entity: string }> = {} as never;
let admin: string;

const ACCOUNTS = ['admin', 'central', 'province.qn', 'province.qng', 'commune.qn', 'council.qn', 'producer.qn', 'trade.qn', 'district.campha'];

beforeAll(async () => {
  t = await createTestApp();
  for (const a of ACCOUNTS) cookies[a] = await t.login(a);
  admin = cookies.admin;
  const producerEntity = (await t.app.inject({ url: '/api/me', headers: { cookie: cookies['producer.qn'] } })).json().entityId;
  const makeEntity = async (name: string, unitCode: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/entities', headers: { cookie: admin }, payload: { type: 'household', name, representative: 'Lê Văn A', address: 'x', unitCode } })).json().id as string;
  const makeProduct = async (entityId: string, name: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/products', headers: { cookie: admin }, payload: { entityId, name, groupCode: '1', subgroupCode: '1.3' } })).json().id as string;
  const neighbourEntity = await makeEntity('Hộ Cửa Ông', '06781');
  const outsideEntity = await makeEntity('Hộ Quảng Ngãi', '21025');
  ids.inside = { entity: producerEntity, product: await makeProduct(producerEntity, 'Sản phẩm trong phạm vi') };
  ids.neighbour = { entity: neighbourEntity, product: await makeProduct(neighbourEntity, 'Sản phẩm phường bên') };
  ids.outside = { entity: outsideEntity, product: await makeProduct(outsideEntity, 'Sản phẩm tỉnh khác') };
});
afterAll(() => t.close());

type Where = 'inside' | 'neighbour' | 'outside';
type Expect3 = [number, number, number];
// account → [GET product, PATCH product, GET entity] × [inside, neighbour, outside]
const matrix: Record<string, { getProduct: Expect3; patchProduct: Expect3; getEntity: Expect3 }> = {
  admin: { getProduct: [200, 200, 200], patchProduct: [200, 200, 200], getEntity: [200, 200, 200] },
  central: { getProduct: [200, 200, 200], patchProduct: [403, 403, 403], getEntity: [200, 200, 200] },
  'province.qn': { getProduct: [200, 200, 404], patchProduct: [200, 200, 404], getEntity: [200, 200, 404] },
  'province.qng': { getProduct: [404, 404, 200], patchProduct: [404, 404, 200], getEntity: [404, 404, 200] },
  'commune.qn': { getProduct: [200, 404, 404], patchProduct: [200, 404, 404], getEntity: [200, 404, 404] },
  'council.qn': { getProduct: [404, 404, 404], patchProduct: [404, 404, 404], getEntity: [404, 404, 404] },
  'producer.qn': { getProduct: [200, 404, 404], patchProduct: [200, 404, 404], getEntity: [200, 404, 404] },
  'trade.qn': { getProduct: [200, 200, 404], patchProduct: [403, 403, 404], getEntity: [200, 200, 404] },
  // the legacy Cẩm Phả district's area holds both test communes (read-only history)
  'district.campha': { getProduct: [200, 200, 404], patchProduct: [403, 403, 404], getEntity: [200, 200, 404] },
};
const WHERE: Where[] = ['inside', 'neighbour', 'outside'];

describe('authorisation matrix through the API', () => {
  for (const [account, expected] of Object.entries(matrix)) {
    it(`${account}`, async () => {
      const cookie = cookies[account];
      const got = { getProduct: [] as number[], patchProduct: [] as number[], getEntity: [] as number[] };
      for (const where of WHERE) {
        got.getProduct.push((await t.app.inject({ url: `/api/products/${ids[where].product}`, headers: { cookie } })).statusCode);
        const version = (await t.app.inject({ url: `/api/products/${ids[where].product}`, headers: { cookie: admin } })).json().version;
        got.patchProduct.push(
          (await t.app.inject({ method: 'PATCH', url: `/api/products/${ids[where].product}`, headers: { cookie }, payload: { packaging: `by ${account}`, version } })).statusCode,
        );
        got.getEntity.push((await t.app.inject({ url: `/api/entities/${ids[where].entity}`, headers: { cookie } })).statusCode);
      }
      expect(got).toEqual(expected);
    });
  }

  it('covers every demo account', () => {
    expect(Object.keys(matrix).sort()).toEqual([...ACCOUNTS].sort());
  });

  it('answers 401 without a session and 404 for unrated products', async () => {
    for (const where of WHERE) {
      expect((await t.app.inject(`/api/entities/${ids[where].entity}`)).statusCode).toBe(401);
      expect((await t.app.inject(`/api/products/${ids[where].product}`)).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'PATCH', url: `/api/products/${ids[where].product}`, payload: { version: 1 } })).statusCode).toBe(401);
    }
    expect((await t.app.inject('/api/entities')).statusCode).toBe(401);
    expect((await t.app.inject('/api/dashboard')).statusCode).toBe(401);
  });

  it('filters lists to the jurisdiction', async () => {
    const list = async (account: string) =>
      (await t.app.inject({ url: '/api/entities?pageSize=200', headers: { cookie: cookies[account] } })).json().items as Array<{ provinceCode: string; unitCode: string; id: string }>;
    expect((await list('province.qn')).every((e) => e.provinceCode === '22')).toBe(true);
    expect((await list('province.qng')).every((e) => e.provinceCode === '51')).toBe(true);
    expect((await list('commune.qn')).every((e) => e.unitCode === '06778')).toBe(true);
    expect((await list('producer.qn')).map((e) => e.id)).toEqual([ids.inside.entity]);
    expect(await list('council.qn')).toEqual([]);
    const all = await list('central');
    expect(new Set(all.map((e) => e.provinceCode))).toEqual(new Set(['22', '51', '40']));
  });

  it('shows council members only the products of the rounds they sit on', async () => {
    const list = async (account: string) =>
      (await t.app.inject({ url: '/api/products?pageSize=200', headers: { cookie: cookies[account] } })).json().items as Array<{ id: string; name: string }>;
    const rounds = (await t.app.inject({ url: '/api/evaluation-rounds?pageSize=100', headers: { cookie: cookies['council.qn'] } })).json().items as Array<{ id: string }>;
    const roundProducts = new Set<string>();
    for (const r of rounds) {
      const detail = (await t.app.inject({ url: `/api/evaluation-rounds/${r.id}`, headers: { cookie: cookies['council.qn'] } })).json();
      for (const p of detail.products) roundProducts.add(p.productId);
    }
    const seen = await list('council.qn');
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((p) => p.id))).toEqual(roundProducts);
    expect(seen.map((p) => p.id)).not.toContain(ids.inside.product);
    // …and can open each of them, rated or not
    for (const id of roundProducts) {
      expect((await t.app.inject({ url: `/api/products/${id}`, headers: { cookie: cookies['council.qn'] } })).statusCode).toBe(200);
    }
    // Another province's office sees none of Quảng Ninh's rounds.
    expect((await t.app.inject({ url: `/api/evaluation-rounds/${rounds[0].id}`, headers: { cookie: cookies['province.qng'] } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/evaluation-rounds/${rounds[0].id}`, headers: { cookie: cookies['producer.qn'] } })).statusCode).toBe(404);
  });

  it('keeps user administration to administrators', async () => {
    expect((await t.app.inject({ url: '/api/users', headers: { cookie: cookies['province.qn'] } })).statusCode).toBe(403);
    // The demo evaluation round adds four more council members (src/seed/demo-evaluation.ts).
    expect((await t.app.inject({ url: '/api/users', headers: { cookie: admin } })).json().total).toBe(ACCOUNTS.length + DEMO_COUNCIL_MEMBERS.length);
  });

  it('shows each role counts from its own records on the dashboard', async () => {
    const dash = async (account: string) => (await t.app.inject({ url: '/api/dashboard', headers: { cookie: cookies[account] } })).json();
    const qn = await dash('province.qn');
    // 23 Cẩm Phả products + the demo product whose certificate was revoked + the 2 unrated ones made here
    expect(qn.products).toBe(26);
    expect(qn.productsByStars).toMatchObject({ '3': 7, '4': 15, '5': 1, unrated: 3 });
    const producer = await dash('producer.qn');
    expect(producer.entities).toBe(1);
  });
});
