import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { launch, login, newContext, PHONE, screenshot } from './support/browser';

/**
 * A provincial officer on a visit records a post-recognition inspection (hậu kiểm) on a phone:
 * the demo's planned inspection of Cẩm Phú's fresh eggs, every checklist item passed, compliant.
 * Then one plans a visit to Fresh Quang Hanh, takes two photos, removes the wrong one, edits the
 * plan (a later day, the team, the checklist the certificate was issued under) and cancels it.
 */
let browser: Browser;

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390 + 1);
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('journey: a provincial officer records an inspection on a phone', () => {
  it('finds the planned inspection, passes the ten items and concludes compliant', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.goto('/inspections');
    await page.getByTestId('inspection-status-filter').getByText('Đã lên kế hoạch').click();
    const link = page.getByTestId('inspection-link').filter({ hasText: 'Trứng gà tươi' });
    await link.waitFor();
    await noHorizontalScroll(page);
    await screenshot(page, 'inspections-list-phone');
    await link.click();
    await page.getByTestId('inspection-record-form').waitFor();
    const items = page.locator('[data-testid^="item-"]');
    expect(await items.count()).toBe(10);
    expect(await page.getByTestId('item-local-labour').textContent()).toContain('Lao động địa phương');
    for (let i = 0; i < 10; i++) await items.nth(i).getByText('Đạt', { exact: true }).click();
    await page.getByTestId('item-revenue').getByPlaceholder('Ghi chú').fill('Doanh thu 9 tháng tăng so với cùng kỳ');
    await page.getByTestId('record-outcome').getByText('Đạt yêu cầu').click();
    await noHorizontalScroll(page);
    await screenshot(page, 'inspections-record-phone');
    const saved = page.waitForResponse((r) => r.url().includes('/record') && r.request().method() === 'POST');
    await page.getByTestId('record-submit').click();
    expect((await saved).status()).toBe(200);
    await page.getByTestId('inspection-results').waitFor();
    expect(await page.getByTestId('inspection-status').first().textContent()).toContain('Đạt yêu cầu');
    expect(await page.getByTestId('inspection-results').textContent()).toContain('10 đạt · 0 không đạt');
    await noHorizontalScroll(page);
    await screenshot(page, 'inspections-recorded-phone');
    // the certificate's page lists its inspections
    await page.getByRole('link', { name: 'OCOP-22-2026-000002' }).click();
    const section = page.getByTestId('product-inspections');
    await section.waitFor();
    expect(await section.textContent()).toContain('Đạt yêu cầu');
    await noHorizontalScroll(page);
    await screenshot(page, 'inspections-certificate-phone');
    await context.close();
  });
});

