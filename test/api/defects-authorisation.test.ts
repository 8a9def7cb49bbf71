import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

/**
 * Issue 8's authorisation defects, each kept fixed: moving records between units, audit
 * timelines across jurisdictions, duplicate products, self-assessment by read-only roles,
 * business figures of other producers, and the legacy district officer's view.
 */
let t: TestContext;
const cookies: Record<string, string> = {};
const ACCOUNTS = ['admin', 'central', 'province.qn', 'province.qng', 'commune.qn', 'council.qn', 'producer.qn', 'trade.qn', 'district.campha'];

const get = (who: string | null, url: string) => t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who] } : {} });
const send = (who: string, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown) =>
  t.app.inject({ method, url, headers: { cookie: cookies[who] }, payload: payload as object });

let producerEntityId: string;
let baKichId: string; // Rượu ba kích: public, its figures published by the producer
let otherPublicId: string; // a public Quảng Ninh product of another entity

beforeAll(async () => {
  t = await createTestApp();
  for (const a of ACCOUNTS) cookies[a] = await t.login(a);
  producerEntityId = (await get('producer.qn', '/api/me')).json().entityId;
  baKichId = (await get(null, '/api/products?q=ruou%20ba%20kich')).json().items[0].id;
  const qn = (await get(null, '/api/products?province=22&pageSize=100')).json().items as Array<{ id: string; entityId: string; figuresPublic: boolean }>;
  otherPublicId = qn.find((p) => p.entityId !== producerEntityId && !p.figuresPublic)!.id;
});
afterAll(() => t.close());

