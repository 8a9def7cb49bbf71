import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launch, login, newContext, PHONE, screenshot } from './support/browser';

/**
 * The annual cycle in a real browser: a producer files a product idea on a phone-sized
 * screen, then the commune officer finds it in the work queue and forwards it to the province.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PRODUCT = `Mứt sim rừng Quang Hanh ${Date.now().toString(36).slice(-4)}`;
let ideaUrl = '';

async function noHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390 + 1);
}

describe('journey: a producer files an idea on a phone; the commune forwards it', () => {
  it('the producer sees the six steps on the home page and files the idea form on a phone', async () => {
    const context = await newContext(browser, PHONE, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'producer.qn');
    await page.getByTestId('home-cycle').waitFor();
    await page.getByTestId('home-cycle-steps').waitFor();
    await screenshot(page, 'cycle-phone-producer-home');
    await noHorizontalScroll(page);

    await page.getByTestId('home-new-idea').click();
    await page.getByTestId('idea-form-title').waitFor();
    await page.getByTestId('idea-proposer').fill('Nguyễn Văn Hùng');
    await page.getByTestId('idea-product-name').fill(PRODUCT);
    await page.getByTestId('idea-group').click();
    await page.locator('.ant-select-item-option', { hasText: 'Thực phẩm' }).first().click();
    await page.getByTestId('idea-description').fill('Mứt từ quả sim rừng hái trên đồi Quang Hanh, sên với đường phèn, đóng hũ thủy tinh.');
    await page.getByTestId('idea-market').fill('Khách du lịch đến Cẩm Phả, Hạ Long; quà Tết.');
    await page.getByTestId('idea-raw-name-0').fill('Quả sim rừng');
    await page.getByTestId('idea-raw-origin-0').fill('Đồi sim phường Quang Hanh');
    await noHorizontalScroll(page);
    await screenshot(page, 'cycle-phone-idea-form');
    await page.getByTestId('idea-submit').click();

    await page.waitForURL(/\/ideas\/[0-9a-f-]{36}$/);
    ideaUrl = new URL(page.url()).pathname;
    await expect.poll(() => page.getByTestId('item-status').getAttribute('data-status')).toBe('submitted');
    expect(await page.getByTestId('item-title').textContent()).toContain(PRODUCT);
    await page.getByTestId('cycle-steps').waitFor();
    expect(await page.getByTestId('cycle-steps').getAttribute('data-step')).toBe('2');
    await noHorizontalScroll(page);
    await screenshot(page, 'cycle-phone-idea-submitted');
    await context.close();
  });

  it('the commune officer finds it in the work queue and forwards it to the province', async () => {
    expect(ideaUrl).not.toBe('');
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'commune.qn');
    await page.getByTestId('home-worklist').waitFor();
    await page.goto('/worklist');
    const link = page.getByTestId('work-item-link').filter({ hasText: PRODUCT });
    await link.waitFor();
    await screenshot(page, 'cycle-commune-worklist');
    await link.click();
    await page.waitForURL((url) => url.pathname === ideaUrl);
    await page.getByTestId('action-forward').click();
    await page.getByTestId('transition-note').fill('Đã kiểm tra thông tin, chuyển tỉnh xét chọn.');
    await page.getByTestId('transition-confirm').click();
    await expect.poll(() => page.getByTestId('item-status').getAttribute('data-status')).toBe('forwarded');
    const entries = page.getByTestId('timeline-entry');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.nth(2).getAttribute('data-action')).toBe('forward');
    expect(await page.getByTestId('cycle-timeline').textContent()).toContain('Đã kiểm tra thông tin');
    await screenshot(page, 'cycle-commune-forwarded');
    // it left the commune's queue
    await page.goto('/worklist');
    await page.getByTestId('worklist-title').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('work-item-link').filter({ hasText: PRODUCT }).count()).toBe(0);
    await context.close();
  });

  it('the province sees it waiting, with the look-alike check, and the producer is notified', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.goto(ideaUrl);
    await expect.poll(() => page.getByTestId('item-status').getAttribute('data-status')).toBe('forwarded');
    await page.getByTestId('look-alikes').waitFor();
    await page.getByTestId('action-accept').waitFor();
    await screenshot(page, 'cycle-province-idea');
    await context.close();

    const phone = await newContext(browser, PHONE, inject('baseUrl'));
    const p = await phone.newPage();
    await login(p, 'producer.qn');
    await p.getByTestId('notification-bell').click();
    await p.getByTestId('notification-item').filter({ hasText: PRODUCT }).first().waitFor();
    await screenshot(p, 'cycle-phone-notifications');
    await phone.close();
  });
});

describe('journey: officers see the cycle at a glance', () => {
  it('the provincial office opens the cycle overview and a dossier checklist', async () => {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, 'province.qn');
    await page.goto('/cycle');
    await expect.poll(() => page.getByTestId('cycle-status').textContent()).toContain('Đang triển khai');
    await page.getByTestId('count-ideas').waitFor();
    await screenshot(page, 'cycle-overview');
    await page.goto('/dossiers?status=forwarded');
    await page.getByTestId('item-link').first().click();
    await page.getByTestId('dossier-checklist').waitFor();
    await page.getByTestId('pre-assessment').waitFor();
    await screenshot(page, 'cycle-dossier-forwarded');
    await context.close();
  });
});

describe('journey: one product through steps 2–5 in the web UI with the demo accounts', () => {
  const NAME = `Trà hoa sim Quang Hanh ${Date.now().toString(36).slice(-4)}`;
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8ffff3f0005fe02fedccc59e70000000049454e44ae426082', 'hex');

  async function as(username: string, path: string, run: (page: Page) => Promise<void>) {
    const context = await newContext(browser, DESKTOP, inject('baseUrl'));
    const page = await context.newPage();
    await login(page, username);
    await page.goto(path);
    await run(page);
    await context.close();
  }

  async function act(page: Page, action: string, status: string, note?: string) {
    await page.getByTestId(`action-${action}`).click();
    if (note) await page.getByTestId('transition-note').fill(note);
    // Wait on the server's answer to the transition, then on the page showing it.
    const answer = page.waitForResponse((r) => /\/transitions$/.test(new URL(r.url()).pathname) && r.request().method() === 'POST');
    await page.getByTestId('transition-confirm').click();
    expect((await answer).status()).toBe(200);
    await expect.poll(() => page.getByTestId('item-status').getAttribute('data-status')).toBe(status);
  }

  it('runs idea → business plan → implementation → evaluation dossier', async () => {
    let idea = '';
    let plan = '';
    let dossier = '';
    await as('producer.qn', '/ideas/new', async (page) => {
      await page.getByTestId('idea-proposer').fill('Nguyễn Văn Hùng');
      await page.getByTestId('idea-product-name').fill(NAME);
      await page.getByTestId('idea-group').click();
      await page.locator('.ant-select-item-option', { hasText: 'Thực phẩm' }).first().click();
      await page.getByTestId('idea-description').fill('Trà túi lọc từ hoa sim rừng Quang Hanh.');
      await page.getByTestId('idea-market').fill('Khách du lịch, cửa hàng đặc sản.');
      await page.getByTestId('idea-raw-name-0').fill('Hoa sim');
      await page.getByTestId('idea-raw-origin-0').fill('Đồi sim Quang Hanh');
      await page.getByTestId('idea-submit').click();
      await page.waitForURL(/\/ideas\/[0-9a-f-]{36}$/);
      idea = new URL(page.url()).pathname;
    });
    await as('commune.qn', idea, (page) => act(page, 'forward', 'forwarded'));
    await as('province.qn', idea, (page) => act(page, 'accept', 'accepted', 'Ý tưởng đạt.'));

    await as('producer.qn', idea, async (page) => {
      await page.getByTestId('idea-write-plan').click();
      await page.getByTestId('plan-form-title').waitFor();
      expect(await page.getByTestId('plan-product-name').inputValue()).toBe(NAME);
      await page.getByTestId('plan-targetCustomers').fill('Khách du lịch, người mua quà biếu.');
      await page.getByTestId('plan-process').fill('Thu hái – sấy – đóng túi lọc – đóng hộp.');
      await page.getByTestId('plan-capacity').fill('20.000 hộp/năm');
      await page.getByTestId('plan-management').fill('Giám đốc, tổ sản xuất, tổ bán hàng.');
      await page.getByLabel('Tổng vốn đầu tư').fill('300000000');
      await page.getByLabel('Doanh thu dự kiến/năm').fill('600000000');
      await page.getByLabel('Chi phí dự kiến/năm').fill('450000000');
      await page.getByLabel('Thời gian hòa vốn (tháng)').fill('18');
      await page.getByLabel('Vốn tự có').fill('200000000');
      await screenshot(page, 'cycle-plan-form');
      await page.getByTestId('plan-submit').click();
      await page.waitForURL(/\/business-plans\/[0-9a-f-]{36}$/);
      plan = new URL(page.url()).pathname;
      await expect.poll(() => page.getByTestId('item-status').getAttribute('data-status')).toBe('submitted');
    });
    await as('commune.qn', plan, (page) => act(page, 'forward', 'forwarded'));
    await as('province.qn', plan, (page) => act(page, 'accept', 'accepted'));

    await as('producer.qn', `${plan}?tab=implementation`, async (page) => {
      await page.getByTestId('implementation-panel').waitFor();
      await page.getByTestId('add-note').click();
      await page.getByLabel('Nội dung').fill('Đã hoàn thiện mẫu bao bì.');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByTestId('implementation-panel').getByText('Đã hoàn thiện mẫu bao bì.').waitFor();
      await screenshot(page, 'cycle-plan-implementation');
      await page.getByTestId('plan-prepare-dossier').click();
      await page.getByTestId('dossier-create').click();
      await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
      dossier = new URL(page.url()).pathname;
      const required = ['registration-form', 'business-registration', 'quality-declaration', 'test-results', 'food-safety-certificate', 'label-packaging-images', 'product-story', 'local-origin-evidence'];
      for (const code of required) {
        const png = code === 'label-packaging-images';
        await page
          .getByTestId(`item-${code}`)
          .locator('input[type=file]')
          .setInputFiles({ name: png ? 'nhan.png' : `${code}.pdf`, mimeType: png ? 'image/png' : 'application/pdf', buffer: png ? PNG : PDF });
        await page.getByTestId(`item-${code}`).getByTestId('file-link').first().waitFor();
      }
      await expect.poll(() => page.getByTestId('dossier-completeness').textContent()).toContain('đủ');
      await screenshot(page, 'cycle-dossier-complete-draft');
      await act(page, 'submit', 'submitted');
    });
    await as('commune.qn', dossier, async (page) => {
      await page.getByTestId('action-pre-assess').click();
      for (const c of ['local-origin', 'local-labour', 'idea-origin']) await page.getByTestId(`pre-${c}`).getByText('Đạt', { exact: true }).click();
      await page.getByRole('button', { name: 'Xác nhận' }).click();
      await expect.poll(() => page.getByTestId('item-status').getAttribute('data-status')).toBe('pre-assessed');
      await act(page, 'forward', 'forwarded');
    });
    await as('province.qn', dossier, async (page) => {
      await act(page, 'confirm-complete', 'complete');
      expect(await page.getByTestId('entry-path').textContent()).toContain('chu trình');
      await screenshot(page, 'cycle-dossier-complete');
    });
  }, 240_000);
});
