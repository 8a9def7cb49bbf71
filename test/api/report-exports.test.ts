import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestContext } from '../support/test-app';

/** Report exports as background jobs: start → progress → done → the file, for its owner only. */
describe('report exports (jobs)', () => {
  let t: TestContext;
  let qn: string;
  let other: string;
  beforeAll(async () => {
    t = await createTestApp({ jobs: { pollMs: 50 } });
    qn = await t.login('province.qn');
    other = await t.login('central');
  });
  afterAll(async () => t?.close());

  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown) => t.app.inject({ method, url, headers: { cookie }, payload: payload as object });

  it('runs an xlsx export as a job and serves the workbook to its owner only', async () => {
    const start = await call(qn, 'POST', '/api/report-exports', { code: 'products-by-star', unit: '22', from: 2017, to: 2019, format: 'xlsx' });
    expect(start.statusCode, start.body).toBe(202);
    const { id } = start.json();
    let status = '';
    const seen: number[] = [];
    for (let i = 0; i < 200 && status !== 'done' && status !== 'failed'; i++) {
      const r = (await call(qn, 'GET', `/api/report-exports/${id}`)).json();
      status = r.status;
      seen.push(r.progress);
      if (status !== 'done') await new Promise((res) => setTimeout(res, 50));
    }
    expect(status).toBe('done');
    expect(seen.at(-1)).toBe(1);
    const file = await call(qn, 'GET', `/api/report-exports/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    // another user, even a national one, does not see it
    expect((await call(other, 'GET', `/api/report-exports/${id}`)).statusCode).toBe(404);
    expect((await call(other, 'GET', `/api/report-exports/${id}/file`)).statusCode).toBe(404);
  });

  it('answers bad input with 400 naming the field, and outside the jurisdiction 404', async () => {
    const bad = await call(qn, 'POST', '/api/report-exports', { code: 'products-by-star', format: 'odt' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('format');
    const range = await call(qn, 'POST', '/api/report-exports', { code: 'products-by-star', unit: '22', from: 2020, to: 2019, format: 'csv' });
    expect(range.statusCode).toBe(400);
    const annual = await call(qn, 'POST', '/api/report-exports', { code: 'annual-report', unit: '22', year: 2022, format: 'xlsx' });
    expect(annual.statusCode).toBe(400);
    const outside = await call(qn, 'POST', '/api/report-exports', { code: 'funnel', unit: '51', from: 2022, to: 2022, format: 'xlsx' });
    expect(outside.statusCode).toBe(404);
  });
});
