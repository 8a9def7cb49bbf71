import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { request, type APIRequestContext, type Browser } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DESKTOP, launch, login, newContext, PHONE, SCREENSHOT_DIR, screenshot } from './support/browser';

/**
 * The rule editor in a real browser: an administrator copies 148/2023 into a draft, enters
 * the decision and dates in the forms, imports the score sheet from an .xlsx made here, sees
 * part C fall short and fixes it in the form until every part adds up, checks, saves and
 * publishes; the published version opens read-only and compares with 148/2023. Then a
 * council member scores a product of a round dated after the version's start on its sheet,
 * on a phone.
 */
let browser: Browser;
let office: APIRequestContext;
let chair: APIRequestContext;
const CODE = 'E2E-2027';
const FIXTURE = path.join(SCREENSHOT_DIR, 'rules-editor-sheet.xlsx');

async function makeFixture(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phiếu chấm');
  const rows: Array<Array<string | number | null>> = [
    ['Tiêu chí', 'Phương án', 'Điểm', 'Gợi ý bằng chứng'],
    ['PHẦN A: SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG'],
    ['A1. Nguyên liệu và sản xuất'],
    ['A1.1. Nguồn nguyên liệu', null, 40],
    [null, 'Nhập khẩu', 0],
    [null, 'Một phần từ địa phương', 20],
    [null, 'Toàn bộ từ địa phương', 40, 'Hợp đồng mua nguyên liệu'],
    ['PHẦN B: KHẢ NĂNG TIẾP THỊ'],
    ['B1. Thị trường'],
    ['B1.1. Kênh phân phối', null, 25],
    [null, 'Trong xã', 5],
    [null, 'Toàn quốc', 25],
    ['PHẦN C: CHẤT LƯỢNG SẢN PHẨM'],
    ['C1. Chất lượng'],
    ['C1.1. Cảm quan', null, 30],
    [null, 'Đạt', 10],
    [null, 'Tốt', 30, 'Phiếu kiểm nghiệm'],
  ];
  for (const r of rows) ws.addRow(r);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await wb.xlsx.writeFile(FIXTURE);
}

beforeAll(async () => {
  await makeFixture();
  browser = await launch();
  office = await request.newContext({ baseURL: inject('baseUrl') });
  chair = await request.newContext({ baseURL: inject('baseUrl') });
  expect((await office.post('/api/auth/login', { data: { username: 'province.qn', password: 'ocop2026' } })).status()).toBe(200);
  expect((await chair.post('/api/auth/login', { data: { username: 'council.qn', password: 'ocop2026' } })).status()).toBe(200);
});
afterAll(async () => {
  await office?.dispose();
  await chair?.dispose();
  await browser?.close();
});

