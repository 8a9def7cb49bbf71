import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launch, login, newContext, screenshot, WAIT_MS } from './support/browser';

/**
 * The Quảng Ngãi provincial officer brings in a products list the province keeps: a title
 * row, its own header for the product name (which the importer does not know), the entity's
 * legacy district. They map the column in the preview, commit, watch the progress and find the
 * products in the catalogue.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function provincialList(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách 2023');
  ws.addRow(['DANH SÁCH SẢN PHẨM OCOP TỈNH QUẢNG NGÃI NĂM 2023']);
  ws.mergeCells(1, 1, 1, 7);
  ws.addRow([]);
  ws.addRow(['Tên gọi', 'Nhóm sản phẩm', 'Tên chủ thể', 'Xã', 'Huyện', 'Hạng sao', 'Năm công nhận']);
  ws.addRow(['Chè dây Sơn Tây', 'Chè', 'HTX Dược liệu Sơn Mùa', 'xa Son Mua', 'huyen Son Tay', '3 sao', 2023]);
  ws.addRow(['Mật ong hoa rừng Sơn Mùa', 'Nông sản thô', 'HTX Dược liệu Sơn Mùa', 'xa Son Mua', 'huyen Son Tay', '★★★★', 2023]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-e2e-')), 'san-pham-ocop-2023.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('journey: a provincial officer imports a products workbook', () => {
  it('uploads, fixes a column mapping, commits with progress and finds the products', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qng');
    await page.getByTestId('nav-imports').click();
    await page.waitForURL('**/imports');
    await screenshot(page, 'imports-1-upload');

    const file = await provincialList();
    await page.locator('[data-testid="import-upload"] input[type=file], input[type=file]').first().setInputFiles(file);
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/, { timeout: WAIT_MS });
    // "Tên gọi" is unknown: the preview asks for the product name column
    await page.getByTestId('import-errors').waitFor({ timeout: WAIT_MS });
    await expect.poll(async () => page.getByTestId('import-errors').innerText()).toContain('Tên sản phẩm');
    await screenshot(page, 'imports-2-preview-problem');

    await page.getByTestId('map-0').click();
    await page.locator('.ant-select-item-option', { hasText: 'Tên sản phẩm *' }).first().click();
    await page.getByTestId('import-commit').waitFor({ timeout: WAIT_MS });
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    await screenshot(page, 'imports-3-preview-mapped');

    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor({ timeout: WAIT_MS });
    expect(await page.getByTestId('import-done').innerText()).toContain('2');
    await screenshot(page, 'imports-4-done');

    await page.goto('/products?q=che%20day%20son%20tay');
    await page.getByText('Chè dây Sơn Tây').first().waitFor({ timeout: WAIT_MS });
    await screenshot(page, 'imports-5-products');
    await context.close();
  });
});
