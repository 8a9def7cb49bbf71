import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launch, login, newContext, PHONE, screenshot } from './support/browser';

/** What a new user and a phone user see: no errors in the console, nothing wider than the screen. */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Console errors and failed API answers (4xx/5xx) seen while `run` runs. */
async function watchErrors(page: Page, run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400) seen.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await run();
  return seen;
}

describe('journey: an anonymous visitor', () => {
  it('opens the home page, the catalogue and a product without a 401 or a console error', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    const errors = await watchErrors(page, async () => {
      // Anonymous visitors of / and /catalogue land on the light public portal (/p).
      await page.goto('/');
      await page.waitForURL(/\/p$/);
      await page.getByTestId('product-link').first().waitFor({ timeout: 30_000 });
      await page.goto('/catalogue?q=ruou+ba+kich');
      await page.waitForURL(/\/p\?q=ruou\+ba\+kich$/);
      await page.getByTestId('product-link').first().waitFor({ timeout: 30_000 });
      await page.getByTestId('product-link').first().click();
      await page.getByTestId('product-title').waitFor({ timeout: 30_000 });
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The page is no wider than the phone: nothing scrolls sideways. */
async function fitsThePhone(page: Page, name: string) {
  await screenshot(page, name);
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `${name}: ${width}px wide`).toBeLessThanOrEqual(PHONE.viewport.width);
}

describe('journey: an officer on a 390 px phone', () => {
  it('sees the rounds list, a product with a long subgroup name and the certificates without sideways scrolling', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');

    await page.goto('/evaluation');
    await page.getByTestId('round-link').first().waitFor();
    await fitsThePhone(page, 'phone-rounds-list');

    // A product of subgroup 1.3, whose name is the longest of the classification.
    const list = await (await page.request.get('/api/products?province=22&pageSize=100')).json();
    const long = list.items.find((p: { subgroupCode: string | null }) => p.subgroupCode === '1.3');
    await page.goto(`/products/${long.id}`);
    await page.getByTestId('product-title').waitFor();
    await page.getByText(/Thực phẩm tiện lợi, chế biến/).first().waitFor();
    await fitsThePhone(page, 'phone-product-long-subgroup');

    await page.goto('/certificates');
    await page.getByTestId('certificate-link').first().waitFor();
    await fitsThePhone(page, 'phone-certificates');
    await context.close();
  });

  it('reads every menu label in full: long labels wrap instead of being cut', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.getByTestId('menu-toggle').click();
    const items = page.locator('.ant-drawer .ant-menu-title-content');
    await items.first().waitFor();
    await page.getByText('Kế hoạch kinh doanh').first().waitFor();
    const cut = await items.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    await screenshot(page, 'phone-menu');
    expect(cut).toEqual([]);
    await context.close();

    // The desktop sidebar (220 px) too.
    const desktop = await newContext(browser, DESKTOP, inject('baseUrl'));
    const wide = await desktop.newPage();
    await login(wide, 'province.qn');
    const side = wide.locator('.ant-layout-sider .ant-menu-title-content');
    await wide.locator('.ant-layout-sider').getByText('Kế hoạch kinh doanh').first().waitFor();
    const cutOnDesktop = await side.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    await screenshot(wide, 'desktop-sidebar');
    expect(cutOnDesktop).toEqual([]);
    await desktop.close();
  });
});

describe('journey: the catalogue on a desktop', () => {
  it('finds Quảng Ngãi in the province filter from "Quang Ngai"', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn'); // anonymous visitors of /catalogue land on the portal (portal.e2e.ts)
    await page.goto('/catalogue');
    await page.getByTestId('product-link').first().waitFor();
    await page.getByTestId('catalogue-filter-province').click();
    await page.keyboard.type('Quang Ngai');
    const option = page.locator('.ant-select-item-option').filter({ hasText: 'Tỉnh Quảng Ngãi' });
    await option.waitFor();
    await screenshot(page, 'catalogue-province-filter');
    await option.click();
    await expect.poll(() => page.url()).toContain('province=51');
    await context.close();
  });
});

describe('journey: the producer reads its feedback and its yearly figures', () => {
  it('sees which round the feedback is of, the current class it rests on, and the figures form in triệu đồng', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'producer.qn');
    const list = await (await page.request.get('/api/products?q=ruou%20ba%20kich')).json();
    const id = list.items[0].id as string;
    await page.goto(`/evaluation/feedback?productId=${id}`);
    const refers = page.getByTestId('feedback-refers-to');
    await refers.waitFor();
    expect(await refers.textContent()).toContain('Quyết định 148/QĐ-TTg');
    expect(await page.getByTestId('feedback-current-class').textContent()).toContain('4 sao');
    await fitsThePhone(page, 'phone-feedback');

    await page.goto(`/products/${id}`);
    await page.getByTestId('figures-table').waitFor();
    await page.getByTestId('figure-add').click();
    await page.getByTestId('figure-unit-note').waitFor();
    expect(await page.locator('.ant-modal').textContent()).toContain('Doanh thu (triệu đồng)');
    await screenshot(page, 'phone-figure-form');
    await context.close();
  });
});
