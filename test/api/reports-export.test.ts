import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { makeFixture } from './reports.fixtures';

/** Report files: the Excel workbook and the CSV opened and read back, cell by cell. */
let ctx: TestContext;
let cookie: string;

beforeAll(async () => {
  ctx = await createTestApp();
  await makeFixture(ctx.database.db);
  cookie = await ctx.login('central');
});
afterAll(async () => ctx?.close());

/** Splits one CSV line (RFC 4180 quoting). */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

const download = (url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } });

describe('xlsx', () => {
  it('has a title block, Vietnamese headers, numbers with number formats, a frozen header and totals', async () => {
    const res = await download('/api/reports/products-by-star?unit=42&from=2019&to=2020&format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('products-by-star-42-2019-2020.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('Báo cáo');
    expect(sheet.getCell('A1').value).toBe('Sản phẩm OCOP được công nhận theo năm và hạng sao');
    expect(sheet.getCell('A2').value).toBe('Đơn vị: Tỉnh Hà Tĩnh');
    expect(sheet.getCell('A3').value).toBe('Giai đoạn: 2019–2020');
    expect(sheet.getCell('A4').value).toBe('So sánh với: 2018–2019');
    // title block (5 lines) and a blank row; group headers on row 7, labels on row 8
    expect(sheet.getCell('A7').value).toBe('Năm');
    expect(sheet.getCell('B7').value).toBe('Công nhận mới trong năm');
    expect(sheet.getCell('B8').value).toBe('3 sao');
    expect(sheet.getCell('E8').value).toBe('Tổng');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
    const headerKeys = ['year', 'new3', 'new4', 'new5', 'newTotal', 'newTotalChange', 'newTotalChangePct'];
    const row2020 = sheet.getRow(10);
    expect(row2020.getCell(1).value).toBe(2020);
    expect(row2020.getCell(2).value).toBe(1); // new3, a number
    expect(row2020.getCell(2).numFmt).toBe('#,##0');
    expect(row2020.getCell(headerKeys.indexOf('newTotalChange') + 1).value).toBe(-1);
    const pct = row2020.getCell(headerKeys.indexOf('newTotalChangePct') + 1);
    expect(pct.value).toBe(-0.5); // −50 % as an Excel percentage
    expect(pct.numFmt).toBe('0.00%');
    const totals = sheet.getRow(11);
    expect(totals.getCell(1).value).toBe('Tổng cộng');
    expect(totals.getCell(5).value).toBe(3);
    expect(totals.font?.bold).toBe(true);
    // the product list on its own sheet
    const list = wb.worksheets[1];
    expect(list.name).toContain('Danh mục sản phẩm OCOP');
    const names: unknown[] = [];
    list.eachRow((row) => names.push(row.getCell(1).value));
    expect(names).toEqual(expect.arrayContaining(['Sản phẩm', 'Kẹo cu đơ', 'Mật ong Trung Lương', 'Cam Nam Hồng']));
  });

  it('money keeps its full value with thousands formatting', async () => {
    const res = await download('/api/reports/funding?unit=42&from=2019&to=2019&format=xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    let found: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => row.eachCell((cell) => { if (cell.value === 150_000_000 && !found) found = cell; }));
    expect(found?.numFmt).toBe('#,##0');
  });
});

describe('csv', () => {
  it('is UTF-8 with a BOM, a Vietnamese header, the rows and the totals', async () => {
    const res = await download('/api/reports/communication?unit=42&from=2019&to=2020&format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    const header = fields(lines[0]);
    expect(header[0]).toBe('Năm');
    expect(header[1]).toBe('Tuyên truyền – Tin, bài');
    const col = (name: string) => header.indexOf(name);
    const y2020 = fields(lines[2]);
    expect(y2020[0]).toBe('2020');
    expect(y2020[col('Tuyên truyền – Tổng')]).toBe('3');
    expect(y2020[col('Tuyên truyền – Tăng/giảm (%)')]).toBe('-57.14');
    expect(y2020[col('Học viên')]).toBe('80');
    expect(lines[3].startsWith('Tổng cộng,8,')).toBe(true);
    expect(lines.length).toBe(4);
  });

  it('the public gets its reports as files too, and no file of a report it may not run', async () => {
    const anon = await ctx.app.inject({ method: 'GET', url: '/api/reports/localities?unit=42&from=2019&to=2020&format=csv' });
    expect(anon.statusCode).toBe(200);
    const funnel = await ctx.app.inject({ method: 'GET', url: '/api/reports/funnel?unit=42&format=xlsx' });
    expect(funnel.statusCode).toBe(404);
  });
});
