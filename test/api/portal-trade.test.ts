import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { addDays } from '../../src/domain/dates';
import { today } from '../../src/services/clock';

/**
 * Trade promotion on the public portal (issue 13): the sales-point map's and the fairs
 * calendar's endpoints, read without a session, and their pages' server-written metadata.
 * Figures from the demo (src/seed/demo-trade.ts): Quảng Ngãi's 10 open sales points and 4 fairs
 * of 2022; Quảng Ninh's OCOP centre, the Quang Hanh point and a planned point at Móng Cái, a
 * provincial fair 20–24 days ahead and a local one 40–38 days ago.
 */

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const json = async (url: string, headers: Record<string, string> = {}) => {
  const res = await t.app.inject({ url, headers });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
};

function meta(html: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m?.[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('GET /api/portal/sales-points', () => {
  it('lists the open sales points for anyone, with coordinates and the catalogued products sold there', async () => {
    const all = await json('/api/portal/sales-points');
    // 10 in Quảng Ngãi, 2 open in Quảng Ninh (the Móng Cái point is only planned)
    expect(all.total).toBe(12);
    expect(all.items).toHaveLength(12);
    expect(all.provinces).toEqual([
      { code: '22', name: 'Tỉnh Quảng Ninh', count: 2 },
      { code: '51', name: 'Tỉnh Quảng Ngãi', count: 10 },
    ]);
    expect(all.items.some((p: { name: string }) => /Móng Cái/.test(p.name))).toBe(false);
    const centre = all.items.find((p: { name: string }) => p.name === 'Trung tâm giới thiệu và bán sản phẩm OCOP Quảng Ninh');
    expect(centre).toMatchObject({ kind: 'centre', provinceCode: '22', provinceName: 'Tỉnh Quảng Ninh', latitude: 20.952, longitude: 107.08, address: 'Phường Hồng Gai, tỉnh Quảng Ninh' });
    expect(centre.products.map((p: { name: string }) => p.name)).toContain('Nước khoáng thiên nhiên Quang Hanh Khatisa');
    for (const p of centre.products) expect(p.pagePath).toBe(`/p/${p.id}`);
    expect(centre.products.every((p: { stars: number }) => p.stars >= 3)).toBe(true);
    expect(all.items.every((p: { latitude: number | null }) => typeof p.latitude === 'number')).toBe(true);
  });

  it('filters by province by code or by name without accents', async () => {
    const byName = await json('/api/portal/sales-points?province=quang%20ninh');
    expect(byName.items.map((p: { name: string }) => p.name)).toEqual([
      'Điểm giới thiệu và bán sản phẩm OCOP Quang Hanh',
      'Trung tâm giới thiệu và bán sản phẩm OCOP Quảng Ninh',
    ]);
    const quangHanh = byName.items[0];
    expect(quangHanh).toMatchObject({ kind: 'point', unitName: 'Phường Quang Hanh', phone: '0203 3862 000', latitude: 21.006, longitude: 107.226 });
    expect(quangHanh.products).toHaveLength(2);
    expect((await json('/api/portal/sales-points?province=22')).total).toBe(2);
    expect((await json('/api/portal/sales-points?province=QU%E1%BA%A2NG%20NG%C3%83I')).total).toBe(10);
    // "quang" names Quảng Ninh, Quảng Ngãi and Quảng Trị
    expect((await json('/api/portal/sales-points?province=quang')).total).toBe(12);
    const none = await json('/api/portal/sales-points?province=atlantis');
    expect(none.items).toEqual([]);
    // the provinces for the picker stay whatever the filter
    expect(none.provinces).toHaveLength(2);
    expect((await json('/api/portal/sales-points?q=co.opmart')).items.map((p: { name: string }) => p.name)).toEqual(['Gian hàng OCOP siêu thị Co.opmart Quảng Ngãi']);
  });

  it('shows a point once it opens and drops it when it closes', async () => {
    const cookie = await t.login('trade.qn');
    const list = (await t.app.inject({ url: '/api/sales-points?q=mong cai', headers: { cookie } })).json();
    const planned = list.items[0];
    expect(planned.status).toBe('planned');
    const opened = await t.app.inject({ method: 'PATCH', url: `/api/sales-points/${planned.id}`, headers: { cookie }, payload: { status: 'open', version: planned.version } });
    expect(opened.statusCode).toBe(200);
    expect((await json('/api/portal/sales-points?province=22')).items.map((p: { id: string }) => p.id)).toContain(planned.id);
    const closed = await t.app.inject({ method: 'PATCH', url: `/api/sales-points/${planned.id}`, headers: { cookie }, payload: { status: 'closed', version: opened.json().version } });
    expect(closed.statusCode).toBe(200);
    expect((await json('/api/portal/sales-points?province=22')).total).toBe(2);
    await t.app.inject({ method: 'PATCH', url: `/api/sales-points/${planned.id}`, headers: { cookie }, payload: { status: 'planned', version: closed.json().version } });
  });

  it('revalidates by ETag and refuses bad input by name', async () => {
    const first = await t.app.inject('/api/portal/sales-points');
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await t.app.inject({ url: '/api/portal/sales-points', headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    const bad = await t.app.inject(`/api/portal/sales-points?q=${'x'.repeat(201)}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('q');
  });

  it('gives each point of a product page its id, for the map link', async () => {
    const found = (await t.app.inject('/api/products?q=khatisa')).json();
    const id = found.items.find((i: { name: string }) => i.name === 'Nước khoáng thiên nhiên Quang Hanh Khatisa').id;
    const p = await json(`/api/portal/products/${id}`);
    const map = await json('/api/portal/sales-points?province=22');
    expect(p.salesPoints.map((s: { id: string }) => s.id)).toEqual([map.items.find((s: { kind: string }) => s.kind === 'centre').id]);
  });
});

describe('GET /api/portal/fairs', () => {
  const day = today();

  it('lists upcoming fairs first, then the past ones, latest first', async () => {
    const all = await json('/api/portal/fairs');
    expect(all.today).toBe(day);
    expect(all.total).toBe(6);
    expect(all.items.map((f: { timing: string }) => f.timing)).toEqual(['upcoming', 'past', 'past', 'past', 'past', 'past']);
    const [ahead, recent] = all.items;
    expect(ahead).toMatchObject({
      name: 'Hội chợ Xúc tiến thương mại sản phẩm OCOP Quảng Ninh', startsOn: addDays(day, 20), endsOn: addDays(day, 24), level: 'provincial',
      provinceCode: '22', provinceName: 'Tỉnh Quảng Ninh', organiser: 'Sở Công Thương tỉnh Quảng Ninh', place: 'Cung Quy hoạch, Hội chợ và Triển lãm tỉnh Quảng Ninh, Hạ Long',
    });
    expect(ahead.products.length).toBeGreaterThanOrEqual(3);
    expect(ahead.products[0].pagePath).toBe(`/p/${ahead.products[0].id}`);
    expect(recent).toMatchObject({ name: 'Phiên chợ sản phẩm OCOP Quang Hanh', startsOn: addDays(day, -40), level: 'local' });
    // Quảng Ngãi's 2022 fairs, latest first
    expect(all.items.slice(2).map((f: { startsOn: string }) => f.startsOn)).toEqual(['2022-11-17', '2022-07-09', '2022-04-13', '2022-04-07']);
    const months = all.months.map((m: { month: string }) => m.month);
    expect(months.slice(0, 3)).toEqual(['2022-04', '2022-07', '2022-11']);
    expect(all.months[0].count).toBe(2);
    expect(months).toContain(addDays(day, 20).slice(0, 7));
  });

  it('gives a month, a year and a province', async () => {
    const april = await json('/api/portal/fairs?month=2022-04');
    expect(april.items.map((f: { name: string }) => f.name)).toEqual([
      'Hội chợ Thương mại quốc tế Việt Nam lần thứ 31 (VIETNAM EXPO 2022)',
      'Phiên chợ hàng Việt về miền núi và hải đảo tỉnh Quảng Ngãi năm 2022',
    ]);
    // the provincial fair of 9 July – 31 August is held in August too
    expect((await json('/api/portal/fairs?month=2022-08')).items.map((f: { startsOn: string }) => f.startsOn)).toEqual(['2022-07-09']);
    expect((await json('/api/portal/fairs?year=2022')).total).toBe(4);
    const upcomingMonth = addDays(day, 20).slice(0, 7);
    expect((await json(`/api/portal/fairs?month=${upcomingMonth}&province=quang%20ninh`)).items.map((f: { timing: string }) => f.timing)).toContain('upcoming');
    const qn = await json('/api/portal/fairs?province=quang%20ninh');
    expect(qn.total).toBe(2);
    expect(qn.months.reduce((n: number, m: { count: number }) => n + m.count, 0)).toBe(2);
    expect((await json('/api/portal/fairs?province=51&year=2022')).total).toBe(4);
  });

  it('refuses a malformed month by name', async () => {
    for (const month of ['2026-13', '2026-1', 'december']) {
      const res = await t.app.inject(`/api/portal/fairs?month=${month}`);
      expect(res.statusCode, month).toBe(400);
      expect(res.json().errors[0].path).toBe('month');
    }
  });

  it('is in the OpenAPI document with its description', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.paths['/api/portal/fairs'].get.summary).toMatch(/calendar/);
    expect(doc.paths['/api/portal/sales-points'].get.description).toMatch(/without a session/);
  });
});

describe('the pages of the map and the calendar', () => {
  it('writes their titles, descriptions and previews into the HTML', async () => {
    const map = await t.app.inject('/sales-points');
    expect(map.statusCode).toBe(200);
    expect(map.body).toContain('<title>Bản đồ điểm bán sản phẩm OCOP</title>');
    expect(meta(map.body, 'og:title')).toBe('Bản đồ điểm bán sản phẩm OCOP');
    expect(meta(map.body, 'description')).toMatch(/^Điểm giới thiệu và bán sản phẩm OCOP/);
    expect(meta(map.body, 'og:url')).toMatch(/\/sales-points$/);
    const filtered = await t.app.inject('/sales-points?province=22');
    expect(meta(filtered.body, 'og:title')).toBe('Điểm bán sản phẩm OCOP — Tỉnh Quảng Ninh');
    const { items } = await json('/api/portal/sales-points?province=22');
    const centre = items.find((p: { kind: string }) => p.kind === 'centre');
    const shared = await t.app.inject(`/sales-points?province=22&point=${centre.id}`);
    expect(meta(shared.body, 'og:title')).toBe('Trung tâm giới thiệu và bán sản phẩm OCOP Quảng Ninh — điểm bán sản phẩm OCOP');
    expect(meta(shared.body, 'description')).toBe('Phường Hồng Gai, tỉnh Quảng Ninh, Tỉnh Quảng Ninh');
    const fairs = await t.app.inject('/fairs');
    expect(meta(fairs.body, 'og:title')).toBe('Lịch hội chợ, triển lãm OCOP');
    const december = await t.app.inject('/fairs?month=2026-12');
    expect(meta(december.body, 'og:title')).toBe('Lịch hội chợ, triển lãm OCOP — tháng 12/2026');
    expect(meta(december.body, 'og:url')).toMatch(/\/fairs\?month=2026-12$/);
    const en = await t.app.inject('/fairs?lang=en');
    expect(meta(en.body, 'og:title')).toBe('OCOP fairs and exhibitions calendar');
    // a made-up month is not written into the page
    const odd = await t.app.inject(`/fairs?month=${encodeURIComponent('"><script>')}`);
    expect(meta(odd.body, 'og:title')).toBe('Lịch hội chợ, triển lãm OCOP');
  });

  it('lists them in sitemap.xml and lets crawlers in', async () => {
    const locs = [...(await t.app.inject('/sitemap.xml')).body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(locs).toEqual(expect.arrayContaining(['/sales-points', '/fairs']));
    const robots = (await t.app.inject('/robots.txt')).body;
    expect(robots).toContain('Allow: /sales-points');
    expect(robots).toContain('Allow: /fairs');
  });
});
