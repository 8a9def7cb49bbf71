import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlaceIndex, type PlaceUnit } from '../../domain/imports/places';
import type { ParseContext } from '../../domain/imports/rows';
import { ImportRefused } from '../../domain/imports/sheet';
import { parseFile } from './parse-file';

const fixtures = path.resolve('test/fixtures/imports');
const resources = path.resolve('resources');

/** The shipped units of both structures, as the importer sees them from the database. */
function shippedPlaces(): PlaceIndex {
  const read = (f: string) => parse(fs.readFileSync(path.join(resources, 'admin-units', f), 'utf8'), { columns: true }) as Array<Record<string, string>>;
  const mapping = read('admin-units-mapping.csv');
  const rollUp = new Map<string, string>();
  const provinceOf = new Map<string, string>();
  for (const m of mapping) {
    if (!rollUp.has(m.legacy_commune_code)) rollUp.set(m.legacy_commune_code, m.new_commune_code);
    if (!provinceOf.has(m.legacy_commune_code)) provinceOf.set(m.legacy_commune_code, m.new_province_code);
  }
  const units: PlaceUnit[] = [];
  for (const r of read('admin-units-2025.csv')) {
    units.push({ structure: 'current', code: r.code, level: r.level as PlaceUnit['level'], name: r.name, shortName: r.short_name, parentCode: r.parent_code || null, currentProvinceCode: r.level === 'province' ? r.code : r.parent_code });
  }
  for (const r of read('admin-units-legacy.csv')) {
    const own = r.level === 'province' ? r.code : r.parent_code;
    units.push({ structure: 'legacy', code: r.code, level: r.level as PlaceUnit['level'], name: r.name, shortName: r.short_name, parentCode: r.parent_code || null, currentProvinceCode: provinceOf.get(r.code) ?? own });
  }
  return new PlaceIndex(units, rollUp);
}

const groups = [
  { code: '1', parentCode: null, nameVi: 'Thực phẩm', nameEn: 'Food' },
  { code: '1.2', parentCode: '1', nameVi: 'Nông sản thô, sơ chế (gạo, ngũ cốc, mật ong, khác)', nameEn: 'Raw produce' },
  { code: '1.4', parentCode: '1', nameVi: 'Gia vị (tương, nước mắm)', nameEn: 'Condiments' },
  { code: '1.5', parentCode: '1', nameVi: 'Chè (chè tươi, chè chế biến)', nameEn: 'Tea' },
];

let ctx: ParseContext;
beforeAll(() => {
  ctx = { places: shippedPlaces(), province: '51', groups, maxYear: 2026 };
});

