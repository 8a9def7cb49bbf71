import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launch, login, newContext, PHONE, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('journey: the administrator backs up the platform', () => {
  it('opens Sao lưu dữ liệu, starts a backup, follows its progress to the end and downloads the new file', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'admin');
    await page.getByTestId('nav-backups').click();
    await page.getByTestId('backups-title').waitFor();
    await expect.poll(() => page.getByTestId('backup-keep').textContent()).toContain('giữ lại 7 bản sao lưu hằng đêm gần nhất');
    const rows = page.getByTestId('backup-table').locator('tbody tr.ant-table-row');
    await page.getByTestId('backup-table').locator('.ant-table-tbody').waitFor();
    // a backup already running (the nightly one a fresh server catches up on) keeps the button busy: wait for its end
    await page.locator('[data-testid="backup-start"]:not(.ant-btn-loading)').waitFor({ timeout: 180_000 });
    const before = await rows.count();

    await page.getByTestId('backup-start').click();
    const job = page.getByTestId('backup-job');
    await job.waitFor();
    // the progress bar follows the job until it is done (the job's own condition, no fixed wait)
    await page.locator('[data-testid="backup-job"][data-status="done"]').waitFor({ timeout: 180_000 });
    await expect.poll(() => job.textContent()).toMatch(/Đã tạo bản sao lưu ocop-\d{8}-\d{6}\.tar\.gz/);
    expect(await job.locator('[role="progressbar"]').getAttribute('aria-valuenow')).toBe('100');
    const name = /ocop-\d{8}-\d{6}\.tar\.gz/.exec((await job.textContent())!)![0];

    // the list refreshed with the new row: vi-VN time and size, the embedded database, row counts, "Thủ công"
    const row = rows.filter({ hasText: name });
    await row.waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(before + 1);
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toContain(name);
    expect(cells[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(cells[2]).toMatch(/^\d+,\d{2} MB$/);
    expect(cells[3]).toBe('PGlite (nhúng)');
    expect(Number(cells[4].replace(/\./g, ''))).toBeGreaterThan(1000);
    expect(cells[6]).toBe('Thủ công');
    await screenshot(page, 'backups-desktop');

    const download = page.waitForEvent('download');
    await page.getByTestId(`backup-download-${name}`).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    const saved = (await file.path())!;
    expect(fs.statSync(saved).size).toBeGreaterThan(10_000);
    expect([...fs.readFileSync(saved).subarray(0, 2)]).toEqual([0x1f, 0x8b]); // gzip

    const excel = page.waitForEvent('download');
    await page.getByTestId('backup-export').click();
    const workbook = await excel;
    expect(workbook.suggestedFilename()).toBe('sao-luu-du-lieu.xlsx');
    expect(fs.readFileSync((await workbook.path())!).subarray(0, 2).toString()).toBe('PK');
    await context.close();
  });

  it('fits a phone screen without sideways scrolling, and others see no backup menu', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'admin');
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('nav-backups').click();
    await page.getByTestId('backups-title').waitFor();
    await page.getByTestId('backup-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390 + 1);
    await screenshot(page, 'backups-phone');
    await context.close();

    const other = await newContext(browser, DESKTOP, inject('baseUrl'));
    const central = await other.newPage();
    await login(central, 'central');
    await central.getByTestId('nav-reports-reports').waitFor();
    expect(await central.getByTestId('nav-backups').count()).toBe(0);
    await central.goto('/admin/backups');
    await central.locator('.ant-result-403').waitFor();
    expect(await central.getByTestId('backups-title').count()).toBe(0);
    await other.close();
  });
});
