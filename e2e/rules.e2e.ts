import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { request, type APIRequestContext, type Browser } from 'playwright-core';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, launch, login, newContext, PHONE, SCREENSHOT_DIR, screenshot } from './support/browser';

/** What a phone shows at once (a whole sheet is far too long to read as one picture). */
const viewportShot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });

/**
 * Score sheets per product set in a real browser: an administrator reads the 1048/2019
 * version's 26 sheets and what each adds up to; a council member scores a product of a
 * 2021 round on its product set's sheet, with a knock-out rule, on a phone.
 */
let browser: Browser;
let office: APIRequestContext;
let chair: APIRequestContext;
let roundId: string;
let productId: string;

beforeAll(async () => {
  browser = await launch();
  office = await request.newContext({ baseURL: inject('baseUrl') });
  chair = await request.newContext({ baseURL: inject('baseUrl') });
  expect((await office.post('/api/auth/login', { data: { username: 'province.qn', password: 'ocop2026' } })).status()).toBe(200);
  expect((await chair.post('/api/auth/login', { data: { username: 'council.qn', password: 'ocop2026' } })).status()).toBe(200);
  const eligible = (await (await office.get('/api/evaluation-rounds/eligible-members?level=province&unitCode=22')).json()).items as Array<{ id: string; username: string }>;
  const chairId = eligible.find((u) => u.username === 'council.qn')!.id;
  const member = eligible.find((u) => u.username === 'council.qn2')!.id;
  // A tea product of Quảng Ninh not in an unfinished round (the demo's open round holds some).
  const open = (await (await chair.get('/api/evaluation-rounds?status=open')).json()).items as Array<{ id: string }>;
  const busy = new Set<string>();
  for (const r of open) for (const p of (await (await chair.get(`/api/evaluation-rounds/${r.id}`)).json()).products) busy.add(p.productId);
  const products = (await (await office.get('/api/products?province=22&pageSize=200')).json()).items as Array<{ id: string }>;
  productId = products.find((p) => !busy.has(p.id))!.id;
  const created = await office.post('/api/evaluation-rounds', {
    data: { name: 'Đợt đánh giá năm 2021 (phiếu 1048)', level: 'province', unitCode: '22', date: '2021-05-10', members: [{ userId: chairId, role: 'chair' }, { userId: member, role: 'member' }], productIds: [productId] },
  });
  expect(created.status()).toBe(201);
  roundId = (await created.json()).id;
});
afterAll(async () => {
  await office?.dispose();
  await chair?.dispose();
  await browser?.close();
});

describe('journey: score sheets per product set', () => {
  it('an administrator sees the 26 sheets of 1048/2019 and what each adds up to', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'admin');
    await page.goto('/admin/criteria/1048-2019');
    await page.getByTestId('sheet-maxima').waitFor();
    expect(await page.getByTestId('sheet-maxima').locator('tbody tr.ant-table-row').count()).toBe(26);
    await expect.poll(() => page.getByTestId('sheet-maxima').textContent()).toContain('Chè tươi, chế biến');
    await page.getByTestId('sheet-maxima').locator('tbody tr', { hasText: 'Chè tươi, chế biến' }).click();
    await expect.poll(() => page.getByTestId('sheet-knockouts').textContent()).toContain('Bị loại');
    await screenshot(page, 'rules-admin-1048-sheets');
    await page.getByTestId('sheet-knockouts').scrollIntoViewIfNeeded();
    await viewportShot(page, 'rules-admin-1048-knockouts');
    await context.close();
  });

  it('a council member scores on the product set’s sheet on a phone, a knock-out stops the scoring', async () => {
    const sheet = await (await chair.get(`/api/evaluation-rounds/${roundId}/sheets/${productId}`)).json();
    const definition = sheet.definition as { criteria: Array<{ code: string; options: Array<{ code: string; points: number }> }>; knockOuts: Array<{ code: string; kind: string; trigger: string }> };
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'council.qn');
    await page.goto(`/evaluation/${roundId}/score/${productId}`);
    await page.getByTestId('sheet-product').waitFor();
    for (const c of definition.criteria) {
      const top = [...c.options].sort((a, b) => b.points - a.points)[0];
      await page.getByTestId(`option-${c.code}-${top.code}`).click();
    }
    expect(await page.getByTestId('sheet-total').textContent()).toMatch(/100\/100|98\/100/);
    await page.getByTestId('criterion-A3.2').scrollIntoViewIfNeeded();
    await viewportShot(page, 'rules-phone-sheet-cases');
    const stop = definition.knockOuts.find((k) => k.kind === 'stop' && k.trigger === 'declared');
    expect(stop).toBeTruthy();
    await page.getByTestId(`knockout-${stop!.code}`).click();
    await page.getByTestId('sheet-stopped').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width + 1);
    await page.getByTestId('sheet-save').click();
    await page.getByTestId('sheet-save-state').getByText(/Đã lưu/).waitFor();
    await page.getByTestId(`knockout-${stop!.code}`).scrollIntoViewIfNeeded();
    await viewportShot(page, 'rules-phone-sheet-stopped');
    const saved = await (await chair.get(`/api/evaluation-rounds/${roundId}/sheets/${productId}`)).json();
    expect(saved.knockOuts).toEqual([expect.objectContaining({ rule: stop!.code, kind: 'stop' })]);
    expect(saved.complete).toBe(true);
    await context.close();
  });
});
