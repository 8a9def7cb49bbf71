import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { request, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { DESKTOP, launch, login, newContext, PHONE, screenshot } from './support/browser';

/**
 * Evaluation journeys in a real browser on the demo data: a council member scores a product
 * on a phone, the chair closes the round, the provincial office approves it, and the printed
 * certificate's QR code verifies on the public page; an administrator adds a criteria-set version.
 */
let browser: Browser;
let roundId: string;
let chair: APIRequestContext;
beforeAll(async () => {
  browser = await launch();
  // The open demo round, found through the API, so that no step depends on an earlier one.
  chair = await request.newContext({ baseURL: inject('baseUrl') });
  expect((await chair.post('/api/auth/login', { data: { username: 'council.qn', password: 'ocop2026' } })).status()).toBe(200);
  const rounds = (await (await chair.get('/api/evaluation-rounds?pageSize=100')).json()).items as Array<{ id: string; name: string; status: string }>;
  roundId = rounds.find((r) => r.status === 'open' && r.name.includes('đợt 3'))!.id;
});
afterAll(async () => {
  await chair?.dispose();
  await browser?.close();
});

/** Scores the chair's remaining products (the same sheet endpoint the page uses). */
async function scoreTheRest() {
  const round = await (await chair.get(`/api/evaluation-rounds/${roundId}`)).json();
  for (const p of round.products.filter((x: { mySheet: { complete: boolean } }) => !x.mySheet.complete)) {
    const res = await chair.put(`/api/evaluation-rounds/${roundId}/sheets/${p.productId}`, { data: { answers: SHEET } });
    expect(res.status()).toBe(200);
  }
}

/** A sheet scored by hand against the 1489/2025 set: A 26, B 13, C 20 = 59 points. */
const SHEET: Record<string, string> = {
  'A1.1': 'd', 'A1.2': 'b', 'A1.3': 'b', 'A1.4': 'b', 'A1.5': 'c', 'A1.6': 'a', 'A2.1': 'c', 'A2.2': 'c', 'A2.3': 'b', 'A3.1': 'c', 'A3.2': 'b', 'A3.3': 'd', 'A3.4': 'b', 'A3.5': 'c',
  'B1.1': 'c', 'B1.2': 'c', 'B1.3': 'b', 'B2.1': 'c', 'B2.2': 'b', 'B2.3': 'c',
  'C1.1': 'c', 'C1.2': 'b', 'C2.1': 'c', 'C2.2': 'd', 'C3.1': 'c', 'C3.2': 'b', 'C3.3': 'a', 'C3.4': 'b', 'C4.1': 'b',
};

async function noHorizontalScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width + 1);
}

