import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launch, login, newContext, PHONE, screenshot, SCREENSHOT_DIR } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('journey: reports, exports and the map', () => {
  it('the Quảng Ninh provincial officer opens products by star for 2017–2019, sees the chart and downloads the Excel file', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.getByTestId('nav-reports-reports').click();
    await page.getByTestId('reports-title').waitFor();
    // pick the report and the years through the URL the pickers write (then the pickers show them)
    await page.goto('/reports?code=products-by-star&from=2017&to=2019');
    await expect.poll(() => page.getByTestId('report-heading').textContent()).toContain('Tỉnh Quảng Ninh, 2017–2019');
    await page.locator('[data-testid="report-chart"] canvas').first().waitFor();
    // the table's 2018 row: 1 new product of each star class (seed 000 Table 5)
    const row2018 = page.getByTestId('report-table').locator('tr', { hasText: '2018' }).first();
    await expect.poll(async () => (await row2018.locator('td').allTextContents()).slice(0, 5)).toEqual(['2018', '1', '1', '1', '3']);
    await screenshot(page, 'reports-products-by-star-qn-2017-2019');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = await file.path();
    expect(fs.statSync(saved!).size).toBeGreaterThan(4000);
    expect(fs.readFileSync(saved!).subarray(0, 2).toString()).toBe('PK'); // a zip: the workbook
    // a province's Excel for three years is a direct download: no background job was started
    expect(await page.getByTestId('export-job').count()).toBe(0);
    await context.close();
  });

  it('the Word export of the same report runs as a background job: the progress bar reaches 100 % and the file downloads by itself', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.goto('/reports?code=products-by-star&from=2017&to=2019');
    await expect.poll(() => page.getByTestId('report-heading').textContent()).toContain('Tỉnh Quảng Ninh, 2017–2019');
    const started = page.waitForResponse((r) => r.url().endsWith('/api/report-exports') && r.request().method() === 'POST');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByTestId('export-docx').click();
    expect((await started).status()).toBe(202);
    const job = page.getByTestId('export-job');
    await job.waitFor();
    await page.locator('[data-testid="export-job"][data-status="done"]').waitFor({ timeout: 120_000 });
    expect(await job.locator('[role="progressbar"]').getAttribute('aria-valuenow')).toBe('100');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const body = fs.readFileSync((await file.path())!);
    expect(body.subarray(0, 2).toString()).toBe('PK');
    expect(body.includes(Buffer.from('word/document.xml'))).toBe(true); // a Word document, not just any zip
    expect(body.length).toBeGreaterThan(5000);
    // the link to the file stays offered, with its name and size
    const link = page.getByTestId('export-job-link');
    expect(await link.textContent()).toContain(`Tải lại ${file.suggestedFilename()}`);
    expect(await link.getAttribute('href')).toMatch(/^\/api\/report-exports\/[0-9a-f-]{36}\/file$/);
    await screenshot(page, 'reports-export-job-docx');
    await context.close();
  });

  it('the central officer opens the map and clicks Quảng Ninh to open its report', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'central');
    await page.getByTestId('nav-reports-map').click();
    await page.getByTestId('map-title').waitFor();
    const map = page.getByTestId('vietnam-map');
    await map.locator('canvas').first().waitFor();
    await expect.poll(() => page.getByTestId('map-attribution').textContent()).toContain('CC BY-SA 4.0');
    await screenshot(page, 'reports-map-central');
    // Quảng Ninh (Hạ Long, about 107.1°E 21.0°N) on the drawn map, through the chart's own projection.
    // The chart may still be resizing (a scrollbar appearing as the page grows moves the projection), so the point
    // is read again before each click until the click opens the report.
    const clickQuangNinh = async () => {
      const box = (await map.locator('canvas').first().boundingBox())!;
      const xy = await page.evaluate(() => (window as unknown as { __ocopMapPoint?: (lon: number, lat: number) => number[] | null }).__ocopMapPoint?.(107.35, 21.15) ?? null);
      expect(xy).not.toBeNull();
      await page.mouse.click(box.x + xy![0], box.y + xy![1]);
    };
    await map.scrollIntoViewIfNeeded();
    const opened = (u: URL) => u.pathname === '/reports' && u.searchParams.get('unit') === '22';
    for (let attempt = 1; ; attempt++) {
      await clickQuangNinh();
      const navigated = await page.waitForURL(opened, { timeout: 10_000 }).then(() => true, () => false);
      if (navigated) break;
      if (attempt === 5) throw new Error('clicking Quảng Ninh on the map did not open its report: ' + page.url());
    }
    await expect.poll(() => page.getByTestId('report-heading').textContent()).toContain('Tỉnh Quảng Ninh');
    await page.locator('[data-testid="report-chart"] canvas').first().waitFor();
    await screenshot(page, 'reports-map-click-quang-ninh');
    await context.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.goto('/reports?code=funnel&unit=195&structure=legacy&from=2017&to=2019');
    await page.locator('[data-testid="report-chart"] canvas').first().waitFor();
    await page.getByTestId('report-table').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390 + 1);
    await screenshot(page, 'reports-phone-funnel');
    // a background export's progress bar and link fit the phone too
    await page.getByTestId('export-pdf').click();
    await page.locator('[data-testid="export-job"][data-status="done"]').waitFor({ timeout: 120_000 });
    await page.getByTestId('export-job-link').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390 + 1);
    await page.getByTestId('export-job').screenshot({ path: `${SCREENSHOT_DIR}/reports-phone-export-job.png` });
    await page.goto('/reports/map');
    await page.getByTestId('vietnam-map').locator('canvas').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390 + 1);
    await screenshot(page, 'reports-phone-map');
    await context.close();
  });
});
