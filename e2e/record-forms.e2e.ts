import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launch, login, newContext, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/**
 * The edit cycle the registry forms share (web/components/useVersionedForm): only changed
 * fields are sent with the version read, and a stale save shows the conflict notice, whose
 * reload brings the other person's change into the form.
 */
describe('journey: an officer edits a product while someone else changes it', () => {
  it('saves a change, then meets a conflict, reloads and saves again', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');

    // A product of its own for this journey, so that no other journey sees its edits.
    const list = await (await page.request.get('/api/products?q=ruou%20ba%20kich')).json();
    const model = list.items[0];
    const full = await (await page.request.get(`/api/products/${model.id}`)).json();
    const created = await page.request.post('/api/products', {
      data: { entityId: full.entityId, name: `Sản phẩm thử biểu mẫu ${Date.now()}`, groupCode: full.groupCode, subgroupCode: full.subgroupCode },
    });
    expect(created.status()).toBe(201);
    const product = await created.json();

    await page.goto(`/products/${product.id}/edit`);
    const name = page.getByTestId('product-name');
    await expect.poll(() => name.inputValue()).toBe(product.name);
    await page.getByLabel('Bao bì, đóng gói').fill('Chai thủy tinh 500 ml');
    await page.getByTestId('product-save').click();
    await page.waitForURL(`**/products/${product.id}`);
    await page.getByText('Chai thủy tinh 500 ml').first().waitFor();

    // Someone else saves meanwhile: the form still holds the version it read.
    await page.goto(`/products/${product.id}/edit`);
    await expect.poll(() => page.getByLabel('Bao bì, đóng gói').inputValue()).toBe('Chai thủy tinh 500 ml');
    const current = await (await page.request.get(`/api/products/${product.id}`)).json();
    const other = await page.request.patch(`/api/products/${product.id}`, { data: { trademark: 'Nhãn hiệu của người khác', version: current.version } });
    expect(other.status()).toBe(200);
    await page.getByLabel('Bao bì, đóng gói').fill('Hộp giấy 250 ml');
    await page.getByTestId('product-save').click();
    await page.getByTestId('conflict-alert').waitFor();
    await screenshot(page, 'record-form-conflict');
    await page.getByTestId('conflict-reload').click();
    await expect.poll(() => page.getByLabel('Nhãn hiệu, sở hữu trí tuệ').inputValue()).toBe('Nhãn hiệu của người khác');
    await page.getByLabel('Bao bì, đóng gói').fill('Hộp giấy 250 ml');
    await page.getByTestId('product-save').click();
    await page.waitForURL(`**/products/${product.id}`);
    const saved = await (await page.request.get(`/api/products/${product.id}`)).json();
    expect(saved.packaging).toBe('Hộp giấy 250 ml');
    expect(saved.trademark).toBe('Nhãn hiệu của người khác');
    expect(saved.version).toBe(current.version + 2);
    await context.close();
  });
});
