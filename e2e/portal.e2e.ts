import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launch, newContext, PHONE, screenshot } from './support/browser';
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

describe('journey: finding where to buy and when the next fair is', () => {
  it('opens the sales-point map, filters Quảng Ninh, taps a dot, and goes from a product page to its point', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto('/p');
    await page.getByRole('link', { name: 'Điểm bán', exact: true }).click();
    await page.waitForURL(/\/sales-points$/);
    await page.getByTestId('sales-point-map').waitFor();
    await expect.poll(() => page.locator('[data-testid="sales-point-map"] path').count()).toBe(34);
    // Quảng Ngãi's 10 points and Quảng Ninh's 2 open ones (the planned Móng Cái point is not shown)
    await expect.poll(() => page.getByTestId('map-point').count()).toBe(12);
    await expect.poll(() => page.getByTestId('points-count').textContent()).toBe('12 điểm bán');
    await expect.poll(() => page.locator('.map-points figcaption').textContent()).toContain('Open Development Vietnam');
    await expect.poll(() => page.locator('[data-testid="sales-point-map"] text').allTextContents()).toEqual(['Quần đảo Hoàng Sa (Đà Nẵng)', 'Quần đảo Trường Sa (Khánh Hòa)']);
    await fitsThePhone(page, 'portal-sales-points');

    await page.getByTestId('portal-filter-province').fill('quang ninh');
    await page.getByRole('option', { name: 'Tỉnh Quảng Ninh' }).click();
    await page.waitForURL(/\/sales-points\?province=22$/);
    await expect.poll(() => page.getByTestId('map-point').count()).toBe(2);
    await expect.poll(() => page.getByTestId('point-item').locator('.point-name').allTextContents()).toEqual([
      'Điểm giới thiệu và bán sản phẩm OCOP Quang Hanh',
      'Trung tâm giới thiệu và bán sản phẩm OCOP Quảng Ninh',
    ]);
    // tapping the centre's dot shows it under the map, with its products linked
    await page.locator('[data-testid="map-point"][aria-label="Trung tâm giới thiệu và bán sản phẩm OCOP Quảng Ninh"]').tap();
    await page.waitForURL(/province=22&point=[0-9a-f-]{36}$/);
    const card = page.getByTestId('selected-point');
    await expect.poll(() => card.locator('h2').textContent()).toBe('Trung tâm giới thiệu và bán sản phẩm OCOP Quảng Ninh');
    await expect.poll(() => card.textContent()).toContain('Phường Hồng Gai, tỉnh Quảng Ninh');
    await expect.poll(() => card.getByTestId('point-product').allTextContents()).toContain('Nước khoáng thiên nhiên Quang Hanh Khatisa');
    await page.getByTestId('sales-point-map').scrollIntoViewIfNeeded();
    await fitsThePhone(page, 'portal-sales-points-quang-ninh');

    // from the point to a product's page, and from its "where to buy" back to the point on the map
    await card.getByRole('link', { name: 'Nước khoáng thiên nhiên Quang Hanh Khatisa' }).click();
    await page.waitForURL(/\/p\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('product-title').textContent()).toBe('Nước khoáng thiên nhiên Quang Hanh Khatisa');
    await page.getByTestId('sales-point-map-link').click();
    await page.waitForURL(/\/sales-points\?province=22&point=/);
    await expect.poll(() => page.getByTestId('selected-point').locator('h2').textContent()).toBe('Trung tâm giới thiệu và bán sản phẩm OCOP Quảng Ninh');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the fairs calendar: the upcoming fair first, then a month by its shareable address', async () => {
    for (const [device, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']] as const) {
      const context = await newContext(browser, device, inject('baseUrl'));
      const page = await context.newPage();
      await page.goto('/fairs');
      await page.getByTestId('fairs-upcoming').waitFor();
      const first = page.getByTestId('fair').first();
      await expect.poll(() => first.locator('h3').textContent()).toBe('Hội chợ Xúc tiến thương mại sản phẩm OCOP Quảng Ninh');
      await expect.poll(() => first.getByTestId('fair-dates').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}$/);
      await expect.poll(() => first.textContent()).toContain('Sắp diễn ra');
      // the demo's five past fairs, and any an earlier journey recorded in this server (trade.e2e's summer 2026 fair)
      await expect.poll(() => page.getByTestId('fairs-past').getByTestId('fair').count()).toBeGreaterThanOrEqual(5);
      await expect.poll(() => page.getByTestId('fair').last().getByTestId('fair-dates').textContent()).toBe('07/04/2022 – 27/04/2022');
      if (name === 'phone') await fitsThePhone(page, 'portal-fairs');
      else await screenshot(page, 'portal-fairs-desktop');

      // a month: its own address, with the neighbouring months a tap away
      await page.goto('/fairs?month=2022-04');
      await expect.poll(() => page.getByTestId('month-title').textContent()).toBe('Tháng 04/2022');
      await expect.poll(() => page.getByTestId('fair').locator('h3').allTextContents()).toEqual([
        'Hội chợ Thương mại quốc tế Việt Nam lần thứ 31 (VIETNAM EXPO 2022)',
        'Phiên chợ hàng Việt về miền núi và hải đảo tỉnh Quảng Ngãi năm 2022',
      ]);
      await page.getByTestId('month-next').click();
      await page.waitForURL(/\/fairs\?month=2022-05$/);
      await page.getByTestId('fairs-none').waitFor();
      await page.goto('/fairs?month=2022-07');
      await page.getByTestId('fair-product').first().waitFor();
      if (name === 'phone') await fitsThePhone(page, 'portal-fairs-month');
      else await screenshot(page, 'portal-fairs-month-desktop');
      await page.getByTestId('fair-product').first().click();
      await page.waitForURL(/\/p\/[0-9a-f-]{36}$/);
      await page.getByTestId('product-title').waitFor();
      if (name === 'desktop') {
        await page.goto('/sales-points?province=51');
        await expect.poll(() => page.getByTestId('map-point').count()).toBe(10);
        await screenshot(page, 'portal-sales-points-desktop');
        // in English too
        await page.goto('/fairs?lang=en');
        await expect.poll(() => page.locator('h1').textContent()).toBe('OCOP fairs and exhibitions calendar');
        await expect.poll(() => page.getByTestId('fair').first().textContent()).toContain('Provincial');
        await screenshot(page, 'portal-fairs-desktop-en');
      }
      await context.close();
    }
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