describe('journey: a rule version built in forms', () => {
  it('an administrator copies a version, imports a sheet, makes the parts add up and publishes it', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'admin');
    await page.goto('/admin/criteria/new?from=148-2023');
    await expect.poll(() => page.getByTestId('ed-code').inputValue()).toBe('148-2023-moi');
    await page.getByTestId('ed-code').fill(CODE);
    await page.getByTestId('ed-rule-version').fill(CODE);
    await page.getByTestId('ed-decision-number').fill('27/QĐ-TTg');
    await page.getByTestId('ed-signed-on').fill('2027-01-15');
    await page.getByTestId('ed-effective-from').fill('2027-02-01');
    await page.getByTestId('ed-effective-to').fill('');
    await expect.poll(() => page.getByTestId('ed-part-total').textContent()).toContain('100 / 100');
    await screenshot(page, 'rules-editor-general');

    await page.getByRole('tab', { name: 'Phiếu chấm' }).click();
    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    // 148/2023's own criteria give way to the three of the file.
    await expect.poll(() => page.locator('[data-testid^="ed-criterion-"][data-testid$=".1"]').count()).toBe(3);
    // The imported sheet gives 30 of part C's 35: the form says so at once …
    await expect.poll(() => page.getByTestId('ed-part-sum-C').textContent()).toBe('Phần C: 30 / 35');
    expect(await page.getByTestId('ed-part-sum-C').getAttribute('class')).toContain('error');
    expect(await page.getByTestId('ed-option-A1.1-c-hint').inputValue()).toBe('Hợp đồng mua nguyên liệu');
    await screenshot(page, 'rules-editor-imported-short');
    // … and adds up once the criterion and its best option give 35.
    await page.getByTestId('ed-criterion-C1.1-max').fill('35');
    await page.getByTestId('ed-option-C1.1-b-points').fill('35');
    await expect.poll(() => page.getByTestId('ed-part-sum-C').textContent()).toBe('Phần C: 35 / 35');
    for (const part of ['A', 'B', 'C']) expect(await page.getByTestId(`ed-part-sum-${part}`).getAttribute('class')).toContain('success');

    await page.getByTestId('criteria-validate').click();
    await page.getByTestId('criteria-valid').waitFor();
    await screenshot(page, 'rules-editor-valid');
    await page.getByTestId('criteria-save').click();
    await expect.poll(() => page.getByTestId('criteria-title').textContent()).toContain(CODE);
    await page.getByTestId('criteria-publish').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('criteria-publish').waitFor({ state: 'detached' });
    await screenshot(page, 'rules-editor-published');

    // Published: the editor opens read-only and offers a copy instead.
    await page.goto(`/admin/criteria/${CODE}/edit`);
    await page.getByTestId('editor-read-only').waitFor();
    expect(await page.getByTestId('criteria-save').count()).toBe(0);
    expect(await page.getByTestId('ed-decision-number').isDisabled()).toBe(true);

    await page.goto(`/admin/criteria/compare?a=148-2023&b=${CODE}`);
    await page.getByTestId('compare-result').waitFor();
    await expect.poll(() => page.getByTestId('compare-fields').textContent()).toContain('27/QĐ-TTg');
    const counts = await page.getByTestId('compare-counts').textContent();
    // The three imported criteria keep the codes of 148/2023 (A1.1, B1.1, C1.1): matched by code
    // they count as changed, the rest of that sheet's criteria as removed.
    const [, added, removed, changed] = /(\d+) tiêu chí thêm, (\d+) bỏ, (\d+) thay đổi/.exec(counts ?? '') ?? [];
    expect(Number(added) + Number(changed)).toBe(3);
    expect(Number(removed)).toBeGreaterThan(0);
    await screenshot(page, 'rules-editor-compare');
    await context.close();
  });

  it('a council member scores a round dated after its start on its sheet, on a phone', async () => {
    const eligible = (await (await office.get('/api/evaluation-rounds/eligible-members?level=province&unitCode=22')).json()).items as Array<{ id: string; username: string }>;
    const open = (await (await chair.get('/api/evaluation-rounds?status=open')).json()).items as Array<{ id: string }>;
    const busy = new Set<string>();
    for (const r of open) for (const p of (await (await chair.get(`/api/evaluation-rounds/${r.id}`)).json()).products) busy.add(p.productId);
    const products = (await (await office.get('/api/products?province=22&pageSize=200')).json()).items as Array<{ id: string }>;
    const productId = products.find((p) => !busy.has(p.id))!.id;
    const created = await office.post('/api/evaluation-rounds', {
      data: {
        name: 'Đợt đánh giá tháng 2/2027 (QĐ 27)',
        level: 'province',
        unitCode: '22',
        date: '2027-02-10',
        members: [{ userId: eligible.find((u) => u.username === 'council.qn')!.id, role: 'chair' }, { userId: eligible.find((u) => u.username === 'council.qn2')!.id, role: 'member' }],
        productIds: [productId],
      },
    });
    expect(created.status()).toBe(201);
    const round = await created.json();
    expect(round.ruleVersion).toBe(CODE);

    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'council.qn');
    await page.goto(`/evaluation/${round.id}/score/${productId}`);
    await page.getByTestId('sheet-product').waitFor();
    await page.getByTestId('option-A1.1-c').click();
    await page.getByTestId('option-B1.1-b').click();
    await page.getByTestId('option-C1.1-b').click();
    await expect.poll(() => page.getByTestId('sheet-total').textContent()).toMatch(/100\/100/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width + 1);
    await page.getByTestId('sheet-save').click();
    await page.getByTestId('sheet-save-state').getByText(/Đã lưu/).waitFor();
    await screenshot(page, 'rules-editor-phone-score');
    const saved = await (await chair.get(`/api/evaluation-rounds/${round.id}/sheets/${productId}`)).json();
    expect(saved.complete).toBe(true);
    expect(saved.definition.criteria.map((c: { code: string }) => c.code)).toEqual(['A1.1', 'B1.1', 'C1.1']);
    await context.close();
  });
});
