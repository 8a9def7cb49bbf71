import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import type { ProgrammeDocument } from '../../src/contracts/documents';
import type { Target } from '../../src/contracts/targets';
import type { Report } from '../../src/contracts/reports';

/** The document register and yearly targets: API, policy, versions, audit, and the reports reading them. */
let ctx: TestContext;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  for (const u of ['admin', 'central', 'province.qn', 'province.qng', 'commune.qn', 'district.campha', 'producer.qn']) cookies[u] = await ctx.login(u);
});
afterAll(async () => ctx?.close());

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, user?: string, payload?: unknown) =>
  ctx.app.inject({ method, url, payload: payload as object, headers: user ? { cookie: cookies[user] } : {} });

describe('documents', () => {
  let doc: ProgrammeDocument;

  it('a provincial office registers its documents; the level follows the issuing unit', async () => {
    const res = await call('POST', '/api/documents', 'province.qn', { number: '1342/QĐ-UBND', issuedOn: '2015-05-10', unitCode: '22', kind: 'decision', title: 'Phê duyệt Đề án OCOP' });
    expect(res.statusCode, res.body).toBe(201);
    doc = res.json();
    expect(doc).toMatchObject({ level: 'province', unitName: 'Tỉnh Quảng Ninh', version: 1, provinceCode: '22' });
    expect(doc.actions).toEqual(expect.arrayContaining(['update', 'delete', 'audit']));
    // the former Cẩm Phả city (legacy district 195)
    const city = await call('POST', '/api/documents', 'province.qn', { number: '25/KH-UBND', issuedOn: '2015-02-01', unitCode: '195', unitStructure: 'legacy', kind: 'plan', title: 'Kế hoạch OCOP thành phố Cẩm Phả' });
    expect(city.statusCode, city.body).toBe(201);
    expect(city.json()).toMatchObject({ level: 'district', unitStructure: 'legacy' });
    const central = await call('POST', '/api/documents', 'central', { number: '490/QĐ-TTg', issuedOn: '2015-05-07', unitCode: 'VN', kind: 'decision', title: 'Phê duyệt Chương trình OCOP giai đoạn 2018-2020' });
    expect(central.statusCode, central.body).toBe(201);
    expect(central.json()).toMatchObject({ level: 'central', provinceCode: null });
  });

  it('refuses a duplicate (409), another province (400 on unitCode), non-offices (400), an unknown unit (400)', async () => {
    expect((await call('POST', '/api/documents', 'province.qn', { number: '1342/QĐ-UBND', issuedOn: '2015-05-10', unitCode: '22', kind: 'decision', title: 'Lần hai' })).statusCode).toBe(409);
    const other = await call('POST', '/api/documents', 'province.qn', { number: '1/KH', issuedOn: '2022-01-01', unitCode: '51', kind: 'plan', title: 'X' });
    expect(other.statusCode).toBe(400);
    expect(other.json().errors[0].path).toBe('unitCode');
    expect((await call('POST', '/api/documents', 'commune.qn', { number: '2/KH', issuedOn: '2022-01-01', unitCode: '06778', kind: 'plan', title: 'X' })).statusCode).toBe(400);
    expect((await call('POST', '/api/documents', 'province.qn', { number: '3/KH', issuedOn: '2022-01-01', unitCode: '99', kind: 'plan', title: 'X' })).statusCode).toBe(400);
    expect((await call('POST', '/api/documents', 'province.qn', { number: '3/KH', issuedOn: '2022-02-30', unitCode: '22', kind: 'plan', title: 'X' })).statusCode).toBe(400);
  });

  it('reads within jurisdiction (central documents for every officer), 404 outside, 401 without a session', async () => {
    expect((await call('GET', `/api/documents/${doc.id}`, 'commune.qn')).statusCode).toBe(200);
    expect((await call('GET', `/api/documents/${doc.id}`, 'province.qng')).statusCode).toBe(404);
    expect((await call('GET', `/api/documents/${doc.id}`)).statusCode).toBe(401);
    const list = (await call('GET', '/api/documents?year=2015', 'province.qng')).json() as { items: ProgrammeDocument[] };
    expect(list.items.map((d) => d.level)).toEqual(['central']);
    const inQn = (await call('GET', '/api/documents?unit=22', 'province.qng')).json() as { items: ProgrammeDocument[] };
    expect(inQn.items).toEqual([]);
    const qn = (await call('GET', '/api/documents?year=2015', 'province.qn')).json() as { items: ProgrammeDocument[]; total: number };
    expect(qn.total).toBe(3);
  });

  it('edits with a version (409 when stale), 403 for a commune officer, audited, soft-deleted', async () => {
    const ok = await call('PATCH', `/api/documents/${doc.id}`, 'province.qn', { version: 1, title: 'Phê duyệt Đề án Mỗi xã một sản phẩm' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, title: 'Phê duyệt Đề án Mỗi xã một sản phẩm' });
    expect((await call('PATCH', `/api/documents/${doc.id}`, 'province.qn', { version: 1, title: 'Cũ' })).statusCode).toBe(409);
    expect((await call('PATCH', `/api/documents/${doc.id}`, 'commune.qn', { version: 2, title: 'X' })).statusCode).toBe(403);
    expect((await call('PATCH', `/api/documents/${doc.id}`, 'province.qng', { version: 2, title: 'X' })).statusCode).toBe(404);
    const audit = (await call('GET', `/api/documents/${doc.id}/audit`, 'province.qn')).json() as { items: { action: string }[] };
    expect(audit.items.map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('the documents report counts them by level and year', async () => {
    const r = (await call('GET', '/api/reports/documents?unit=195&from=2015&to=2015', 'province.qn')).json() as Report;
    expect(r.rows[0]).toMatchObject({ year: 2015, central: 1, province: 1, district: 1, commune: 0, total: 3 });
    const qng = (await call('GET', '/api/reports/documents?unit=51&from=2015&to=2015', 'central')).json() as Report;
    expect(qng.rows[0]).toMatchObject({ central: 1, province: 0, district: 0, total: 1 });
  });

  it('deletes with a version', async () => {
    expect((await call('DELETE', `/api/documents/${doc.id}?version=2`, 'province.qn')).statusCode).toBe(204);
    expect((await call('GET', `/api/documents/${doc.id}`, 'province.qn')).statusCode).toBe(404);
  });
});

describe('targets', () => {
  let target: Target;

  it('the provincial office sets its yearly targets; one record per unit and year', async () => {
    const res = await call('POST', '/api/targets', 'province.qng', { year: 2025, unitCode: '51', values: { products: 40, products4: 5, ideas: 60 } });
    expect(res.statusCode, res.body).toBe(201);
    target = res.json();
    expect(target).toMatchObject({ year: 2025, unitCode: '51', unitName: 'Tỉnh Quảng Ngãi', values: { products: 40, products4: 5, ideas: 60 }, version: 1 });
    expect((await call('POST', '/api/targets', 'province.qng', { year: 2025, unitCode: '51', values: { products: 1 } })).statusCode).toBe(409);
    expect((await call('POST', '/api/targets', 'province.qn', { year: 2025, unitCode: '51', values: { products: 1 } })).statusCode).toBe(400);
    expect((await call('POST', '/api/targets', 'commune.qn', { year: 2025, unitCode: '06778', values: { products: 1 } })).statusCode).toBe(400);
    expect((await call('POST', '/api/targets', 'province.qng', { year: 2025, unitCode: '51', values: { products: -1 } })).statusCode).toBe(400);
    expect((await call('POST', '/api/targets', 'central', { year: 2025, unitCode: 'VN', values: { products: 1000 } })).statusCode).toBe(201);
  });

  it('reads in scope, 404 outside; edits with a version; audited', async () => {
    expect((await call('GET', `/api/targets/${target.id}`, 'province.qn')).statusCode).toBe(404);
    expect((await call('GET', `/api/targets/${target.id}`, 'central')).statusCode).toBe(200);
    const ok = await call('PATCH', `/api/targets/${target.id}`, 'province.qng', { version: 1, values: { products: 2, products4: 1 } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, values: { products: 2, products4: 1 } });
    expect((await call('PATCH', `/api/targets/${target.id}`, 'province.qng', { version: 1, values: {} })).statusCode).toBe(409);
    expect((await call('PATCH', `/api/targets/${target.id}`, 'central', { version: 2, note: 'Giao bổ sung' })).statusCode).toBe(200);
    const audit = (await call('GET', `/api/targets/${target.id}/audit`, 'province.qng')).json() as { items: { action: string }[] };
    expect(audit.items.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    const list = (await call('GET', '/api/targets?year=2025', 'province.qng')).json() as { items: Target[] };
    expect(list.items.map((t) => t.unitCode)).toEqual(['51']);
  });

  it('the targets report sets them against what the records achieved', async () => {
    const r = (await call('GET', '/api/reports/targets?unit=51&from=2025&to=2025', 'province.qng')).json() as Report;
    const achieved = (await call('GET', '/api/reports/products-by-star?unit=51&from=2025&to=2025', 'province.qng')).json() as Report;
    const recognised = (achieved.rows[0].newTotal as number) + (achieved.rows[0].again as number);
    const products = r.rows[0];
    expect(products).toMatchObject({ measure: 'Sản phẩm được công nhận', target: 2, achieved: recognised, exceededBy: recognised - 2 });
    expect(products.donePct).toBe(Math.round((recognised / 2) * 10000) / 100);
    expect(r.rows.find((row) => row.measure === 'Sản phẩm 5 sao')).toMatchObject({ target: null, donePct: null, exceededBy: null });
  });

  it('deletes with a version', async () => {
    expect((await call('DELETE', `/api/targets/${target.id}?version=1`, 'province.qng')).statusCode).toBe(409);
    expect((await call('DELETE', `/api/targets/${target.id}?version=3`, 'province.qng')).statusCode).toBe(204);
  });
});
