import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { docxText, pdfText } from '../support/documents';
import type { Report, ReportRow } from '../../src/contracts/reports';

/**
 * The `trade` report (issue 12 item 4) on hand-made trade-promotion records in Hà Tĩnh (42),
 * where the demo has none; expected figures are written out. Legacy Hồng Lĩnh (district 437):
 * its communes 18115, 18121, 18124 became Bắc Hồng Lĩnh (18115), and 18118… Nam Hồng Lĩnh (18118).
 *
 * - fairs: F1 provincial, province-level, 2021-05-10, 100 booths, 5,000 visitors, 1 bn sales;
 *   F2 local, 18115, 2022-03-01, 40 booths, 2,000 visitors, 300 m; F3 national, kept under legacy
 *   commune 18121 (rolls up into 18115), 2022-09-01, 10 booths, 1,000 visitors, no sales;
 *   F4 international, province-level, 2022-11-20, 500 m sales, no booths or visitors
 * - sales points: S1 state 18115 open since 2021-06-01; S2 state open since 2022-02-01; S3 private
 *   18118 open, opening date unknown; S4 private closed; S5 state planned
 * - contracts: C1 signed 2021-08-01 2 bn; C2 completed 18115 2022-04-01 3 bn; C3 memorandum signed
 *   2022-06-01 no value; C4 cancelled 2022-07-01 700 m
 * - listings: L1 Shopee 18115 active, recorded 2021-03-01; L2 Shopee 18118 active, 2022-05-01;
 *   L3 Postmart inactive 2022
 * - combos: G1 Tết offered 2022-12-01; G2 conference, no date, recorded 2021-10-10
 */
let t: TestContext;
const cookies: Record<string, string> = {};

interface Rec {
  kind: string; category: string; status?: string | null; starts?: string | null; amount?: number | null;
  unit?: string; legacy?: boolean; details?: Record<string, unknown>; products?: string[]; created?: string;
}

async function rec(r: Rec) {
  const unit = r.unit ?? '42';
  await t.database.db.execute(sql`insert into trade_records (kind, name, category, status, starts_on, amount_vnd, product_ids, details,
      unit_structure, unit_code, province_code, district_code, search_text, created_at)
    values (${r.kind}, ${`${r.kind} ${r.category}`}, ${r.category}, ${r.status ?? null}, ${r.starts ?? null}, ${r.amount ?? null},
      ${JSON.stringify(r.products ?? [])}::jsonb, ${JSON.stringify(r.details ?? {})}::jsonb,
      ${r.legacy ? 'legacy' : 'current'}, ${unit}, '42', ${r.legacy ? '437' : null}, 'x', ${r.created ?? '2026-01-05T03:00:00Z'}::timestamptz)`);
}

beforeAll(async () => {
  t = await createTestApp();
  await rec({ kind: 'fair', category: 'provincial', starts: '2021-05-10', amount: 1_000_000_000, details: { booths: 100, visitors: 5000 } });
  await rec({ kind: 'fair', category: 'local', starts: '2022-03-01', amount: 300_000_000, unit: '18115', details: { booths: 40, visitors: 2000 } });
  await rec({ kind: 'fair', category: 'national', starts: '2022-09-01', unit: '18121', legacy: true, details: { booths: 10, visitors: 1000 } });
  await rec({ kind: 'fair', category: 'international', starts: '2022-11-20', amount: 500_000_000, details: { booths: null, visitors: null } });
  await rec({ kind: 'salesPoint', category: 'state', status: 'open', starts: '2021-06-01', unit: '18115', products: ['pa', 'pb'] });
  await rec({ kind: 'salesPoint', category: 'state', status: 'open', starts: '2022-02-01', products: ['pa'] });
  await rec({ kind: 'salesPoint', category: 'private', status: 'open', unit: '18118', products: ['pc'] });
  await rec({ kind: 'salesPoint', category: 'private', status: 'closed', starts: '2020-01-01' });
  await rec({ kind: 'salesPoint', category: 'state', status: 'planned', starts: '2023-01-01' });
  await rec({ kind: 'tradeContract', category: 'contract', status: 'signed', starts: '2021-08-01', amount: 2_000_000_000 });
  await rec({ kind: 'tradeContract', category: 'contract', status: 'completed', starts: '2022-04-01', amount: 3_000_000_000, unit: '18115' });
  await rec({ kind: 'tradeContract', category: 'memorandum', status: 'signed', starts: '2022-06-01' });
  await rec({ kind: 'tradeContract', category: 'contract', status: 'cancelled', starts: '2022-07-01', amount: 700_000_000 });
  await rec({ kind: 'listing', category: 'shopee', status: 'active', unit: '18115', products: ['pa'], created: '2021-03-01T03:00:00Z' });
  await rec({ kind: 'listing', category: 'shopee', status: 'active', unit: '18118', products: ['pc'], created: '2022-05-01T03:00:00Z' });
  await rec({ kind: 'listing', category: 'postmart', status: 'inactive', products: ['pb'], created: '2022-05-01T03:00:00Z' });
  await rec({ kind: 'giftCombo', category: 'tet', starts: '2022-12-01', amount: 650_000, products: ['pa', 'pb'] });
  await rec({ kind: 'giftCombo', category: 'conference', amount: 1_200_000, products: ['pc'], created: '2021-10-10T03:00:00Z' });
  for (const u of ['central', 'province.qn', 'trade.qn', 'producer.qn']) cookies[u] = await t.login(u);
});
afterAll(() => t?.close());

