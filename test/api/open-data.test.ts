import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

/** The open data files: parsed back, the same rows in CSV and JSON, licensed, cached by ETag. */

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function both(name: string) {
  const csv = await t.app.inject(`/api/open-data/${name}.csv`);
  const json = await t.app.inject(`/api/open-data/${name}.json`);
  expect(csv.statusCode).toBe(200);
  expect(json.statusCode).toBe(200);
  const rows: Array<Record<string, string>> = parse(csv.body, { columns: true, bom: true });
  return { csv, json, rows, body: json.json() };
}

/** JSON values as the CSV writes them (null → empty field). */
const asCsv = (item: Record<string, unknown>) => Object.fromEntries(Object.entries(item).map(([k, v]) => [k, v === null ? '' : String(v)]));

describe('open data', () => {
  it('publishes every catalogued product with its certificate, the same in CSV and JSON', async () => {
    const { csv, json, rows, body } = await both('products');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.startsWith('\uFEFFid,name,group_code,group_name,subgroup_code,subgroup_name,stars,certificate_number')).toBe(true);
    const total = (await t.app.inject('/api/products?pageSize=1')).json().total;
    expect(rows).toHaveLength(total);
    expect(body.count).toBe(total);
    expect(rows).toEqual(body.items.map(asCsv));
    expect(json.headers.link).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(body.licence).toMatchObject({ id: 'CC-BY-4.0' });
    expect(Date.parse(body.updatedAt)).not.toBeNaN();
    expect(json.headers['last-modified']).toBe(new Date(body.updatedAt).toUTCString());

    const ruou = rows.find((r) => r.name === 'Rượu ba kích đặc sản Quảng Ninh')!;
    expect(ruou).toMatchObject({ stars: '4', province_code: '22', province_name: 'Tỉnh Quảng Ninh', commune_code: '06778', unit_structure: 'current' });
    expect(ruou.entity_type).toMatch(/^(enterprise|cooperative|cooperative_group|household)$/);
    expect(ruou.group_name).toBeTruthy();
    const certified = rows.filter((r) => r.certificate_number);
    expect(certified.length).toBeGreaterThan(0);
    for (const r of certified) {
      expect(r.certificate_valid_until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['valid', 'expiring', 'expired', 'revoked', 'superseded']).toContain(r.certificate_status);
    }
  });

  it('publishes every certificate with its status today', async () => {
    const { rows, body } = await both('certificates');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(body.items.map(asCsv));
    expect(Object.keys(rows[0])).toEqual(body.columns);
    expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
  });

  it('publishes the sales points with their columns', async () => {
    const { csv, body } = await both('sales-points');
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFid,name,kind,address,latitude,longitude,funding,status,opened_on,operator,phone,province_code,province_name,commune_code,commune_name,product_ids');
    expect(body.columns).toContain('latitude');
  });

  it('publishes the open sales points of the trade-promotion records, and a new one at once', async () => {
    const before = await both('sales-points');
    expect(before.rows).toEqual(before.body.items.map(asCsv));
    // the demo holds Quảng Ngãi's 10 sales points of 2022 (6 state-supported, 4 private) and Quảng Ninh's centre
    const quangNgai = before.body.items.filter((r: { province_code: string }) => r.province_code === '51');
    expect(quangNgai).toHaveLength(10);
    expect(quangNgai.filter((r: { funding: string }) => r.funding === 'state')).toHaveLength(6);
    expect(before.body.items.every((r: { status: string }) => r.status === 'open')).toBe(true);

    const cookie = await t.login('province.qn');
    const created = await t.app.inject({ method: 'POST', url: '/api/sales-points', headers: { cookie }, payload: { name: 'Điểm bán OCOP Quang Hanh', address: 'Phường Quang Hanh', funding: 'private', unitCode: '06778', latitude: 21.01, longitude: 107.23 } });
    expect(created.statusCode).toBe(201);
    const after = await both('sales-points');
    expect(after.body.items).toHaveLength(before.body.items.length + 1);
    expect(after.rows.find((r) => r.id === created.json().id)).toMatchObject({ name: 'Điểm bán OCOP Quang Hanh', funding: 'private', latitude: '21.01', commune_code: '06778', commune_name: 'Phường Quang Hanh', province_name: 'Tỉnh Quảng Ninh' });
  });

  it('answers 304 to a client that has the current file, and caches publicly', async () => {
    const first = await t.app.inject('/api/open-data/products.json');
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.app.inject({ url: '/api/open-data/products.json', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const otherFile = await t.app.inject({ url: '/api/open-data/products.csv', headers: { 'if-none-match': etag } });
    expect(otherFile.statusCode).toBe(200);
  });

  it('shows a revocation in the next download (a new ETag, the certificate revoked)', async () => {
    const before = await t.app.inject('/api/open-data/certificates.json');
    const officer = await t.login('province.qn');
    const list = (await t.app.inject({ url: '/api/certificates?status=valid&pageSize=50', headers: { cookie: officer } })).json();
    const cert = list.items.find((c: { provinceCode: string }) => c.provinceCode === '22');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/certificates/${cert.id}/revoke`,
      headers: { cookie: officer },
      payload: { reason: 'Kiểm tra dữ liệu mở', version: cert.version },
    });
    expect(res.statusCode).toBe(200);
    const after = await t.app.inject({ url: '/api/open-data/certificates.json', headers: { 'if-none-match': before.headers.etag as string } });
    expect(after.statusCode).toBe(200);
    const row = after.json().items.find((r: { number: string }) => r.number === cert.number);
    expect(row.status).toBe('revoked');
  });
});
