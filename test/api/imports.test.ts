import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../support/test-app';

/* eslint-disable @typescript-eslint/no-explicit-any */
const fixtures = path.resolve('test/fixtures/imports');

function multipart(kind: string | null, fileName: string, content: Buffer) {
  const boundary = '----ocopimport' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  if (kind !== null) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`), content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

let t: TestContext;
let qng: string;
let qn: string;

async function upload(cookie: string, kind: string | null, fileName: string, content: Buffer) {
  const m = multipart(kind, fileName, content);
  const res = await t.app.inject({ method: 'POST', url: '/api/imports', headers: { cookie, ...m.headers }, payload: m.body });
  return { status: res.statusCode, body: res.json() as Record<string, any> };
}

/** Polls the import until it leaves parsing/committing. */
async function settled(cookie: string, id: string, lang = 'vi'): Promise<Record<string, any>> {
  for (let i = 0; i < 600; i++) {
    const res = await t.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: { cookie, 'accept-language': lang } });
    const body = res.json();
    if (res.statusCode !== 200) throw new Error(`GET import ${res.statusCode} ${res.body}`);
    if (body.status !== 'parsing' && body.status !== 'committing') return body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not settle');
}

async function previewOf(cookie: string, kind: string, fileName: string, content: Buffer, lang = 'vi') {
  const up = await upload(cookie, kind, fileName, content);
  expect(up.status, JSON.stringify(up.body)).toBe(201);
  expect(up.body.status).toBe('parsing');
  return settled(cookie, up.body.id, lang);
}

async function commit(cookie: string, id: string) {
  const res = await t.app.inject({ method: 'POST', url: `/api/imports/${id}/commit`, headers: { cookie } });
  return { status: res.statusCode, body: res.json() as Record<string, any> };
}

async function count(table: string, where = 'true'): Promise<number> {
  const r = await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table} where ${where}`));
  return Number((r as any).rows?.[0]?.n ?? (r as any)[0]?.n);
}

async function workbook(header: string[], rows: Array<Array<string | number | null>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await createTestApp();
  qng = await t.login('province.qng');
  qn = await t.login('province.qn');
});
afterAll(async () => t?.close());

