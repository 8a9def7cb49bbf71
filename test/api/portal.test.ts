import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

/**
 * The public portal as a crawler or a link preview sees it: each page's title, description and
 * Open Graph / Twitter metadata in the HTML the server sends, escaped; sitemap and robots.
 */

let t: TestContext;
let productId: string;
let productName: string;
beforeAll(async () => {
  t = await createTestApp();
  const list = (await t.app.inject('/api/products?q=ruou%20ba%20kich')).json();
  productId = list.items[0].id;
  productName = list.items[0].name;
});
afterAll(() => t.close());

/** `<meta property|name="key" content="…">` values of a page, unescaped. */
function meta(html: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m?.[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('product page metadata', () => {
  it("writes the product's name, star class and producer into the HTML the server sends", async () => {
    const res = await t.app.inject(`/p/${productId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    expect(html).toContain(`<title>${productName} — OCOP 4 sao</title>`);
    expect(meta(html, 'og:title')).toBe(`${productName} — OCOP 4 sao`);
    expect(meta(html, 'og:type')).toBe('product');
    expect(meta(html, 'og:url')).toMatch(new RegExp(`/p/${productId}$`));
    expect(meta(html, 'og:locale')).toBe('vi_VN');
    expect(meta(html, 'description')).toMatch(/^Sản phẩm OCOP 4 sao của .+, .*Quảng Ninh/);
    expect(meta(html, 'twitter:title')).toBe(meta(html, 'og:title'));
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/p\//);
    // The top of the page is in the HTML (the largest paint does not wait for the script)…
    expect(html).toContain(`<h1>${productName}</h1>`);
    expect(html).toMatch(/<div id="root"><header class="top">.*<img class="hero" src="\/api\/photos\/[0-9a-f-]+\/w640\.webp" srcset="[^"]+ 320w, [^"]+ 640w, [^"]+ 1280w"/s);
    // …and the page's data rides along, so the app's first render needs no API call.
    const data = /<script type="application\/json" id="portal-data">([^<]*)<\/script>/.exec(html);
    expect(JSON.parse(data![1]).product).toMatchObject({ id: productId, name: productName, stars: 4 });
  });

  it('speaks English when asked', async () => {
    const res = await t.app.inject({ url: `/p/${productId}`, headers: { 'accept-language': 'en-GB,en' } });
    expect(res.body).toContain('<html lang="en"');
    expect(meta(res.body, 'og:title')).toBe(`${productName} — OCOP 4 stars`);
    expect(meta(res.body, 'og:locale')).toBe('en_US');
    const q = await t.app.inject(`/p/${productId}?lang=en`);
    expect(meta(q.body, 'og:locale')).toBe('en_US');
  });

  it('answers 404 with a page, not indexed, for an unknown or malformed product', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await t.app.inject(`/p/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('<title>Không tìm thấy sản phẩm</title>');
      expect(meta(res.body, 'robots')).toBe('noindex');
    }
  });

  it('escapes what visitors put in the address', async () => {
    const evil = '"><script>alert(1)</script>';
    const res = await t.app.inject(`/p?q=${encodeURIComponent(evil)}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(meta(res.body, 'og:title')).toBe(`Kết quả tìm “${evil}” — sản phẩm OCOP`);
  });

  it('revalidates pages by ETag: 304 when unchanged', async () => {
    const first = await t.app.inject(`/p/${productId}`);
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await t.app.inject({ url: `/p/${productId}`, headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('gives the catalogue, statistics and open-data pages their own titles', async () => {
    for (const [path, title] of [
      ['/p', 'Sản phẩm OCOP — tra cứu theo tên, tỉnh, nhóm, hạng sao'],
      ['/stats', 'Thống kê Chương trình OCOP'],
      ['/open-data', 'Dữ liệu mở OCOP'],
    ]) {
      const res = await t.app.inject(path);
      expect(res.statusCode, path).toBe(200);
      expect(meta(res.body, 'og:title'), path).toBe(title);
      expect(meta(res.body, 'og:site_name')).toBe('Sản phẩm OCOP Việt Nam');
    }
  });
});

describe('landing of anonymous visitors', () => {
  it('sends an anonymous visitor of / and /catalogue to the public portal, filters kept', async () => {
    const home = await t.app.inject('/');
    expect(home.statusCode).toBe(302);
    expect(home.headers.location).toBe('/p');
    expect(home.headers['cache-control']).toBe('no-store');
    expect(String(home.headers.vary)).toMatch(/cookie/i);
    const catalogue = await t.app.inject('/catalogue?q=ruou%20ba%20kich&province=22');
    expect(catalogue.statusCode).toBe(302);
    expect(catalogue.headers.location).toBe('/p?q=ruou%20ba%20kich&province=22');
    // Other back-office addresses and the API are left alone.
    expect((await t.app.inject('/api/products?pageSize=1')).statusCode).toBe(200);
    expect((await t.app.inject('/catalogue/x')).statusCode).not.toBe(302);
  });

  it('keeps the back office for a signed-in user', async () => {
    const cookie = await t.login('province.qn');
    for (const url of ['/', '/catalogue']) {
      const res = await t.app.inject({ url, headers: { cookie } });
      expect(res.statusCode, url).not.toBe(302);
    }
    // A stale session cookie counts as anonymous.
    const stale = await t.app.inject({ url: '/', headers: { cookie: 'ocop_session=not-a-session' } });
    expect(stale.statusCode).toBe(302);
  });
});

describe('sitemap and robots', () => {
  it('lists every catalogued product in sitemap.xml', async () => {
    const res = await t.app.inject('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.some((l) => l.endsWith(`/p/${productId}`))).toBe(true);
    const total = (await t.app.inject('/api/products?pageSize=1')).json().total;
    expect(locs.filter((l) => /\/p\/[0-9a-f-]{36}$/.test(l))).toHaveLength(total);
  });

  it('points crawlers at the sitemap and away from the private API', async () => {
    const res = await t.app.inject('/robots.txt');
    expect(res.body).toMatch(/^Sitemap: http.+\/sitemap\.xml$/m);
    expect(res.body).toContain('Disallow: /api/');
    expect(res.body).toContain('Allow: /p');
  });
});

describe('portal API', () => {
  it('answers a public product with its certificate, producer and page path', async () => {
    const res = await t.app.inject(`/api/portal/products/${productId}`);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ id: productId, stars: 4, pagePath: `/p/${productId}`, entity: { type: expect.any(String) } });
    expect(p.groupName).toBeTruthy();
  });

  it('shows where to buy a product: the sales points that stock it and its e-commerce listings', async () => {
    const found = (await t.app.inject('/api/products?q=khatisa')).json();
    const id = found.items.find((i: { name: string }) => i.name === 'Nước khoáng thiên nhiên Quang Hanh Khatisa').id;
    const p = (await t.app.inject(`/api/portal/products/${id}`)).json();
    expect(p.salesPoints).toEqual([
      expect.objectContaining({ name: 'Trung tâm giới thiệu và bán sản phẩm OCOP Quảng Ninh', kind: 'centre', provinceCode: '22', latitude: 20.952, longitude: 107.08 }),
    ]);
    expect(p.salesPoints[0].provinceName).toMatch(/Quảng Ninh/);
    expect(p.listings).toEqual([{ platform: 'postmart', url: 'https://postmart.vn/tim-kiem?q=nuoc%20khoang%20quang%20ninh', priceVnd: null }]);
    // A product nobody recorded a sale point for has empty lists, not missing ones.
    const other = (await t.app.inject(`/api/portal/products/${productId}`)).json();
    expect(other.salesPoints).toEqual([]);
    expect(other.listings).toEqual([]);
  });

  it('leaves a closed sales point off the product page', async () => {
    const cookie = await t.login('province.qn');
    const found = (await t.app.inject('/api/products?q=khatisa')).json();
    const id = found.items.find((i: { name: string }) => i.name === 'Nước khoáng thiên nhiên Quang Hanh Khatisa').id;
    const points = (await t.app.inject({ url: `/api/sales-points?productId=${id}&pageSize=50`, headers: { cookie } })).json();
    const centre = points.items[0];
    const closed = await t.app.inject({ method: 'PATCH', url: `/api/sales-points/${centre.id}`, headers: { cookie }, payload: { status: 'closed', version: centre.version } });
    expect(closed.statusCode).toBe(200);
    const p = (await t.app.inject(`/api/portal/products/${id}`)).json();
    expect(p.salesPoints).toEqual([]);
    await t.app.inject({ method: 'PATCH', url: `/api/sales-points/${centre.id}`, headers: { cookie }, payload: { status: 'open', version: closed.json().version } });
  });

  it('answers 404 for a product outside the catalogue and 400 for a bad id', async () => {
    expect((await t.app.inject('/api/portal/products/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await t.app.inject('/api/portal/products/x')).statusCode).toBe(400);
  });

  it('counts catalogued products by class, year and province', async () => {
    const s = (await t.app.inject('/api/portal/stats')).json();
    const total = (await t.app.inject('/api/products?pageSize=1')).json().total;
    expect(s.total).toBe(total);
    expect(s.byStars.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(total);
    expect(s.byProvince.find((p: { code: string }) => p.code === '22')).toMatchObject({ name: 'Tỉnh Quảng Ninh', count: 23 });
    expect(s.byYear.length).toBeGreaterThan(0);
  });

  it('filters the catalogue by the type of producer', async () => {
    const coop = (await t.app.inject('/api/products?entityType=cooperative&pageSize=200')).json();
    const all = (await t.app.inject('/api/products?pageSize=200')).json();
    expect(coop.total).toBeGreaterThan(0);
    expect(coop.total).toBeLessThan(all.total);
    expect((await t.app.inject('/api/products?entityType=bank')).statusCode).toBe(400);
  });

  it('serves the province map with its licence named in the file', async () => {
    const res = await t.app.inject('/api/portal/provinces.geojson');
    expect(res.statusCode).toBe(200);
    const geo = res.json();
    expect(geo.features).toHaveLength(34);
    expect(String(geo.license)).toMatch(/CC-BY-SA-4\.0/);
  });
});