describe('moving a record to another unit (issue 8, item 2)', () => {
  it('refuses a producer moving its own entity to another province, and keeps it where it was', async () => {
    const entity = (await get('producer.qn', `/api/entities/${producerEntityId}`)).json();
    const res = await send('producer.qn', 'PATCH', `/api/entities/${producerEntityId}`, { unitCode: '21025', version: entity.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('unitCode');
    expect((await get('province.qn', `/api/entities/${producerEntityId}`)).statusCode).toBe(200);
    expect((await get('province.qng', `/api/entities/${producerEntityId}`)).statusCode).toBe(404);
  });

  it('refuses a commune officer moving an entity out of the commune, lets the province move it inside the province (audited)', async () => {
    const created = (await send('commune.qn', 'POST', '/api/entities', { type: 'household', name: 'Hộ bà Trần Thị Mơ', representative: 'Trần Thị Mơ', address: 'Tổ 1', unitCode: '06778' })).json();
    const outOfCommune = await send('commune.qn', 'PATCH', `/api/entities/${created.id}`, { unitCode: '06781', version: created.version });
    expect(outOfCommune.statusCode).toBe(400);
    expect(outOfCommune.json().errors[0].path).toBe('unitCode');
    const moved = await send('province.qn', 'PATCH', `/api/entities/${created.id}`, { unitCode: '06781', version: created.version });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().unitCode).toBe('06781');
    const audit = (await get('province.qn', `/api/entities/${created.id}/audit`)).json().items;
    expect(audit.some((e: { changes: Record<string, { from: unknown; to: unknown }> | null }) => e.changes?.unitCode?.to === '06781')).toBe(true);
    const outOfProvince = await send('province.qn', 'PATCH', `/api/entities/${created.id}`, { unitCode: '21025', version: moved.json().version });
    expect(outOfProvince.statusCode).toBe(400);
  });
});

describe('audit timelines follow the edit scope (issue 8, item 5)', () => {
  it.each(['province.qng', 'producer.qn'])('%s (outside the product’s jurisdiction) gets 404 for the audit of a public product', async (who) => {
    expect((await get(who, `/api/products/${otherPublicId}/audit`)).statusCode).toBe(404);
  });

  it.each(['district.campha', 'council.qn', 'trade.qn'])('%s (may read, not edit) is refused the audit of a public product', async (who) => {
    const res = await get(who, `/api/products/${otherPublicId}/audit`);
    expect([403, 404]).toContain(res.statusCode);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('lets the provincial office, national oversight and the product’s own producer read it', async () => {
    for (const who of ['province.qn', 'admin', 'central']) expect((await get(who, `/api/products/${otherPublicId}/audit`)).statusCode).toBe(200);
    expect((await get('producer.qn', `/api/products/${baKichId}/audit`)).statusCode).toBe(200);
  });
});

describe('duplicate products (issue 8, item 7)', () => {
  it('stores one product for 20 identical parallel submissions; a confirmed different product is stored', async () => {
    const body = { entityId: producerEntityId, name: 'Rượu sim rừng Cẩm Phả', groupCode: '2', subgroupCode: '2.2' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => send('producer.qn', 'POST', '/api/products', body)));
    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const mine = (await get('producer.qn', `/api/products?entityId=${producerEntityId}&q=ruou%20sim%20rung&pageSize=50`)).json();
    expect(mine.total).toBe(1);
    // accents and case aside it is the same name
    expect((await send('producer.qn', 'POST', '/api/products', { ...body, name: 'RUOU SIM RUNG CAM PHA' })).statusCode).toBe(409);
    expect((await send('producer.qn', 'POST', '/api/products', { ...body, distinct: true })).statusCode).toBe(201);
  });
});

describe('self-assessment belongs to the producer and officers acting for it (issue 8, item 8)', () => {
  it.each(['trade.qn', 'council.qn'])('%s may not save a self-assessment', async (who) => {
    const res = await send(who, 'POST', `/api/products/${baKichId}/self-assessment`, { answers: {} });
    expect([403, 404]).toContain(res.statusCode);
  });

  it('the producer may, for its own product', async () => {
    expect((await send('producer.qn', 'POST', `/api/products/${baKichId}/self-assessment`, { answers: {} })).statusCode).toBe(201);
  });
});

describe('business figures are the producer’s data (issue 8, item 10)', () => {
  it('hides a product’s figures from the public and from other producers unless published', async () => {
    expect((await get(null, `/api/products/${otherPublicId}/figures`)).statusCode).toBe(404);
    expect((await get('producer.qn', `/api/products/${otherPublicId}/figures`)).statusCode).toBe(404);
    expect((await get('province.qn', `/api/products/${otherPublicId}/figures`)).statusCode).toBe(200);
  });

  it('shows published figures to everyone, and the producer may withdraw them', async () => {
    expect((await get(null, `/api/products/${baKichId}/figures`)).statusCode).toBe(200);
    const product = (await get('producer.qn', `/api/products/${baKichId}`)).json();
    expect(product.figuresPublic).toBe(true);
    expect((await send('producer.qn', 'PATCH', `/api/products/${baKichId}`, { figuresPublic: false, version: product.version })).statusCode).toBe(200);
    expect((await get(null, `/api/products/${baKichId}/figures`)).statusCode).toBe(404);
    expect((await get('producer.qn', `/api/products/${baKichId}/figures`)).statusCode).toBe(200);
  });
});

describe('the legacy district officer sees its district’s records (issue 8, item 14)', () => {
  it('lists exactly the Cẩm Phả entities, products and certificates', async () => {
    const entities = (await get('district.campha', '/api/entities?pageSize=200')).json();
    const products = (await get('district.campha', '/api/products?pageSize=200')).json();
    const certificates = (await get('district.campha', '/api/certificates?pageSize=200')).json();
    expect(entities.total).toBeGreaterThan(0);
    expect(products.total).toBeGreaterThanOrEqual(23);
    expect(certificates.total).toBeGreaterThan(0);
    // the same records the province lists for the legacy district's code
    expect((await get('province.qn', '/api/products?unit=195&pageSize=200')).json().total).toBe(products.total);
    expect((await get('province.qn', '/api/entities?unit=195&pageSize=200')).json().total).toBe(entities.total);
    expect((await get('district.campha', `/api/entities/${entities.items[0].id}`)).statusCode).toBe(200);
    // and nothing elsewhere in the province: an entity of Phường Hạ Long (legacy Hạ Long city)
    const haLong = (await send('province.qn', 'POST', '/api/entities', { type: 'household', name: 'Hộ ông Phạm Văn Biển', representative: 'Phạm Văn Biển', address: 'Tổ 3', unitCode: '06688' })).json();
    expect(haLong.unitCode).toBe('06688');
    expect((await get('district.campha', `/api/entities/${haLong.id}`)).statusCode).toBe(404);
    expect((await get('district.campha', '/api/entities?pageSize=200')).json().total).toBe(entities.total);
  });
});
