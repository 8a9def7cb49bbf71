import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { api, ideaForm } from './cycle.helpers';

/**
 * Guards every request passes before its route: text no field may carry (NUL, lone surrogates),
 * impossible dates, broken uploads and oversized headers.
 */
let t: TestContext;
let a: ReturnType<typeof api>;
const c: Record<string, string> = {};
let dossierId: string;
let entityId: string;

const problemPaths = (body: Record<string, unknown>) => ((body.errors ?? []) as Array<{ path: string }>).map((e) => e.path);

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  for (const u of ['producer.qn', 'province.qn', 'council.qn']) c[u] = await t.login(u);
  entityId = (await a.get('/api/me', c['producer.qn'])).body.entityId;
  const product = await a.post('/api/products', c['producer.qn'], { entityId, name: 'Trà hoa vàng Ba Chẽ thử nghiệm', groupCode: '2', subgroupCode: '2.1' });
  const dossier = await a.post('/api/dossiers', c['producer.qn'], { entryPath: 'existing-product', productId: product.body.id });
  expect(dossier.status).toBe(201);
  dossierId = dossier.body.id;
});
afterAll(() => t.close());

function expectFieldProblem(res: { status: number; body: Record<string, unknown>; headers: Record<string, unknown> }, path: string) {
  expect(res.status).toBe(400);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(problemPaths(res.body)).toContain(path);
}

describe('text no field may carry', () => {
  it('refuses a NUL character in a JSON text, even without a session, naming the field', async () => {
    const res = await a.post('/api/auth/login', null, { username: 'admin\u0000', password: 'ocop2026' });
    expectFieldProblem(res, 'username');
    expect(res.body.errors[0].code).toBe('errors.text.nul');
  });

  it('refuses %00 in query and path parameters, naming the parameter', async () => {
    expectFieldProblem(await a.get('/api/products?group=%00', null), 'group');
    expectFieldProblem(await a.get('/api/products?province=22%00', null), 'province');
    expectFieldProblem(await a.get('/api/entities/export.xlsx?unit=%00', c['province.qn']), 'unit');
    expectFieldProblem(await a.get('/api/units?parent=%00', null), 'parent');
    expectFieldProblem(await a.get('/api/units/current/%00', null), 'code');
  });

  it('refuses a lone surrogate in a JSON text (and in an object key), naming the field', async () => {
    const res = await a.post('/api/ideas', c['producer.qn'], ideaForm({ productName: 'x\uD800y' }));
    expectFieldProblem(res, 'productName');
    expect(res.body.errors[0].code).toBe('errors.text.surrogate');
    const nested = await a.post('/api/ideas', c['producer.qn'], ideaForm({ rawMaterials: [{ name: 'Gừng\uDC00', origin: 'Quang Hanh', local: true }] }));
    expectFieldProblem(nested, 'rawMaterials.0.name');
    const pair = await a.post('/api/ideas', c['producer.qn'], ideaForm({ entityId, productName: 'Mứt gừng 🫚 Quang Hanh' }));
    expect(pair.status).toBe(201); // a surrogate pair is an ordinary character
  });
});

describe('impossible dates', () => {
  it.each(['0000-01-01', '2026-02-30', '2025-02-29'])('refuses %s in a body, naming the field', async (date) => {
    const res = await a.post('/api/training-classes', c['province.qn'], { topic: 'Tập huấn', participants: 10, date });
    expectFieldProblem(res, 'date');
  });

  it('refuses 0000-01-01 in a query parameter', async () => {
    expectFieldProblem(await a.get('/api/criteria-sets?date=0000-01-01', null), 'date');
    expectFieldProblem(await a.get('/api/units?date=0000-01-01', null), 'date');
  });
});

describe('uploads', () => {
  it('answers a multipart body whose boundary does not match with 400 naming the file', async () => {
    const body = Buffer.from('--other\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--other--\r\n');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${dossierId}/files?itemCode=test-results`,
      headers: { cookie: c['producer.qn'], 'content-type': 'multipart/form-data; boundary=expected' },
      payload: body,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['file']);
  });
});

describe('answers Node gives before Fastify', () => {
  it('answers headers too large (431) with problem+json', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const res = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/api/health', headers: { cookie: 'x='.padEnd(40_000, 'a') } }, (r) => {
        let body = '';
        r.on('data', (d) => (body += d));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, type: String(r.headers['content-type']), body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(res.status).toBe(431);
    expect(res.type).toContain('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 431, code: 'errors.headersTooLarge' });
  });
});