const get = (url: string, user = 'central') => t.app.inject({ method: 'GET', url, headers: { cookie: cookies[user] } });

async function report(url: string, user = 'central'): Promise<Report> {
  const res = await get(url, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Report;
}

const table = (r: Report, key: string) => Object.fromEntries(r.tables.find((x) => x.key === key)!.rows.map((row) => [row.category, row])) as Record<string, ReportRow>;

describe('the trade report', () => {
  it("counts a province's fairs, sales points, contracts, listings and combos by year, against the year before", async () => {
    const r = await report('/api/reports/trade?unit=42&from=2022&to=2022');
    expect(r).toMatchObject({ code: 'trade', title: 'Xúc tiến thương mại sản phẩm OCOP', from: 2022, to: 2022, comparison: { from: 2021, to: 2021 } });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      year: 2022,
      fairs: 3, fairsLocal: 1, fairsProvincial: 0, fairsNational: 1, fairsInternational: 1, fairsChange: 2, fairsChangePct: 200,
      booths: 50, boothsChange: -50, boothsChangePct: -50,
      visitors: 3000, visitorsChange: -2000, visitorsChangePct: -40,
      fairSales: 800_000_000, fairSalesChange: -200_000_000, fairSalesChangePct: -20,
      // open at the end of 2022: S1, S2 (state), S3 (private, opening date unknown); 2021: S1, S3
      salesPoints: 3, salesPointsState: 2, salesPointsPrivate: 1, salesPointsOpened: 1, salesPointsChange: 1, salesPointsChangePct: 50,
      // C2 and C3 (C4 cancelled is left out); 2021: C1
      contracts: 2, contractsValue: 3_000_000_000, contractsChange: 1, contractsChangePct: 100, contractsValueChange: 1_000_000_000, contractsValueChangePct: 50,
      listings: 2,
      combos: 1, combosChange: 0, combosChangePct: 0,
    });
    expect(r.columns.find((c) => c.key === 'fairsLocal')).toMatchObject({ label: 'Cấp huyện/xã', group: 'Hội chợ, triển lãm', kind: 'number' });
    expect(r.columns.find((c) => c.key === 'visitorsChangePct')).toMatchObject({ kind: 'percent' });

    const levels = table(r, 'fairsByLevel');
    expect(levels['Cấp huyện/xã']).toMatchObject({ count: 1, countPrevious: 0, booths: 40, visitors: 2000, amount: 300_000_000 });
    expect(levels['Cấp tỉnh']).toMatchObject({ count: 0, countPrevious: 1, boothsPrevious: 100, visitorsPrevious: 5000, amountPrevious: 1_000_000_000 });
    expect(levels['Toàn quốc']).toMatchObject({ count: 1, booths: 10, visitors: 1000, amount: 0 });
    expect(levels['Quốc tế']).toMatchObject({ count: 1, booths: 0, amount: 500_000_000 });
    const funding = table(r, 'salesPointsByFunding');
    expect(funding['Nhà nước hỗ trợ']).toMatchObject({ count: 2, countPrevious: 1, opened: 1, openedPrevious: 1 });
    expect(funding['Xã hội hóa']).toMatchObject({ count: 1, countPrevious: 1, opened: 0 });
    const status = table(r, 'contractsByStatus');
    expect(status['Đã ký']).toMatchObject({ count: 1, amount: 0, countPrevious: 1, amountPrevious: 2_000_000_000 });
    expect(status['Đã hoàn thành']).toMatchObject({ count: 1, amount: 3_000_000_000 });
    expect(status['Đã hủy']).toMatchObject({ count: 1, amount: 700_000_000 });
    expect(status['Đang đàm phán']).toMatchObject({ count: 0, amount: 0 });
    const platforms = table(r, 'listingsByPlatform');
    expect(platforms.Shopee).toMatchObject({ count: 2, countPrevious: 1, products: 2 });
    expect(platforms.Postmart).toMatchObject({ count: 0 });
    const combos = table(r, 'combosByOccasion');
    expect(combos['Tết']).toMatchObject({ count: 1, countPrevious: 0, products: 2 });
    expect(combos['Hội nghị, hội thảo']).toMatchObject({ count: 0, countPrevious: 1 });
  });

  it('over several years: yearly rows, a first year without a previous one, totals summing flows and keeping the last stock', async () => {
    const r = await report('/api/reports/trade?unit=42&from=2021&to=2022');
    const [y2021, y2022] = r.rows;
    expect(y2021).toMatchObject({ year: 2021, fairs: 1, fairsChange: 1, fairsChangePct: null, salesPoints: 2, contracts: 1, listings: 1, combos: 1 });
    // S3, open with no opening date, counts at the end of 2020 too: 1 → 2
    expect(y2021).toMatchObject({ salesPointsChange: 1, salesPointsChangePct: 100 });
    expect(y2022).toMatchObject({ year: 2022, fairs: 3 });
    expect(r.totals).toMatchObject({ fairs: 4, booths: 150, visitors: 8000, fairSales: 1_800_000_000, contracts: 3, contractsValue: 5_000_000_000, combos: 2, salesPoints: 3, listings: 2, fairsChange: null });
  });

  it('rolls legacy records up into the current commune, and a legacy district shows its own area', async () => {
    // Bắc Hồng Lĩnh 18115: F2 and the legacy commune's F3; S1; C2; L1
    const commune = (await report('/api/reports/trade?unit=18115&from=2022&to=2022')).rows[0];
    expect(commune).toMatchObject({ fairs: 2, fairsLocal: 1, fairsNational: 1, booths: 50, salesPoints: 1, contracts: 1, contractsValue: 3_000_000_000, listings: 1, combos: 0 });
    // legacy district Hồng Lĩnh 437: both communes' records (S3 and L2 in Nam Hồng Lĩnh too); province-level records lie in no district
    const district = await report('/api/reports/trade?unit=437&from=2022&to=2022');
    expect(district.unit).toMatchObject({ structure: 'legacy', level: 'district' });
    expect(district.rows[0]).toMatchObject({ fairs: 2, booths: 50, salesPoints: 2, salesPointsState: 1, salesPointsPrivate: 1, contracts: 1, listings: 2 });
    // the legacy commune alone: only what was kept under it
    expect((await report('/api/reports/trade?unit=legacy:18121&from=2022&to=2022')).rows[0]).toMatchObject({ fairs: 1, booths: 10, salesPoints: 0 });
  });

  it('is run by area offices and trade officers on their area only: 404 outside it, none for producers', async () => {
    expect((await get('/api/reports/trade?unit=42&from=2022&to=2022', 'province.qn')).statusCode).toBe(404);
    expect((await get('/api/reports/trade?unit=42&from=2022&to=2022', 'trade.qn')).statusCode).toBe(404);
    expect((await get('/api/reports/trade?unit=22&from=2022&to=2022', 'trade.qn')).statusCode).toBe(200);
    expect((await get('/api/reports/trade?unit=22&from=2022&to=2022', 'producer.qn')).statusCode).toBe(404);
    const listed = (await get('/api/reports', 'trade.qn')).json().items.map((i: { code: string }) => i.code);
    expect(listed).toContain('trade');
    expect((await get('/api/reports', 'producer.qn')).json().items.map((i: { code: string }) => i.code)).not.toContain('trade');
    const bad = await get('/api/reports/trade?unit=42&from=2023&to=2022');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('from');
  });
});

