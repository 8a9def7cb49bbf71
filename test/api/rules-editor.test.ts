import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { login } from './evaluation.helpers';

/**
 * The rule editor's spreadsheet side: the score-sheet template, the import of a filled sheet
 * (errors by row, translated), and a draft copied from a shipped version whose sheet is
 * replaced by an imported one and published — then never edited again.
 */
let t: TestContext;
let c: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  c = await login(t, ['admin', 'council.qn']);
});
afterAll(() => t.close());

function multipart(fileName: string, content: Buffer) {
  const boundary = '----rules-editor';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const importSheet = (who: string, fileName: string, content: Buffer, lang = 'vi') => {
  const m = multipart(fileName, content);
  return t.app.inject({ method: 'POST', url: '/api/criteria-sheets/import', headers: { cookie: c[who], 'accept-language': lang, ...m.headers }, payload: m.payload });
};

async function workbook(rows: Array<Array<string | number | null>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phiếu');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('score sheets as spreadsheets', () => {
  it('gives administrators a template that imports back as its example sheet', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/criteria-sheets/template.xlsx', headers: { cookie: c.admin } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('mau-phieu-cham.xlsx');
    const back = await importSheet('admin', 'mau.xlsx', res.rawPayload);
    expect(back.statusCode).toBe(200);
    const sheet = back.json();
    expect(sheet.sections.map((s: { code: string }) => s.code)).toEqual(['A1', 'C7']);
    expect(sheet.criteria.map((x: { code: string; maxPoints: number }) => `${x.code}=${x.maxPoints}`)).toEqual(['A1.1=4', 'C7=2']);
    expect(sheet.criteria[0].options[2]).toMatchObject({ code: 'c', points: 4, hint: { vi: 'Xác nhận vùng nguyên liệu' } });
  });

  it('refuses others', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/criteria-sheets/template.xlsx', headers: { cookie: c['council.qn'] } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/criteria-sheets/template.xlsx' })).statusCode).toBe(401);
    expect((await importSheet('council.qn', 'a.xlsx', await workbook([['Tiêu chí', 'Phương án', 'Điểm']]))).statusCode).toBe(403);
  });

  it('names each problem by its row, in Vietnamese and English', async () => {
    const file = await workbook([
      ['Tiêu chí', 'Phương án', 'Điểm'],
      ['PHẦN A'],
      ['A1. Nguyên liệu'],
      ['A1.1. Nguồn nguyên liệu', null, 4],
      [null, 'Không', 0],
      [null, 'Có', 'bốn'],
    ]);
    const vi = await importSheet('admin', 'loi.xlsx', file);
    expect(vi.statusCode).toBe(400);
    expect(vi.json().errors).toEqual([
      { path: 'rows.6', code: 'errors.criteriaSheet.points', message: 'Dòng 6: điểm "bốn" không phải số không âm.' },
      { path: 'rows.4', code: 'errors.criteriaSheet.fewOptions', message: 'Dòng 4: tiêu chí A1.1 cần ít nhất hai phương án.' },
      { path: 'rows.4', code: 'errors.criteriaSheet.noOptionAtMax', message: 'Dòng 4: không phương án nào của tiêu chí A1.1 đạt điểm tối đa 4.' },
    ]);
    const en = await importSheet('admin', 'loi.xlsx', file, 'en');
    expect(en.json().errors[0].message).toBe('Row 6: points "bốn" are not a number of zero or more.');
  });

  it('refuses what is not a workbook, naming the file', async () => {
    const res = await importSheet('admin', 'a.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'file', code: 'imports.refused.legacyXls' })]);
  });

  it('a copied draft takes an imported sheet, adds up, publishes, and then refuses edits', async () => {
    const base = (await t.app.inject({ method: 'GET', url: '/api/criteria-sets/148-2023', headers: { cookie: c.admin } })).json().definition;
    const imported = (
      await importSheet(
        'admin',
        'phieu.xlsx',
        await workbook([
          ['Tiêu chí', 'Phương án', 'Điểm', 'Gợi ý bằng chứng'],
          ['PHẦN A: SẢN XUẤT'],
          ['A1. Nguyên liệu'],
          ['A1.1. Nguồn nguyên liệu', null, 40],
          [null, 'Nhập khẩu', 0],
          [null, 'Địa phương', 40, 'Hợp đồng'],
          ['PHẦN B: THỊ TRƯỜNG'],
          ['B1. Phân phối'],
          ['B1.1. Kênh phân phối', null, 25],
          [null, 'Trong xã', 5],
          [null, 'Toàn quốc', 25],
          ['PHẦN C: CHẤT LƯỢNG'],
          ['C1. Chất lượng', null, 35],
          [null, 'Đạt', 10],
          [null, 'Tốt', 35],
        ]),
      )
    ).json();
    const draft = { ...base, code: 'EDITOR-TEST', ruleVersion: 'EDITOR-TEST', effectiveFrom: '2031-01-01', effectiveTo: null, sections: imported.sections, criteria: imported.criteria, knockOuts: [], starMinimums: [] };
    const created = await t.app.inject({ method: 'POST', url: '/api/criteria-sets?basedOn=148-2023', headers: { cookie: c.admin }, payload: draft });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ basedOn: '148-2023', status: 'draft', criteriaCount: 3 });
    const published = await t.app.inject({ method: 'POST', url: '/api/criteria-sets/EDITOR-TEST/publish', headers: { cookie: c.admin }, payload: { version: 1 } });
    expect(published.statusCode).toBe(200);
    const edit = await t.app.inject({ method: 'PUT', url: '/api/criteria-sets/EDITOR-TEST', headers: { cookie: c.admin }, payload: { version: 2, definition: draft } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toContain('chỉ bản nháp mới được sửa');
  });
});
