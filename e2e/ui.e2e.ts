import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newContext, PHONE, screenshot } from './support/browser';

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
      const session = page.waitForResponse((r) => r.url().endsWith('/api/auth/session'));
      await page.goto('/');
      expect((await session).status()).toBe(200);
      await page.getByTestId('product-link').first().waitFor({ timeout: 30_000 });
      await page.goto('/catalogue');
      await page.getByTestId('product-link').first().waitFor({ timeout: 30_000 });
      await page.getByTestId('product-link').first().click();
      await page.getByTestId('product-title').waitFor({ timeout: 30_000 });
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
