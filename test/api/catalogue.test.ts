import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const names = (body: { items: Array<{ name: string }> }) => body.items.map((i) => i.name);

describe('public catalogue and search', () => {
  it('finds "Rượu ba kích" from "ruou ba kich" without a session', async () => {
    const res = await t.app.inject('/api/products?q=ruou%20ba%20kich');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(names(body)[0]).toBe('Rượu ba kích đặc sản Quảng Ninh');
    expect(body.items[0]).toMatchObject({ stars: 4, unitCode: '06778' });
    expect(body.items[0].entityId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('finds the Quang Hanh mineral waters from "nuoc khoang quang hanh"', async () => {
    const body = (await t.app.inject('/api/products?q=nuoc%20khoang%20quang%20hanh&pageSize=50')).json();
    expect(body.total).toBeGreaterThanOrEqual(5);
    for (const n of names(body)) expect(n).toMatch(/Quang Hanh/);
  });

  it('tolerates a small typo', async () => {
    const body = (await t.app.inject('/api/products?q=ruou%20ba%20kick')).json();
    expect(names(body)).toContain('Rượu ba kích đặc sản Quảng Ninh');
  });

  it('knows common synonyms and spelling variants ("cafe" → "cà phê", "chè" ↔ "trà")', async () => {
    const cookie = await t.login('province.qn');
    const entityId = (await t.app.inject('/api/products?q=ruou%20ba%20kich')).json().items[0].entityId;
    for (const name of ['Cà phê rang xay Ba Chẽ', 'Cacao nguyên chất Ba Chẽ', 'Đậu phộng rang Ba Chẽ']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/products', headers: { cookie }, payload: { entityId, name, groupCode: '1', subgroupCode: '1.3' } });
      expect(res.statusCode).toBe(201);
    }
    // As the officer, who sees these new (unrated) products: the same search runs for everyone.
    const q = async (query: string) => names((await t.app.inject({ url: `/api/products?q=${encodeURIComponent(query)}&pageSize=100`, headers: { cookie } })).json());
    // Before synonyms "cafe", "coffee" and "cocoa" found nothing: no product text contains those words.
    expect(await q('cafe')).toEqual(['Cà phê rang xay Ba Chẽ']);
    expect(await q('coffee ba che')).toEqual(['Cà phê rang xay Ba Chẽ']);
    expect(await q('caphe')).toEqual(['Cà phê rang xay Ba Chẽ']);
    expect(await q('cocoa')).toEqual(['Cacao nguyên chất Ba Chẽ']);
    expect(await q('ca cao')).toEqual(['Cacao nguyên chất Ba Chẽ']);
    expect(await q('lac rang')).toEqual(['Đậu phộng rang Ba Chẽ']);
    // "trà …" also finds "chè …" and the other way round; the phrase as typed comes first.
    const tra = await q('trà');
    const che = await q('chè');
    const word = (w: string) => new RegExp(`(^|\\s)${w}(\\s|$)`, 'iu');
    expect(tra.some((n) => word('chè').test(n) && !/trà/iu.test(n))).toBe(true);
    expect(che.some((n) => word('trà').test(n) && !/chè/iu.test(n))).toBe(true);
    expect(tra[0]).toMatch(/trà/iu);
    expect(che[0]).toMatch(/ch[èẽ]/iu);
    // The public sees the recognised ones the same way.
    const publicTra = names((await t.app.inject('/api/products?q=tra&pageSize=100')).json());
    expect(publicTra.some((n) => word('chè').test(n) && !/trà/iu.test(n))).toBe(true);
  });

  it('filters by province, group and stars and paginates', async () => {
    const all = (await t.app.inject('/api/products?province=22&pageSize=100')).json();
    expect(all.total).toBe(23);
    const fiveStar = (await t.app.inject('/api/products?province=22&stars=5')).json();
    expect(fiveStar.total).toBe(1);
    expect(fiveStar.items[0].stars).toBe(5);
    const threeFour = (await t.app.inject('/api/products?province=22&stars=3,4')).json();
    expect(threeFour.total).toBe(22);
    const beverages = (await t.app.inject('/api/products?province=22&group=2&pageSize=100')).json();
    expect(beverages.items.every((p: { groupCode: string }) => p.groupCode === '2')).toBe(true);
    const page2 = (await t.app.inject('/api/products?province=22&page=2&pageSize=10')).json();
    expect(page2.items).toHaveLength(10);
    expect(page2.total).toBe(23);
    const page1 = (await t.app.inject('/api/products?province=22&page=1&pageSize=10')).json();
    expect(names(page1)).not.toContain(page2.items[0].name);
  });

  it('sorts in Vietnamese dictionary order', async () => {
    const body = (await t.app.inject('/api/products?province=22&pageSize=100')).json();
    const list = names(body);
    const dau = list.findIndex((n) => n.startsWith('Dầu'));
    const mam = list.findIndex((n) => n.startsWith('Mắm'));
    const banh = list.findIndex((n) => n.startsWith('Bánh'));
    expect(banh).toBeLessThan(dau);
    expect(dau).toBeLessThan(mam);
  });

  it('rejects a bad filter with a problem naming the field', async () => {
    const res = await t.app.inject('/api/products?stars=7&pageSize=1000');
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['stars', 'pageSize']));
  });

  it('hides unrated products from the public but shows them to officers', async () => {
    const cookie = await t.login('province.qn');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/products',
      headers: { cookie },
      payload: {
        entityId: (await t.app.inject('/api/products?q=ruou%20ba%20kich')).json().items[0].entityId,
        name: 'Rượu mơ Yên Tử thử nghiệm',
        groupCode: '2',
        subgroupCode: '2.1',
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json().stars).toBeNull();
    expect((await t.app.inject(`/api/products/${id}`)).statusCode).toBe(404);
    expect(names((await t.app.inject('/api/products?q=ruou%20mo%20yen%20tu')).json())).toEqual([]);
    expect((await t.app.inject({ url: `/api/products/${id}`, headers: { cookie } })).statusCode).toBe(200);
  });

  it('lists the public catalogue for a signed-in user on request, and shows recognised products to anyone', async () => {
    const cookie = await t.login('province.qng');
    const own = (await t.app.inject({ url: '/api/products?pageSize=100', headers: { cookie } })).json();
    expect(own.items.every((p: { provinceCode: string }) => p.provinceCode === '51')).toBe(true);
    const catalogue = (await t.app.inject({ url: '/api/products?catalogue=true&q=ruou%20ba%20kich', headers: { cookie } })).json();
    expect(names(catalogue)).toContain('Rượu ba kích đặc sản Quảng Ninh');
    const res = await t.app.inject({ url: `/api/products/${catalogue.items[0].id}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    // …but seeing it does not make it theirs to change: outside their jurisdiction it is "not found"
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/products/${catalogue.items[0].id}`, headers: { cookie }, payload: { packaging: 'x', version: 1 } });
    expect(patch.statusCode).toBe(404);
  });

  it('exports the filtered list to Excel', async () => {
    const res = await t.app.inject('/api/products/export.xlsx?province=22');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Tên sản phẩm');
    expect(sheet.rowCount).toBe(24);
    // The group and subgroup by name, not by code ("1", "1.3").
    const groups = sheet.getColumn(3).values.slice(2) as string[];
    const subgroups = sheet.getColumn(4).values.slice(2) as string[];
    expect(groups).toContain('Thực phẩm');
    expect(groups.every((g) => !/^\d/.test(g))).toBe(true);
    expect(subgroups.filter(Boolean).every((g) => !/^\d+\.\d+$/.test(g))).toBe(true);
  });

  it('shows the star history and the yearly figures of Rượu ba kích', async () => {
    const id = (await t.app.inject('/api/products?q=ruou%20ba%20kich')).json().items[0].id;
    const product = (await t.app.inject(`/api/products/${id}`)).json();
    expect(product.starHistory).toEqual([expect.objectContaining({ stars: 4, year: 2019 })]);
    const figures = (await t.app.inject(`/api/products/${id}/figures`)).json().items;
    expect(figures.map((f: { year: number }) => f.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
    expect(figures[0]).toMatchObject({ revenueVnd: 4_530_000_000, costVnd: 4_390_000_000, profitVnd: 140_000_000 });
    expect(figures[5]).toMatchObject({ revenueVnd: 15_951_000_000, profitVnd: 780_000_000 });
  });
});

describe('product groups', () => {
  it('lists the 6 official groups with subgroups', async () => {
    const items = (await t.app.inject('/api/product-groups')).json().items;
    expect(items.map((g: { code: string }) => g.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(items[1]).toMatchObject({ vi: 'Đồ uống', subgroups: [expect.objectContaining({ code: '2.1' }), expect.objectContaining({ code: '2.2' })] });
  });
});