describe('imports: preview, then commit all or nothing', () => {
  let importId: string;

  it('previews a real-looking Quảng Ngãi products workbook without writing anything', async () => {
    const before = await count('products');
    const preview = await previewOf(qng, 'products', 'qng-products.xlsx', fs.readFileSync(path.join(fixtures, 'qng-products.xlsx')));
    expect(preview.status).toBe('preview');
    expect(preview.errors).toEqual([]);
    expect(preview.summary).toEqual({ create: 5, update: 0, unchanged: 0, rows: 5 });
    expect(preview.sheets.map((s: any) => [s.sheet, s.headerRow])).toEqual([['SP 2022', 4], ['SP 2024', 4], ['Ghi chú', null]]);
    expect(preview.rows.map((r: any) => r.label)).toContain('Tinh dầu quế');
    expect(preview.actions).toEqual(['commit']);
    expect(await count('products')).toBe(before);
    importId = preview.id;
  });

  it('commits: products, their entities and recognitions, each with an audit event naming the import', async () => {
    const res = await commit(qng, importId);
    expect(res.status).toBe(202);
    const done = await settled(qng, importId);
    expect(done.status).toBe('done');
    expect(done.progress).toBe(1);
    expect(done.summary).toMatchObject({ create: 5 });
    const list = await t.app.inject({ method: 'GET', url: '/api/products?q=que%20thanh%20tra%20bong', headers: { cookie: qng } });
    const que = list.json().items.find((p: any) => p.name === 'Quế thanh Trà Bồng');
    expect(que).toMatchObject({ stars: 3, unitCode: '21334', provinceCode: '51' });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/products/${que.id}`, headers: { cookie: qng } })).json();
    expect(detail.starHistory).toEqual([expect.objectContaining({ stars: 3, year: 2022, decision: '1234/QĐ-UBND', level: 'province' })]);
    // one entity for the two products of HTX Quế Sơn Tây (same tax code)
    expect(await count('entities', `tax_code = '4300123458'`)).toBe(1);
    expect(await count('audit_events', `note like 'import:${importId}%' and subject_type = 'product' and action = 'create'`)).toBe(5);
    expect(await count('audit_events', `note = 'import:${importId}' and subject_type = 'entity' and action = 'create'`)).toBe(4);
    // committing again writes nothing twice
    expect((await commit(qng, importId)).body.status).toBe('done');
  });

  it('importing the same file again creates nothing', async () => {
    const products = await count('products');
    const entities = await count('entities');
    const stars = await count('product_star_records');
    const again = await previewOf(qng, 'products', 'qng-products.xlsx', fs.readFileSync(path.join(fixtures, 'qng-products.xlsx')));
    expect(again.summary).toEqual({ create: 0, update: 0, unchanged: 5, rows: 5 });
    expect((await commit(qng, again.id)).status).toBe(202);
    expect((await settled(qng, again.id)).status).toBe('done');
    expect([await count('products'), await count('entities'), await count('product_star_records')]).toEqual([products, entities, stars]);
  });

  it('an error in row 9,999 leaves nothing written', async () => {
    const rows: Array<Array<string | number | null>> = [];
    for (let i = 1; i <= 9_998; i++) rows.push([`Bánh tráng số ${i}`, '1.3', 'HTX Bánh tráng Nghĩa Lộ', 'Phường Nghĩa Lộ', '3 sao', 2023]);
    rows.push(['Bánh tráng hỏng', '1.3', 'HTX Bánh tráng Nghĩa Lộ', 'Phường Nghĩa Lộ', '9 sao', 2023]); // row 10,000 of the sheet = data row 9,999
    const before = await count('products');
    const preview = await previewOf(qng, 'products', 'banh-trang.xlsx', await workbook(['Tên sản phẩm', 'Nhóm', 'Tên chủ thể', 'Xã', 'Hạng sao', 'Năm công nhận'], rows));
    expect(preview.summary.rows).toBe(9_999);
    expect(preview.errors).toEqual([{ sheet: 'Danh sách', row: 10_000, column: 'Hạng sao', columnLetter: 'E', field: 'stars', code: 'stars', message: expect.stringContaining('Hạng sao') }]);
    expect(preview.actions).toEqual([]);
    const res = await commit(qng, preview.id);
    expect(res.status).toBe(409);
    expect(res.body.code ?? res.body.type).toBeDefined();
    expect(await count('products')).toBe(before);
    expect(await count('entities', `name = 'HTX Bánh tráng Nghĩa Lộ'`)).toBe(0);
  }, 120_000);

  it('refuses a commit when the data changed since the preview', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/products?q=tinh%20dau%20que', headers: { cookie: qng } });
    const product = list.json().items.find((p: any) => p.name === 'Tinh dầu quế');
    const file = await workbook(['Tên sản phẩm', 'Nhóm', 'Tên chủ thể', 'Mã số thuế', 'Xã', 'Huyện', 'Giá bán'], [['Tinh dầu quế', '1.4', 'HTX Quế Sơn Tây', '4300123458', 'Sơn Bua', 'Sơn Tây', '250.000']]);
    const preview = await previewOf(qng, 'products', 'gia.xlsx', file);
    expect(preview.summary).toMatchObject({ create: 0, update: 1 });
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/products/${product.id}`, headers: { cookie: qng }, payload: { version: product.version, description: 'Sửa trong lúc xem trước' } });
    expect(patch.statusCode).toBe(200);
    const res = await commit(qng, preview.id);
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/thay đổi/);
    const after = (await t.app.inject({ method: 'GET', url: `/api/products/${product.id}`, headers: { cookie: qng } })).json();
    expect(after.priceVnd).toBeNull();
  });

  it('reports rows outside the office province as errors, in the user language', async () => {
    const file = await workbook(
      ['Tên chủ thể', 'Người đại diện', 'Địa chỉ', 'Xã/phường', 'Tỉnh'],
      [['HTX Ngoài tỉnh', 'Nguyễn Văn A', 'Khu 3', 'Phường Quang Hanh', 'Quảng Ninh'], ['HTX Trong tỉnh', 'Trần Thị B', 'Tổ 1', 'Phường Nghĩa Lộ', null]],
    );
    const preview = await previewOf(qng, 'entities', 'chu-the.xlsx', file, 'en');
    expect(preview.errors).toEqual([{ sheet: 'Danh sách', row: 2, column: 'Xã/phường', columnLetter: 'D', field: 'commune', code: 'outOfJurisdiction', message: 'Outside your jurisdiction.' }]);
    expect(preview.summary).toMatchObject({ create: 1 });
    expect((await commit(qng, preview.id)).status).toBe(409);
    expect(await count('entities', `name in ('HTX Ngoài tỉnh', 'HTX Trong tỉnh')`)).toBe(0);
    // the neighbouring province's officer does not even see the import
    expect((await t.app.inject({ method: 'GET', url: `/api/imports/${preview.id}`, headers: { cookie: qn } })).statusCode).toBe(404);
  });

  it('lets the user correct the column mapping in the preview', async () => {
    // "Tên gọi" is no header the importer knows: the product name column is missing until mapped
    const file = await workbook(['Tên gọi', 'Nhóm', 'Chủ thể', 'Xã'], [['Nước mắm Sa Huỳnh', '1.4', 'Cơ sở nước mắm Nghĩa Lộ', 'Nghĩa Lộ']]);
    const preview = await previewOf(qng, 'products', 'mapping.xlsx', file);
    expect(preview.errors).toEqual([expect.objectContaining({ row: 1, code: 'missingColumn', field: 'productName' })]);
    const put = await t.app.inject({ method: 'PUT', url: `/api/imports/${preview.id}/mapping`, headers: { cookie: qng }, payload: { sheets: { 'Danh sách': { '0': 'productName' } } } });
    expect(put.statusCode).toBe(202);
    const fixed = await settled(qng, preview.id);
    expect(fixed.errors).toEqual([]);
    expect(fixed.summary).toMatchObject({ create: 1 });
    expect(fixed.sheets[0].mapping['0']).toBe('productName');
  });
});

