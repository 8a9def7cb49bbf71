import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launch, login, newContext, PHONE, screenshot } from './support/browser';

/** The trade report on the Reports screen (issue 12 item 4) and the documents register's attach button. */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('journey: the trade report', () => {
  it("the Quảng Ngãi provincial officer opens 2022's trade promotion: the chart and seed 004's figures", async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qng');
    await page.goto('/reports?code=trade&unit=51&from=2022&to=2022');
    await expect.poll(() => page.getByTestId('report-heading').textContent()).toContain('Tỉnh Quảng Ngãi, 2022');
    await page.locator('[data-testid="report-chart"] canvas').first().waitFor();
    const row = page.getByTestId('report-table').locator('tr', { hasText: '2022' }).first();
    // 2022: 4 fairs (1 local, 1 provincial, 1 national, 1 international), 933 booths
    await expect.poll(async () => (await row.locator('td').allTextContents()).slice(0, 6)).toEqual(['2022', '4', '1', '1', '1', '1']);
    await expect.poll(async () => (await row.locator('td').allTextContents()).join(' ')).toContain('933');
    await screenshot(page, 'trade-report-qng-2022');
    await context.close();
  });

  it('on a phone, the report page does not scroll sideways', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qng');
    await page.goto('/reports?code=trade&unit=51&from=2022&to=2022');
    await page.locator('[data-testid="report-chart"] canvas').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await screenshot(page, 'trade-report-qng-2022-phone');
    await context.close();
  });

  it('the documents register shows the attach button to the provincial office', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.goto('/documents');
    await page.getByTestId('documents-table').waitFor();
    await expect.poll(() => page.getByTestId('document-attach').count()).toBeGreaterThan(0);
    await screenshot(page, 'documents-attach');
    await context.close();
  });
});