describe('journey: scoring on a phone, closing, approving, printing and verifying', () => {
  it('a council member scores a product criterion by criterion on a phone', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'council.qn');
    await page.goto('/evaluation');
    await page.getByTestId('round-link').filter({ hasText: 'đợt 3' }).first().click();
    await page.getByTestId('round-title').waitFor();
    expect(page.url()).toContain(`/evaluation/${roundId}`);
    await screenshot(page, 'evaluation-phone-round');

    await page.locator('[data-testid^="score-"]').first().click();
    await page.getByTestId('sheet-product').waitFor();
    await expect.poll(() => page.getByTestId('sheet-total').textContent()).toContain('0/100');
    for (const [criterion, option] of Object.entries(SHEET)) {
      await page.getByTestId(`option-${criterion}-${option}`).click();
    }
    // Running totals per part, computed as the member taps.
    expect(await page.getByTestId('sheet-part-A').textContent()).toContain('26/40');
    expect(await page.getByTestId('sheet-part-B').textContent()).toContain('13/25');
    expect(await page.getByTestId('sheet-part-C').textContent()).toContain('20/35');
    expect(await page.getByTestId('sheet-total').textContent()).toContain('59/100');
    await noHorizontalScroll(page, PHONE.viewport.width);
    await page.getByTestId('criterion-B1.3').scrollIntoViewIfNeeded();
    await screenshot(page, 'evaluation-phone-sheet');
    await page.getByTestId('sheet-save').click();
    await expect.poll(() => page.getByTestId('sheet-save-state').textContent()).toMatch(/Đã lưu/);

    // The server agrees with the hand count.
    const productId = page.url().split('/score/')[1];
    const saved = await (await page.request.get(`/api/evaluation-rounds/${roundId}/sheets/${productId}`)).json();
    expect(saved).toMatchObject({ total: 59, parts: { A: 26, B: 13, C: 20 }, complete: true });
    await context.close();
  });

  it('the chair finishes scoring and closes the round', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'council.qn');
    await scoreTheRest();
    await page.goto(`/evaluation/${roundId}`);
    await page.getByTestId('round-close').click();
    const closed = page.waitForResponse((r) => r.url().endsWith(`/api/evaluation-rounds/${roundId}/close`));
    await page.getByTestId('close-ok').click();
    expect((await closed).status()).toBe(200);
    await page.locator('[data-testid^="result-"]').first().waitFor();
    await expect.poll(() => page.getByText('Đã kết thúc').first().isVisible()).toBe(true);
    await screenshot(page, 'evaluation-phone-closed');
    await context.close();
  });

  it('the provincial office approves; the certificate prints and its QR code verifies', async () => {
    // Closed by the step before, or here when that step did not get there.
    if ((await (await chair.get(`/api/evaluation-rounds/${roundId}`)).json()).status === 'open') {
      await scoreTheRest();
      expect((await chair.post(`/api/evaluation-rounds/${roundId}/close`, { data: {} })).status()).toBe(200);
    }
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.goto(`/evaluation/${roundId}`);
    await page.getByTestId('round-approve').click();
    await page.getByTestId('approve-number').fill('3456/QĐ-UBND');
    // The approval checks: the product whose dossier nobody confirmed (and that has no commune
    // pre-assessment) is listed and left out of the decision unless a reason is recorded.
    const round = await (await page.request.get(`/api/evaluation-rounds/${roundId}`)).json();
    const unchecked = round.products.find((p: { dossier: { status: string } }) => p.dossier.status === 'unchecked');
    expect(unchecked.approvalBlocks).toEqual(['dossier-not-confirmed', 'pre-assessment-missing']);
    const listed = page.getByTestId(`approve-blocked-${unchecked.productId}`);
    await listed.waitFor();
    await expect.poll(() => listed.textContent()).toContain('Hồ sơ chưa được xác nhận đầy đủ');
    await page.getByTestId(`approve-certify-${unchecked.productId}`).check();
    await expect.poll(() => page.getByTestId('approve-ok').isDisabled()).toBe(true); // a reason is required
    await page.getByTestId(`approve-certify-${unchecked.productId}`).uncheck();
    await screenshot(page, 'evaluation-approve-checks');
    const approved = page.waitForResponse((r) => r.url().endsWith(`/api/evaluation-rounds/${roundId}/approve`));
    await page.getByTestId('approve-ok').click();
    const response = await approved;
    expect(response.status()).toBe(200);
    expect((await response.json()).excluded).toEqual([unchecked.productId]);
    await page.getByTestId(`decision-${unchecked.productId}`).waitFor();
    await page.getByRole('tab', { name: /Giấy chứng nhận/ }).click();
    await screenshot(page, 'evaluation-approved');
    await page.getByRole('link', { name: /^OCOP-22-/ }).first().click();
    await page.getByTestId('certificate-title').waitFor();
    await page.getByTestId('certificate-qr').waitFor();
    await screenshot(page, 'certificate-page');
    const pdfHref = await page.getByTestId('certificate-pdf').getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const verifyPath = await page.getByTestId('certificate-verify').getAttribute('href');
    await context.close();

    // Anyone scanning the QR code, on a phone and without an account.
    const visitor = await newContext(browser, PHONE, inject('baseUrl'));
    const phone = await visitor.newPage();
    await phone.goto(verifyPath!);
    await expect.poll(() => phone.getByTestId('verify-status').textContent()).toBe('Giấy chứng nhận hợp lệ');
    await expect.poll(() => phone.getByTestId('verify-online').textContent()).toContain('chữ ký số hợp lệ');
    await noHorizontalScroll(phone, PHONE.viewport.width);
    await screenshot(phone, 'verify-phone-valid');
    // An altered code is never reported as valid.
    const [h, p, s] = verifyPath!.slice(3).split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...payload, s: 5 })).toString('base64url')}.${s}`;
    await phone.goto(`/v/${forged}`);
    await expect.poll(() => phone.getByTestId('verify-status').textContent()).toBe('Mã không hợp lệ');
    await screenshot(phone, 'verify-phone-forged');
    await visitor.close();
  });
});

describe('journey: the provincial office creates a round in the web app', () => {
  it('names the council and the products, and the round opens for scoring', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.goto('/evaluation');
    await page.getByTestId('round-new').click();
    await page.getByText('Áp dụng 1489/QĐ-TTg').waitFor();
    const pick = async (testId: string, text: string) => {
      await page.getByTestId(testId).click();
      await page.keyboard.type(text);
      await page.locator('.ant-select-item-option').filter({ hasText: text }).first().click();
      await page.keyboard.press('Escape');
    };
    await pick('round-chair', 'Thành viên Hội đồng OCOP');
    await pick('round-members', 'Nguyễn Thị Hồng Vân');
    await pick('round-members', 'Trần Văn Hải');
    await pick('round-products-select', 'Mắm chắt');
    await screenshot(page, 'evaluation-new-round');
    await page.getByTestId('round-submit').click();
    await page.waitForURL(/\/evaluation\/[0-9a-f-]{36}$/);
    await page.getByTestId('round-title').waitFor();
    expect(await page.getByTestId('round-members').textContent()).toContain('Chủ tịch hội đồng');
    await page.getByText('Mắm chắt Lục Gia').first().waitFor();
    await context.close();
  });
});

describe('journey: an administrator adds a criteria-set version', () => {
  it('lists the versions, shows one, copies it into a draft and publishes it', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'admin');
    await page.goto('/admin/criteria');
    await page.getByTestId('criteria-link').filter({ hasText: '148-2023' }).click();
    await page.getByTestId('criteria-title').waitFor();
    await page.getByText('Nguồn nguyên liệu').first().waitFor();
    await screenshot(page, 'criteria-set-148');
    await page.getByTestId('criteria-copy').click();
    // The whole version as data, in the editor's JSON tab (the other tabs are forms: rules-editor.e2e.ts).
    await page.getByRole('tab', { name: 'Dữ liệu (JSON)' }).click();
    const editor = page.getByTestId('criteria-json');
    await expect.poll(async () => (await editor.inputValue()).length).toBeGreaterThan(1000);
    const draft = JSON.parse(await editor.inputValue());
    await editor.fill(JSON.stringify({ ...draft, code: 'QN-E2E-2030', effectiveFrom: '2030-01-01', effectiveTo: null }, null, 2));
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await page.getByTestId('criteria-validate').click();
    await page.getByTestId('criteria-valid').waitFor();
    await page.getByTestId('criteria-save').click();
    await page.waitForURL(/\/admin\/criteria\/QN-E2E-2030$/);
    await page.getByTestId('criteria-publish').click();
    await page.getByRole('button', { name: /OK|Đồng ý/ }).click();
    await page.getByText('Đã ban hành').first().waitFor();
    await screenshot(page, 'criteria-set-published');
    await context.close();
  });
});