describe('imports: what cannot be imported gets a clear answer and writes nothing', () => {
  it('refuses files that are not readable spreadsheets, with the reason', async () => {
    const cases: Array<[string, Buffer, string]> = [
      ['tai-lieu.xlsx', Buffer.from('%PDF-1.4\n%%EOF\n'), 'notSpreadsheet'],
      ['trang.csv', Buffer.from('<html><script>alert(1)</script></html>'), 'notSpreadsheet'],
      ['hong.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(500, 1)]), 'corrupt'],
      ['mat-khau.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(200), Buffer.from('EncryptionInfo', 'utf16le')]), 'encrypted'],
      ['tcvn3.csv', fs.readFileSync(path.join(fixtures, 'legacy-tcvn3.csv')), 'encoding'],
      ['rong.csv', Buffer.from('Ghi chú\nkhông có gì\n'), 'noHeader'],
      ['cot.csv', Buffer.from(Array.from({ length: 1000 }, (_, i) => `Cột ${i}`).join(',') + '\n'), 'tooManyColumns'],
    ];
    for (const [name, content, code] of cases) {
      const preview = await previewOf(qng, 'products', name, content);
      expect([name, preview.status, preview.failure?.code]).toEqual([name, 'failed', code]);
      expect(preview.failure.message.length).toBeGreaterThan(10);
      expect((await commit(qng, preview.id)).status).toBe(409);
    }
  });

  it('reports formulas and script payloads per cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Tên sản phẩm', 'Nhóm', 'Tên chủ thể', 'Xã']);
    ws.addRow(['<img src=x onerror=alert(1)>', '1.4', 'HTX A', 'Nghĩa Lộ']);
    ws.addRow([{ formula: 'HYPERLINK("http://x","y")', result: 'y' }, '1.4', 'HTX A', 'Nghĩa Lộ']);
    const preview = await previewOf(qng, 'products', 'xss.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(preview.errors.map((e: any) => [e.row, e.code])).toEqual([[2, 'markup'], [3, 'formula']]);
  });

  it('answers 413 for a file above the limit, 400 without a kind or a file, 401/403 by role', async () => {
    const big = await upload(qng, 'products', 'lon.csv', Buffer.alloc(25 * 1024 * 1024, 0x41));
    expect(big.status).toBe(413);
    expect((await upload(qng, null, 'a.csv', Buffer.from('a,b\n'))).status).toBe(400);
    expect((await upload(qng, 'stamps', 'a.csv', Buffer.from('a,b\n'))).status).toBe(400);
    expect((await upload(await t.login('commune.qn'), 'products', 'a.csv', Buffer.from('a,b\n'))).status).toBe(403);
    const anon = multipart('products', 'a.csv', Buffer.from('a,b\n'));
    expect((await t.app.inject({ method: 'POST', url: '/api/imports', headers: anon.headers, payload: anon.body })).statusCode).toBe(401);
    expect(await count('imports', `file_name in ('lon.csv', 'a.csv')`)).toBe(0);
  });

  it('serves a template per kind with instructions, drop-down lists and examples', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/imports/templates/products.xlsx', headers: { cookie: qng } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách', 'Hướng dẫn', 'Danh mục']);
    const list = wb.getWorksheet('Danh sách')!;
    expect(list.getRow(1).values).toEqual(expect.arrayContaining(['Tên sản phẩm (*)', 'Hạng sao']));
    expect(list.rowCount).toBeGreaterThanOrEqual(3);
    expect(list.getCell('K2').dataValidation?.type ?? list.getCell('B2').dataValidation?.type).toBe('list');
    // the template itself imports cleanly
    const preview = await previewOf(qng, 'products', 'mau.xlsx', res.rawPayload);
    expect(preview.errors).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/imports/templates/stamps.xlsx', headers: { cookie: qng } })).statusCode).toBe(400);
  });
});
