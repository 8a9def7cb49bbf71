import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { request, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { DESKTOP, launch, login, newContext, PHONE, screenshot } from './support/browser';

/**
 * Evidence per criterion in a real browser (issue 11, item 5): the producer attaches a link to
 * a criterion of its dossier; a council member scores the product on a phone and sees the
 * evidence beside the options, leaving a comment; the round page lists the disagreement with
 * the members' comments.
 */
let browser: Browser;
const api: Record<string, APIRequestContext> = {};
const ids: Record<string, string> = {};
let criteria: Array<{ code: string; options: Array<{ code: string; points: number }> }>;

async function as(username: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL: inject('baseUrl') });
  expect((await ctx.post('/api/auth/login', { data: { username, password: 'ocop2026' } })).status()).toBe(200);
  return ctx;
}

async function noHorizontalScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width + 1);
}

const best = (o: Array<{ code: string; points: number }>) => [...o].sort((a, b) => b.points - a.points)[0].code;
const worst = (o: Array<{ code: string; points: number }>) => [...o].sort((a, b) => a.points - b.points)[0].code;

beforeAll(async () => {
  browser = await launch();
  for (const u of ['producer.qn', 'province.qn', 'council.qn', 'council.qn2', 'council.qn3']) api[u] = await as(u);
  for (const u of ['council.qn', 'council.qn2', 'council.qn3']) ids[u] = (await (await api[u].get('/api/me')).json()).id;
  const entityId = (await (await api['producer.qn'].get('/api/me')).json()).entityId;
  const product = await api['producer.qn'].post('/api/products', { data: { entityId, name: `Cao dược liệu minh chứng ${Date.now()}`, groupCode: '2', subgroupCode: '2.1' } });
  expect(product.status()).toBe(201);
  ids.product = (await product.json()).id;
  const dossier = await api['producer.qn'].post('/api/dossiers', { data: { entryPath: 'existing-product', productId: ids.product } });
  expect(dossier.status()).toBe(201);
  ids.dossier = (await dossier.json()).id;
  criteria = (await (await api['producer.qn'].get(`/api/dossiers/${ids.dossier}/evidence`)).json()).criteria;
});
afterAll(async () => {
  for (const c of Object.values(api)) await c.dispose();
  await browser?.close();
});

describe('journey: evidence per criterion, scoring beside it, discussing a disagreement', () => {
  it('the producer attaches a link to a criterion of its dossier', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'producer.qn');
    await page.goto(`/dossiers/${ids.dossier}`);
    await page.getByTestId('evidence-panel').waitFor();
    const code = criteria[0].code;
    await page.getByTestId(`evidence-title-${code}`).fill('Hợp đồng thu mua dược liệu 2026');
    await page.getByTestId(`evidence-url-${code}`).fill('https://ocop.quangninh.gov.vn/minh-chung/hop-dong.pdf');
    // the document's last valid day (hiệu lực đến), typed as the date picker shows it
    const validUntil = page.getByTestId(`evidence-criterion-${code}`).locator('.ant-picker input').first();
    await validUntil.click();
    await validUntil.fill('31/12/2027');
    await validUntil.press('Enter');
    await page.getByTestId(`evidence-add-link-${code}`).click();
    await page.getByTestId(`evidence-${code}`).waitFor();
    await expect.poll(() => page.getByTestId(`evidence-${code}`).textContent()).toContain('Hợp đồng thu mua dược liệu 2026');
    expect(await page.getByTestId(`evidence-${code}`).textContent()).toContain('hiệu lực đến 31/12/2027');
    const stored = (await (await api['producer.qn'].get(`/api/dossiers/${ids.dossier}/evidence`)).json()).criteria.find((c: { code: string }) => c.code === code).evidence;
    expect(stored).toEqual([expect.objectContaining({ kind: 'link', title: 'Hợp đồng thu mua dược liệu 2026', validUntil: '2027-12-31', expired: false })]);
    await page.getByTestId(`evidence-criterion-${code}`).scrollIntoViewIfNeeded();
    await screenshot(page, 'evidence-dossier-desktop');
    await context.close();
  });

  it('a council member scores on a phone with the evidence beside the options and comments', async () => {
    const round = await api['province.qn'].post('/api/evaluation-rounds', {
      data: {
        level: 'province', unitCode: '22', date: new Date().toISOString().slice(0, 10), productIds: [ids.product],
        members: [{ userId: ids['council.qn'], role: 'chair' }, { userId: ids['council.qn2'], role: 'member' }, { userId: ids['council.qn3'], role: 'member' }],
      },
    });
    expect(round.status(), await round.text()).toBe(201);
    ids.round = (await round.json()).id;
    const [first] = criteria;
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'council.qn');
    await page.goto(`/evaluation/${ids.round}/score/${ids.product}`);
    await page.getByTestId('sheet-product').waitFor();
    const evidence = page.getByTestId(`criterion-${first.code}`).getByTestId(`evidence-${first.code}`);
    await evidence.waitFor();
    expect(await evidence.textContent()).toContain('Hợp đồng thu mua dược liệu 2026');
    await page.getByTestId(`option-${first.code}-${worst(first.options)}`).click();
    await page.getByTestId(`comment-${first.code}`).fill('Hợp đồng chưa có xác nhận của xã');
    await page.getByTestId(`criterion-${first.code}`).scrollIntoViewIfNeeded();
    await noHorizontalScroll(page, 390);
    await screenshot(page, 'evidence-sheet-phone');
    await page.getByTestId('sheet-save').click();
    await expect.poll(() => page.getByTestId('sheet-save-state').textContent()).not.toContain('chưa lưu');
    await context.close();
    // the comment was saved with the sheet
    const saved = await (await api['council.qn'].get(`/api/evaluation-rounds/${ids.round}/sheets/${ids.product}`)).json();
    expect(saved.comments).toEqual({ [first.code]: 'Hợp đồng chưa có xác nhận của xã' });
  });

  it('the round page lists the disagreement with the members’ comments', async () => {
    const [first] = criteria;
    const url = `/api/evaluation-rounds/${ids.round}/sheets/${ids.product}`;
    const all = (pick: (o: Array<{ code: string; points: number }>, code: string) => string) => Object.fromEntries(criteria.map((k) => [k.code, pick(k.options, k.code)]));
    // the chair finishes its sheet (its comment stays); the members score the first criterion at its best
    expect((await api['council.qn'].put(url, { data: { answers: all((o, code) => (code === first.code ? worst(o) : best(o))) } })).status()).toBe(200);
    expect((await api['council.qn2'].put(url, { data: { answers: all(best), comments: { [first.code]: 'Đã xem bản gốc hợp đồng' } } })).status()).toBe(200);
    expect((await api['council.qn3'].put(url, { data: { answers: all(best) } })).status()).toBe(200);

    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'council.qn');
    await page.goto(`/evaluation/${ids.round}`);
    const item = page.getByTestId(`disagreement-${first.code}`);
    await item.waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Hợp đồng chưa có xác nhận của xã');
    expect(text).toContain('Đã xem bản gốc hợp đồng');
    await item.scrollIntoViewIfNeeded();
    await noHorizontalScroll(page, 390);
    await screenshot(page, 'evidence-round-phone');
    await context.close();
  });
});