describe('journey: a provincial officer edits a planned inspection on a phone', () => {
  it('removes a photo, moves the day, changes the team and the checklist, then cancels with a reason', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    // a planned inspection of Fresh's certificate (issued in 2024, under 148/QĐ-TTg)
    const planned = await page.evaluate(async () => {
      const certs = (await (await fetch('/api/certificates?q=Fresh&pageSize=50')).json()).items as Array<{ id: string; status: string; productName: string }>;
      const cert = certs.find((c) => c.productName.includes('Fresh') && (c.status === 'valid' || c.status === 'expiring'))!;
      const res = await fetch('/api/inspections', {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ certificateId: cert.id, plannedOn: new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }), inspectors: 'Sở NN&MT' }),
      });
      return (await res.json()) as { id: string; checklist: { ruleVersion: string } };
    });
    expect(planned.checklist.ruleVersion).toBe('1489/QĐ-TTg');
    await page.goto(`/inspections/${planned.id}`);
    await page.getByTestId('inspection-record-form').waitFor();
    expect(await page.getByTestId('checklist-note').textContent()).toContain('chưa được đối chiếu với văn bản gốc');

    // two photos of the visit, the first one wrong
    const photos = page.getByTestId('inspection-photo');
    for (const [n, colour] of [[1, { r: 200, g: 40, b: 40 }], [2, { r: 40, g: 160, b: 90 }]] as const) {
      const buffer = await sharp({ create: { width: 480, height: 360, channels: 3, background: colour } }).jpeg().toBuffer();
      const uploaded = page.waitForResponse((r) => r.url().endsWith('/photos') && r.request().method() === 'POST');
      await page.getByTestId('inspection-photo-input').setInputFiles({ name: `anh-${n}.jpg`, mimeType: 'image/jpeg', buffer });
      expect((await uploaded).status()).toBe(201);
      await expect.poll(() => photos.count()).toBe(n);
    }
    const secondSrc = await photos.nth(1).locator('img').getAttribute('src');
    await noHorizontalScroll(page);
    await screenshot(page, 'inspections-planned-photos-phone');
    await photos.first().getByTestId('photo-remove').click();
    const removed = page.waitForResponse((r) => r.url().includes('/photos/') && r.request().method() === 'DELETE');
    await page.getByTestId('photo-remove-confirm').click();
    expect((await removed).status()).toBe(204);
    await expect.poll(() => photos.count()).toBe(1);
    expect(await photos.first().locator('img').getAttribute('src')).toBe(secondSrc);

    // edit the plan: three days later, a larger team, the checklist of the certificate's issue
    await page.getByTestId('inspection-edit').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('edit-plan-inspectors').waitFor();
    const later = new Date(Date.now() + 3 * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    const [y, m, d] = later.split('-');
    const dateInput = dialog.locator('.ant-form-item', { hasText: 'Ngày dự kiến' }).locator('.ant-picker input').first();
    await dateInput.click();
    await dateInput.fill(`${d}/${m}/${y}`);
    await dateInput.press('Enter');
    await dialog.getByTestId('edit-plan-inspectors').fill('Sở NN&MT, Chi cục Quản lý chất lượng');
    await dialog.getByTestId('edit-plan-note').fill('Dời lịch theo đề nghị của cơ sở');
    const checklists = dialog.getByTestId('edit-plan-checklist');
    expect(await checklists.textContent()).toContain('1489/QĐ-TTg (đang có hiệu lực vào ngày dự kiến)');
    await checklists.getByText('148/QĐ-TTg', { exact: true }).click();
    expect(await checklists.locator('.ant-radio-wrapper-checked').textContent()).toBe('148/QĐ-TTg (có hiệu lực khi cấp giấy chứng nhận)');
    await noHorizontalScroll(page);
    await screenshot(page, 'inspections-edit-phone');
    const saved = page.waitForResponse((r) => r.url().endsWith(`/inspections/${planned.id}`) && r.request().method() === 'PATCH');
    await dialog.getByTestId('edit-plan-submit').click();
    const patch = await saved;
    expect(patch.status()).toBe(200);
    expect(patch.request().postDataJSON()).toEqual({
      version: 1, plannedOn: later, inspectors: 'Sở NN&MT, Chi cục Quản lý chất lượng', planNote: 'Dời lịch theo đề nghị của cơ sở', checklistCode: '148-2023',
    });
    await expect.poll(() => page.getByTestId('inspection-planned-on').textContent()).toBe(`${d}/${m}/${y}`);
    expect(await page.getByTestId('inspection-inspectors').textContent()).toBe('Sở NN&MT, Chi cục Quản lý chất lượng');
    expect(await page.getByTestId('inspection-checklist').textContent()).toBe('Theo 148/QĐ-TTg');
    await noHorizontalScroll(page);
    await screenshot(page, 'inspections-edited-phone');

    // cancel: the reason is required
    await page.getByTestId('inspection-cancel').click();
    await page.getByTestId('cancel-submit').click();
    await page.getByRole('dialog').getByText('Vui lòng nhập', { exact: false }).or(page.getByRole('dialog').locator('.ant-form-item-explain-error')).first().waitFor();
    await page.getByTestId('cancel-reason').fill('Cơ sở tạm ngừng sản xuất để sửa chữa nhà xưởng');
    const cancelled = page.waitForResponse((r) => r.url().endsWith('/cancel') && r.request().method() === 'POST');
    await page.getByTestId('cancel-submit').click();
    expect((await cancelled).status()).toBe(200);
    await page.getByTestId('inspection-cancelled').waitFor();
    expect(await page.getByTestId('inspection-cancelled').textContent()).toContain('Cơ sở tạm ngừng sản xuất để sửa chữa nhà xưởng');
    expect(await page.getByTestId('inspection-status').first().textContent()).toBe('Đã hủy');
    expect(await page.getByTestId('inspection-edit').count()).toBe(0);
    expect(await page.getByTestId('photo-remove').count()).toBe(0);
    await noHorizontalScroll(page);
    await screenshot(page, 'inspections-cancelled-phone');
    await context.close();
  });
});