describe('real-looking provincial lists', () => {
  it('reads a Quảng Ngãi products workbook: title rows, two sheets, legacy districts, missing accents, star spellings', async () => {
    const parsed = await parseFile(path.join(fixtures, 'qng-products.xlsx'), 'qng-products.xlsx', 'products', ctx);
    expect(parsed.problems).toEqual([]);
    expect(parsed.sheets.map((s) => [s.sheet, s.headerRow])).toEqual([['SP 2022', 4], ['SP 2024', 4], ['Ghi chú', null]]);
    const rows = parsed.rows.map((r) => r.parsed.kind === 'products' && r.parsed.fields);
    expect(rows).toHaveLength(5);
    const [que, tinhDau, matOng, tra, toi] = rows as Array<Exclude<(typeof rows)[number], false>>;
    // "Xã Sơn Bua, Huyện Sơn Tây" is a legacy commune that became Sơn Tây Thượng
    expect(que.entity.place).toEqual({ structure: 'legacy', code: '21331', currentCode: '21334', currentProvinceCode: '51' });
    expect(tinhDau.entity.place).toEqual(que.entity.place); // "xa son bua", "huyen Son Tay"
    expect([que, tinhDau, matOng, tra, toi].map((r) => r.recognition?.stars)).toEqual([3, 4, 4, 3, 3]);
    expect(que.recognition).toMatchObject({ year: 2022, decision: '1234/QĐ-UBND', decisionDate: '2022-12-05', level: 'province' });
    expect([que.subgroupCode, matOng.subgroupCode, tra.subgroupCode]).toEqual(['1.4', '1.2', '1.5']);
    expect(que.entity).toMatchObject({ type: 'cooperative', taxCode: '4300123458' });
    expect(matOng.entity.type).toBe('household');
    expect(toi.entity).toMatchObject({ type: 'enterprise', place: { structure: 'current', code: '21548' } });
    expect(tra.entity.place).toMatchObject({ structure: 'current', code: '21028' });
  });

  it('reads an entities list without any accents in a neighbouring province', async () => {
    const parsed = await parseFile(path.join(fixtures, 'qn-entities.xlsx'), 'qn-entities.xlsx', 'entities', { ...ctx, province: '22' });
    expect(parsed.problems).toEqual([]);
    const rows = parsed.rows.map((r) => r.parsed.kind === 'entities' && r.parsed.fields);
    expect(rows.map((r) => r && [r.type, r.place.code, r.taxCode])).toEqual([['cooperative', '06778', '5701234566'], ['household', '06781', null]]);
  });

  it('reads a semicolon CSV with a BOM and Vietnamese amounts', async () => {
    const parsed = await parseFile(path.join(fixtures, 'qng-figures.csv'), 'qng-figures.csv', 'figures', ctx);
    expect(parsed.problems).toEqual([]);
    const rows = parsed.rows.map((r) => r.parsed.kind === 'figures' && r.parsed.fields);
    expect(rows.map((r) => r && [r.year, r.revenueVnd, r.costVnd, r.profitVnd, r.output])).toEqual([
      [2023, 12_031_540_000, 9_500_000_000, 2_531_540_000, 12_500],
      [2024, 12_031_540_000, 10_000_000_000, 2_031_540_000, 13_000],
    ]);
  });

  it('names the sheet, row and column of every problem', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Tên sản phẩm', 'Nhóm', 'Tên chủ thể', 'Xã', 'Hạng sao', 'Năm công nhận']);
    ws.addRow(['Quế', 'Gia vị', 'HTX Quế', 'Sơn Bua', '7 sao', 2022]);
    ws.addRow(['<script>alert(1)</script>', 'Gia vị', 'HTX Quế', 'Xã Không Có', '3', 2022]);
    ws.addRow(['Quế', { formula: 'A1&"x"', result: 'Quếx' }, 'HTX Quế', 'Sơn Bua', '3', 2022]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imp-')), 'bad.xlsx');
    await wb.xlsx.writeFile(file);
    const parsed = await parseFile(file, 'bad.xlsx', 'products', ctx);
    expect(parsed.rows).toHaveLength(0);
    expect(parsed.problems.map((p) => [p.sheet, p.row, p.col, p.field, p.code])).toEqual([
      ['Danh sách', 2, 4, 'stars', 'stars'],
      ['Danh sách', 3, 0, 'productName', 'markup'],
      ['Danh sách', 3, 3, 'commune', 'unitUnknown'],
      ['Danh sách', 4, 1, 'group', 'formula'],
    ]);
  });

  it('keeps Vietnamese letters whole in a large workbook, whose sheet is inflated in many chunks', async () => {
    // exceljs's streaming reader decoded each chunk on its own: a letter split between two came out as "��"
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imp-'));
    for (const useSharedStrings of [false, true]) {
      const file = path.join(dir, `big-${useSharedStrings}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings, useStyles: false });
      const ws = wb.addWorksheet('Danh sách');
      ws.addRow(['Tên sản phẩm', 'Nhóm', 'Tên chủ thể', 'Xã', 'Hạng sao', 'Năm công nhận']).commit();
      for (let i = 0; i < 3000; i++) ws.addRow([`Quế Trà Bồng ${i}`, 'Gia vị', `Hợp tác xã Nông nghiệp Sơn Bua số ${i}`, 'Xã Sơn Bua', '3 sao', 2022]).commit();
      ws.commit();
      await wb.commit();
      const parsed = await parseFile(file, 'big.xlsx', 'products', ctx);
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows).toHaveLength(3000);
      const names = parsed.rows.map((r) => (r.parsed.kind === 'products' ? `${r.parsed.fields.name}|${r.parsed.fields.entity.name}` : ''));
      expect(names.filter((n, i) => n !== `Quế Trà Bồng ${i}|Hợp tác xã Nông nghiệp Sơn Bua số ${i}`)).toEqual([]);
    }
  });

  it('refuses files it cannot read, with the reason', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imp-'));
    const write = (name: string, bytes: Buffer | string) => {
      fs.writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    const refusal = async (file: string, name: string) => {
      try {
        await parseFile(file, name, 'products', ctx);
        return 'read';
      } catch (e) {
        return e instanceof ImportRefused ? e.code : String(e);
      }
    };
    expect(await refusal(path.join(fixtures, 'legacy-tcvn3.csv'), 'legacy-tcvn3.csv')).toBe('encoding');
    expect(await refusal(write('a.xlsx', '%PDF-1.4 hello'), 'a.xlsx')).toBe('notSpreadsheet');
    expect(await refusal(write('b.xlsx', '<html><script>alert(1)</script></html>'), 'b.xlsx')).toBe('notSpreadsheet');
    expect(await refusal(write('c.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])), 'c.xlsx')).toBe('corrupt');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100), Buffer.from('EncryptionInfo', 'utf16le')]);
    expect(await refusal(write('d.xlsx', ole), 'd.xlsx')).toBe('encrypted');
    expect(await refusal(write('e.csv', ''), 'e.csv')).toBe('empty');
    expect(await refusal(write('f.csv', Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',') + '\n'), 'f.csv')).toBe('tooManyColumns');
  });
});
