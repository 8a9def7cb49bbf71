import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launch, login, newContext, PHONE, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('journey: an officer finds a product by searching without accents', () => {
  it('logs in, searches "ruou ba kich", opens "Rượu ba kích" and sees its page', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.goto('/products');
    await page.getByTestId('product-search').fill('ruou ba kich');
    await page.getByTestId('product-search').press('Enter');
    const link = page.getByRole('link', { name: 'Rượu ba kích đặc sản Quảng Ninh' }).first();
    await link.waitFor();
    await screenshot(page, 'catalogue-search-results');
    await link.click();
    await expect.poll(() => page.getByTestId('product-title').textContent()).toContain('Rượu ba kích đặc sản Quảng Ninh');
    await page.getByText('Công ty cổ phần Xây dựng và Sản xuất Bia').first().waitFor();
    await page.getByTestId('figures-table').waitFor();
    await page.locator('[data-chart] canvas').first().waitFor(); // drawn at once (reduced motion)
    const file = await screenshot(page, 'product-page-ruou-ba-kich');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    await context.close();
  });

  it('shows the same page on a phone-sized screen', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'commune.qn');
    await page.goto('/products');
    await page.getByTestId('product-search').fill('nuoc khoang quang hanh');
    await page.getByTestId('product-search').press('Enter');
    // every product shown is one of the Quang Hanh mineral waters (the search has applied)
    await expect
      .poll(async () => {
        const names = await page.getByTestId('product-link').allTextContents();
        return names.length > 0 && names.every((n) => /Quang Hanh/.test(n));
      }, { timeout: 15_000 })
      .toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390 + 1); // no horizontal scrolling on a phone
    await screenshot(page, 'phone-product-search');
    await context.close();
  });
});
