import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, login, newContext, PHONE, screenshot } from './support/browser';

/**
 * A provincial officer on a visit records a post-recognition inspection (hậu kiểm) on a phone:
 * the demo's planned inspection of Cẩm Phú's fresh eggs, every checklist item passed, compliant.
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
