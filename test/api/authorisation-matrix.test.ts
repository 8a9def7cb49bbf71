import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { DEMO_COUNCIL_MEMBERS } from '../../src/seed/demo-evaluation';
import { CALLERS, EXPECTATIONS, WHERE, type Caller, type Fixture, type OperationSpec, type Where } from './authorisation-matrix/expectations';
import { buildFixtures, makeApi, type Api } from './authorisation-matrix/fixtures';

/**
 * The authorisation matrix through the API: every operation of the OpenAPI document that acts
 * on a record (has a path parameter) × every demo role and no session × a record inside the
 * role's jurisdiction, in the neighbouring commune and in another province. The expected
 * statuses are the independent table in ./authorisation-matrix/expectations.ts; an operation
 * missing from it fails the run by name. Records are made through the API in beforeAll
 * (./authorisation-matrix/fixtures.ts). A few list and dashboard checks follow.
 */
let t: TestContext;
let api: Api;
let fixtures: Awaited<ReturnType<typeof buildFixtures>>;
let operations: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const doc = (await t.app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) => (path.includes('{') ? Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`) : []));
  api = await makeApi(t);
  fixtures = await buildFixtures(api);
}, 300_000);
afterAll(() => t.close());

function fill(path: string, f: Fixture): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (f[name] === undefined) throw new Error(`${path}: the fixture has no ${name}`);
    return encodeURIComponent(String(f[name]));
  });
}

async function freshFields(spec: OperationSpec, f: Fixture): Promise<Fixture> {
  switch (spec.fresh) {
    case undefined:
      return f;
    case 'figure':
      await api.ok('admin', 'PUT', `/api/products/${f.id}/figures/${f.year}`, { revenueVnd: 1_000_000_000, costVnd: 600_000_000 });
      return f;
    default:
      return { ...f, ...(await f.fresh[spec.fresh]()) };
  }
}

async function request(key: string, spec: OperationSpec, caller: Caller, base: Fixture): Promise<number> {
  const [method, path] = key.split(' ');
  const f = await freshFields(spec, base);
  const query = spec.query ? `?${new URLSearchParams(spec.query(f))}` : '';
  const url = fill(path, f) + query;
  if (spec.upload) return (await api.upload(caller, url)).status;
  return (await api.call(caller, method, url, spec.body ? spec.body(f) : method === 'GET' || method === 'DELETE' ? undefined : {})).status;
}

function expected(spec: OperationSpec, caller: Caller): string[] {
  return spec.expect[caller].split(/\s+/).map((s) => (s === 'ok' ? String(spec.ok) : s));
}

describe('authorisation matrix through the API', () => {
  it('has an expectation for every operation with a path parameter', () => {
    const missing = operations.filter((op) => !EXPECTATIONS[op]);
    expect(missing, `operations without an entry in test/api/authorisation-matrix/expectations.ts: ${missing.join(', ')}`).toEqual([]);
    const stale = Object.keys(EXPECTATIONS).filter((op) => !operations.includes(op));
    expect(stale, 'entries for operations the API no longer has').toEqual([]);
  });

  it('answers every operation for every caller as the table says', async () => {
    const mismatches: string[] = [];
    const table: string[] = [];
    for (const [key, main] of Object.entries(EXPECTATIONS)) {
      if (!operations.includes(key)) continue;
      for (const spec of [main, ...(main.also ?? []).map((v) => ({ ...main, ...v }))]) {
        const records = fixtures[spec.record];
        if (!records) throw new Error(`${key}: no fixture ${spec.record}`);
        // The callers of one operation run together (each request stands alone), except where a
        // request consumes a fresh record: the fresh records of one place share a key (a year).
        const row = async (caller: Caller) => {
          const got: number[] = [];
          if ('only' in records) got.push(await request(key, spec, caller, records.only));
          else if (spec.fresh) for (const where of WHERE) got.push(await request(key, spec, caller, (records as Record<Where, Fixture>)[where]));
          else got.push(...(await Promise.all(WHERE.map((where) => request(key, spec, caller, (records as Record<Where, Fixture>)[where])))));
          return { caller, want: expected(spec, caller).join(' '), got: got.join(' ') };
        };
        const rows = [];
        if (spec.fresh) for (const caller of CALLERS) rows.push(await row(caller));
        else rows.push(...(await Promise.all(CALLERS.map(row))));
        const label = spec === main ? key : `${key} (${spec.record})`;
        for (const r of rows) if (r.got !== r.want) mismatches.push(`${label} ${r.caller}: expected ${r.want}, got ${r.got}`);
        if (process.env.MATRIX_PRINT) table.push(`| ${label} | ${spec.ok} | ${rows.map((r) => r.got).join(' | ')} |`);
      }
    }
    if (process.env.MATRIX_PRINT) console.log([`| operation | ok | ${CALLERS.join(' | ')} |`, ...table].join('\n'));
    expect(mismatches).toEqual([]);
  }, 300_000);
});

describe('lists and counts follow the jurisdiction', () => {
  const items = async (caller: Caller, url: string) => (await api.ok(caller, 'GET', url)).items as Array<Record<string, string>>;
  const entity = (w: Where) => (fixtures.entity as Record<Where, Fixture>)[w].id as string;

  it('filters entity lists to the jurisdiction', async () => {
    const list = (caller: Caller) => items(caller, '/api/entities?pageSize=200');
    expect((await list('province.qn')).every((e) => e.provinceCode === '22')).toBe(true);
    expect((await list('province.qng')).every((e) => e.provinceCode === '51')).toBe(true);
    expect((await list('commune.qn')).every((e) => e.unitCode === '06778')).toBe(true);
    expect((await list('producer.qn')).map((e) => e.id)).toEqual([entity('inside')]);
    expect(await list('council.qn')).toEqual([]);
    expect(new Set((await list('central')).map((e) => e.provinceCode))).toEqual(new Set(['22', '51', '40']));
    expect((await api.call('anon', 'GET', '/api/entities')).status).toBe(401);
    expect((await api.call('anon', 'GET', '/api/dashboard')).status).toBe(401);
  });

  it('shows council members only the products of the rounds they sit on', async () => {
    const rounds = await items('council.qn', '/api/evaluation-rounds?pageSize=100');
    const roundProducts = new Set<string>();
    for (const r of rounds) for (const p of (await api.ok('council.qn', 'GET', `/api/evaluation-rounds/${r.id}`)).products) roundProducts.add(p.productId);
    const seen = await items('council.qn', '/api/products?pageSize=200');
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((p) => p.id))).toEqual(roundProducts);
    expect(seen.map((p) => p.id)).not.toContain((fixtures.product as Record<Where, Fixture>).inside.id);
    for (const id of roundProducts) expect((await api.call('council.qn', 'GET', `/api/products/${id}`)).status).toBe(200);
  });

  it('keeps user administration to administrators', async () => {
    expect((await api.call('province.qn', 'GET', '/api/users')).status).toBe(403);
    // the demo accounts, the demo round's four council members, and the three the fixtures add (buyers aside)
    const users = (await api.ok('admin', 'GET', '/api/users?pageSize=200')).items as Array<{ role: string }>;
    expect(users.filter((u) => u.role !== 'buyer').length).toBe(CALLERS.length - 1 + DEMO_COUNCIL_MEMBERS.length + 3);
  });

  it('counts each role its own records on the dashboard', async () => {
    const dash = (caller: Caller) => api.ok(caller, 'GET', '/api/dashboard');
    const qn = await dash('province.qn');
    const qnProducts = (await api.ok('province.qn', 'GET', '/api/products?pageSize=1')).total;
    expect(qn.products).toBe(qnProducts);
    expect((await dash('producer.qn')).entities).toBe(1);
    expect((await dash('commune.qn')).entities).toBe((await api.ok('commune.qn', 'GET', '/api/entities?pageSize=1')).total);
  });
});
