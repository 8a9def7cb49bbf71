import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

/** Defects a new user's walk-through found (issue 8, items 15–22), kept fixed. */

let t: TestContext;
let province: string;
beforeAll(async () => {
  t = await createTestApp();
  province = await t.login('province.qn');
});
afterAll(() => t.close());

const get = (url: string, cookie = province) => t.app.inject({ url, headers: { cookie } });
const productId = async (q: string) => (await get(`/api/products?q=${encodeURIComponent(q)}`)).json().items[0].id as string;

describe('yearly business figures (item 15)', () => {
  it("keeps Rượu ba kích's 2014–2019 rows exactly as seed 000, table 7 (triệu đồng) states them", async () => {
    const id = await productId('ruou ba kich');
    const rows = (await get(`/api/products/${id}/figures`)).json().items as Array<{ year: number; revenueVnd: number; costVnd: number; profitVnd: number }>;
    const m = (v: number) => v / 1_000_000;
    expect(rows.map((r) => [r.year, m(r.revenueVnd), m(r.costVnd), m(r.profitVnd)])).toEqual([
      [2014, 4_530, 4_390, 140],
      [2015, 4_860, 4_723, 137],
      [2016, 8_321, 8_009, 312],
      [2017, 12_111, 11_455, 455], // as printed: 12.111 − 11.455 is 656, the table says 455
      [2018, 14_461, 13_838, 623],
      [2019, 15_951, 15_171, 780],
    ]);
  });

  it('computes profit = revenue − cost when none is entered, and keeps an entered one', async () => {
    const id = await productId('ruou ba kich');
    const put = (year: number, body: object) => t.app.inject({ method: 'PUT', url: `/api/products/${id}/figures/${year}`, headers: { cookie: province }, payload: body });
    const computed = await put(2021, { revenueVnd: 21_500_000_000, costVnd: 20_000_000_000 });
    expect(computed.statusCode).toBe(200);
    expect(computed.json()).toMatchObject({ revenueVnd: 21_500_000_000, costVnd: 20_000_000_000, profitVnd: 1_500_000_000 });
    const entered = await put(2022, { revenueVnd: 21_500_000_000, costVnd: 20_000_000_000, profitVnd: 1_200_000_000 });
    expect(entered.json().profitVnd).toBe(1_200_000_000);
  });
});

describe('unit search (item 16)', () => {
  it('finds Quảng Ngãi from "Quang Ngai", as the unit pickers ask it', async () => {
    const res = await t.app.inject('/api/units?q=Quang%20Ngai&limit=5');
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ code: '51', name: 'Tỉnh Quảng Ngãi' });
  });
});

describe("a product's feedback and its current class (item 17)", () => {
  it('says which round the feedback is of, and what the current class rests on', async () => {
    const producer = await t.login('producer.qn');
    const id = await productId('ruou ba kich');
    const catalogue = (await t.app.inject(`/api/products/${id}`)).json();
    const fb = (await get(`/api/products/${id}/feedback`, producer)).json();
    expect(fb.round).toMatchObject({ status: 'approved', rule: '148/QĐ-TTg' });
    expect(fb.result.stars).toBe(3); // the round's score: not a recognition at the provincial level
    expect(fb.result.outcome.action).not.toBe('recognise');
    expect(fb.current).toMatchObject({ stars: catalogue.stars, certificate: null, recognition: { stars: 4, year: 2019 } });
    expect(catalogue.stars).toBe(4);
  });

  it("takes the current class of a product with a valid certificate from that certificate", async () => {
    const id = await productId('nuoc khoang khatisa');
    const catalogue = (await t.app.inject(`/api/products/${id}`)).json();
    const fb = (await get(`/api/products/${id}/feedback`)).json();
    expect(fb.current.certificate).toMatchObject({ stars: 4 });
    expect(fb.current.stars).toBe(fb.current.certificate.stars);
    expect(catalogue.stars).toBe(fb.current.certificate.stars);
  });
});

describe('the demo and the tests do not move with the calendar (item 22)', () => {
  it('reads the same history with "today" in 2029: the 2024 round, its certificates now expired', async () => {
    const saved = process.env.OCOP_TODAY;
    try {
      process.env.OCOP_TODAY = '2029-06-15';
      const id = await productId('ruou ba kich');
      const fb = (await get(`/api/products/${id}/feedback`)).json();
      expect(fb.round).toMatchObject({ date: '2024-01-10', rule: '148/QĐ-TTg' });
      expect(fb.current).toMatchObject({ stars: 4, recognition: { year: 2019 } });
      const certs = (await get('/api/certificates?pageSize=100')).json().items as Array<{ productName: string; status: string; validUntil: string }>;
      const fresh = certs.find((c) => c.productName === 'Nước khoáng chanh muối Fresh Quang Hanh')!;
      expect(fresh).toMatchObject({ validUntil: '2027-01-29', status: 'expired' });
    } finally {
      process.env.OCOP_TODAY = saved;
    }
    // …and on the tests' fixed day it is expiring soon, whenever the suite runs.
    const certs = (await get('/api/certificates?pageSize=100')).json().items as Array<{ productName: string; status: string }>;
    expect(certs.find((c) => c.productName === 'Nước khoáng chanh muối Fresh Quang Hanh')!.status).toBe('expiring');
  });
});
