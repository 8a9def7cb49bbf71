import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newContext, PHONE, screenshot } from './support/browser';
import { BUDGET_BYTES, measureEntry } from '../scripts/js-budget.mjs';

/** The public portal on a 390 px phone: search the catalogue, open a product, nothing scrolls sideways. */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function fitsThePhone(page: Page, name: string) {
  await screenshot(page, name);
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `${name}: ${width}px wide`).toBeLessThanOrEqual(PHONE.viewport.width);
}

describe('journey: a shopper on a phone', () => {
  it('searches the catalogue without accents, filters by province and opens the product page', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });

    await page.goto('/p');
    await page.getByTestId('product-link').first().waitFor();
    await fitsThePhone(page, 'portal-catalogue');

    await page.getByTestId('portal-search').fill('ruou ba kich');
    await page.getByTestId('portal-search').press('Enter');
    await page.waitForURL(/\/p\?q=ruou\+ba\+kich/);
    await expect.poll(() => page.getByTestId('product-link').first().textContent()).toContain('Rượu ba kích');

    // The province box finds "Quảng Ninh" typed without accents.
    await page.getByTestId('portal-filter-province').fill('quang ninh');
    await page.getByRole('option', { name: 'Tỉnh Quảng Ninh' }).click();
    await page.waitForURL(/province=22/);
    await expect.poll(() => page.getByTestId('portal-count').textContent()).toMatch(/Tìm thấy \d+ sản phẩm/);
    await fitsThePhone(page, 'portal-catalogue-search');

    // The address is the search: opened afresh, it shows the same results.
    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await expect.poll(() => other.getByTestId('product-link').first().textContent()).toContain('Rượu ba kích');
    await expect.poll(() => other.getByTestId('portal-filter-province').inputValue()).toBe('Tỉnh Quảng Ninh');
    await other.close();

    await page.getByTestId('product-link').first().click();
    await page.waitForURL(/\/p\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('product-title').textContent()).toBe('Rượu ba kích đặc sản Quảng Ninh');
    await expect.poll(() => page.getByTestId('star-badge').first().getAttribute('aria-label')).toBe('OCOP 4 sao');
    // The illustration is loaded at the phone's width from the srcset.
    await expect.poll(() => page.getByTestId('product-photo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const chosen = await page.getByTestId('product-photo').evaluate((img: HTMLImageElement) => img.currentSrc);
    expect(chosen).toMatch(/\/api\/photos\/[0-9a-f-]{36}\/w(640|1280)\.webp$/);
    await fitsThePhone(page, 'portal-product');

    // A product page opened directly paints from the data in the HTML.
    await page.reload();
    await page.getByTestId('product-title').waitFor();
    // No back-office code: the portal's own chunks only.
    expect(scripts.filter((s) => /antd|EChart|AppLayout|call-/.test(path.basename(s)))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the statistics with the province map and its attribution, and the open data page', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await page.goto('/stats');
    await page.getByTestId('province-map').waitFor();
    await expect.poll(() => page.locator('[data-testid="province-map"] path').count()).toBe(34);
    await expect.poll(() => page.locator('.map figcaption').textContent()).toContain('Open Development Vietnam');
    await fitsThePhone(page, 'portal-stats');
    await page.goto('/open-data');
    await page.getByTestId('download-products-csv').waitFor();
    await fitsThePhone(page, 'portal-open-data');
    await context.close();
  });
});

describe('the JavaScript budget of the built portal', () => {
  it('stays within 170 KB compressed for the catalogue and the product page', () => {
    const m = measureEntry(path.resolve(import.meta.dirname, '../dist/web'));
    expect(m.files.length).toBeGreaterThan(0);
    expect(m.gzip, m.files.map((f) => `${f.file} ${f.gzip}`).join(', ')).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(m.brotli).toBeLessThanOrEqual(m.gzip);
  });
});