describe('the trade report as files', () => {
  it('xlsx: Vietnamese headers and the figures as numbers with number formats', async () => {
    const res = await get('/api/reports/trade?unit=42&from=2021&to=2022&format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('trade-42-2021-2022.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Xúc tiến thương mại sản phẩm OCOP');
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const texts = cells.map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(['Hội chợ, triển lãm', 'Gian hàng', 'Lượt khách', 'Doanh số (đồng)', 'Nhà nước hỗ trợ', 'Xã hội hóa']));
    const sales = cells.find((c) => c.value === 1_800_000_000)!; // total fair sales
    expect(sales).toBeDefined();
    expect(sales.numFmt).toMatch(/#,##0/);
    expect(cells.some((c) => c.value === 800_000_000)).toBe(true);
  });

  it('csv, docx and pdf carry the figures', async () => {
    const csv = await get('/api/reports/trade?unit=42&from=2022&to=2022&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body).toContain('Lượt khách');
    expect(csv.body).toContain('800000000');
    const docx = await get('/api/reports/trade?unit=42&from=2022&to=2022&format=docx');
    expect(docx.statusCode).toBe(200);
    const text = docxText(docx.rawPayload);
    expect(text.toLowerCase()).toContain('xúc tiến thương mại sản phẩm ocop');
    expect(text).toContain('800.000.000');
    expect(text).toContain('Nhà nước hỗ trợ');
    const pdf = await get('/api/reports/trade?unit=42&from=2022&to=2022&format=pdf');
    expect(pdf.statusCode).toBe(200);
    const ptext = pdfText(pdf.rawPayload);
    expect(ptext).toContain('800.000.000');
  });
});
