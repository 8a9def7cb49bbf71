import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { makeFixture, type Fixture } from './reports.fixtures';
import type { Report } from '../../src/contracts/reports';

/**
 * Reports on hand-made records in Hà Tĩnh (see reports.fixtures.ts), whose expected figures
 * are written out here; the clock is fixed at 2026-12-01.
 */
let ctx: TestContext;
let fx: Fixture;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  fx = await makeFixture(ctx.database.db);
  for (const u of ['admin', 'central', 'province.qn', 'commune.qn', 'producer.qn']) cookies[u] = await ctx.login(u);
});
afterAll(async () => ctx?.close());

async function get(url: string, user?: string) {
  return ctx.app.inject({ method: 'GET', url, headers: user ? { cookie: cookies[user] } : {} });
}

async function report(url: string, user = 'central'): Promise<Report> {
  const res = await get(url, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Report;
}

const byYear = (r: Report) => Object.fromEntries(r.rows.map((row) => [row.year, row]));
const byCode = (r: Report) => Object.fromEntries(r.rows.map((row) => [row.code, row]));

describe('products-by-star', () => {
  it('counts new and cumulative products by year and star, a year without a previous year having no change %', async () => {
    const r = await report('/api/reports/products-by-star?unit=42&from=2019&to=2020');
    expect(r.unit).toMatchObject({ code: '42', name: 'Tỉnh Hà Tĩnh', structure: 'current', level: 'province' });
    expect(r.comparison).toEqual({ from: 2018, to: 2019 });
    const y = byYear(r);
    // 2019: P1 3★, P2 4★ (the legacy commune's record counts toward today's Hà Tĩnh); 2018 had none
    expect(y[2019]).toMatchObject({ new3: 1, new4: 1, new5: 0, newTotal: 2, again: 0, cum3: 1, cum4: 1, cumTotal: 2, newTotalChange: 2, newTotalChangePct: null });
    // 2020: P3 3★ (P4's 2 stars are no recognition)
    expect(y[2020]).toMatchObject({ new3: 1, newTotal: 1, cum3: 2, cum4: 1, cumTotal: 3, newTotalChange: -1, newTotalChangePct: -50 });
    expect(r.totals).toMatchObject({ newTotal: 3, cumTotal: 3 });
    expect(r.tables[0].rows.map((p) => p.name)).toEqual(['Kẹo cu đơ', 'Mật ong Trung Lương', 'Cam Nam Hồng']);
    expect(r.columns.find((c) => c.key === 'newTotalChangePct')).toMatchObject({ kind: 'percent' });
  });

  it('counts a re-recognised or upgraded product once', async () => {
    const r = await report('/api/reports/products-by-star?unit=42&from=2019&to=2023');
    const y = byYear(r);
    expect(y[2022]).toMatchObject({ newTotal: 0, again: 1, cum3: 1, cum4: 2, cumTotal: 3 }); // P1 upgraded to 4★
    expect(y[2023]).toMatchObject({ newTotal: 0, again: 1, cumTotal: 3 }); // P3 re-recognised
    expect(r.totals).toMatchObject({ newTotal: 3, again: 2, cumTotal: 3 });
    const p1 = r.tables[0].rows.find((p) => p.name === 'Kẹo cu đơ');
    expect(p1).toMatchObject({ stars: 4, firstYear: 2019, years: '2019, 2022' });
    expect(r.notes.join(' ')).toContain('một lần');
  });

  it('rolls legacy records up into the current commune, and a legacy unit shows its own history', async () => {
    // Bắc Hồng Lĩnh (18115) holds P1 and, through the mapping, P2 of legacy Trung Lương (18121)
    const current = byYear(await report('/api/reports/products-by-star?unit=18115&from=2019&to=2019'));
    expect(current[2019]).toMatchObject({ new3: 1, new4: 1, newTotal: 2 });
    // the legacy commune itself: only what was kept under it
    const legacyCommune = await report('/api/reports/products-by-star?unit=legacy:18121&from=2019&to=2019');
    expect(legacyCommune.unit).toMatchObject({ structure: 'legacy', level: 'commune', name: 'Phường Trung Lương' });
    expect(byYear(legacyCommune)[2019]).toMatchObject({ new4: 1, newTotal: 1 });
    // legacy district Hồng Lĩnh (437): its whole area
    const district = await report('/api/reports/products-by-star?unit=437&from=2019&to=2020');
    expect(district.unit).toMatchObject({ structure: 'legacy', level: 'district' });
    expect(byYear(district)[2020]).toMatchObject({ cumTotal: 3 });
  });
});

describe('entities and localities', () => {
  it('entities by type: new in the period, previous period, cumulative, products', async () => {
    const r = await report('/api/reports/entities?unit=42&from=2019&to=2020');
    expect(r.comparison).toEqual({ from: 2017, to: 2018 });
    const [enterprise, cooperative, group, household] = r.rows;
    expect(enterprise).toMatchObject({ type: 'Doanh nghiệp', newEntities: 1, newEntitiesPrevious: 0, entities: 1, products: 1, newEntitiesChange: 1, newEntitiesChangePct: null });
    expect(cooperative).toMatchObject({ newEntities: 1, products: 1 });
    expect(group).toMatchObject({ newEntities: 0, entities: 0 });
    expect(household).toMatchObject({ newEntities: 1, products: 1 });
    expect(r.totals).toMatchObject({ newEntities: 3, entities: 3, products: 3 });
  });

  it('localities: each commune of the province, with and without products', async () => {
    const r = await report('/api/reports/localities?unit=42&from=2019&to=2020');
    const c = byCode(r);
    expect(c['18115']).toMatchObject({ name: 'Phường Bắc Hồng Lĩnh', products: 2, cumulative: 2, stars3: 1, stars4: 1 });
    expect(c['18118']).toMatchObject({ products: 1, cumulative: 1, stars3: 1 });
    expect(r.totals).toMatchObject({ products: 3, cumulative: 3 });
    const without = r.tables.find((t) => t.key === 'without')!;
    expect(without.rows.length).toBe(r.rows.length - 2);
    expect(without.rows.some((row) => row.code === '18115')).toBe(false);
  });
});

describe('certificates', () => {
  it('issued, valid, expiring within 90 days, expired without re-evaluation, revoked; inspections recorded, to fix, revoking', async () => {
    const r = await report('/api/reports/certificates?unit=42&from=2024&to=2026');
    const c = byCode(r);
    // as of today 2026-12-01: P3's runs to 2027-01-15 (within 90 days); P1's ended 2022-06-01 with no later one; P2's was revoked 2025-05-05
    // inspections recorded in 2024–2026: P3's compliant (2025) and to fix (2026), P2's revoking one; P1's of 2021 and P3's planned one do not count
    expect(c['18118']).toMatchObject({ issued: 1, valid: 1, expiringSoon: 1, expired: 0, revoked: 0, inspected: 2, toFix: 1, revokedAfterInspection: 0 });
    expect(c['18115']).toMatchObject({ issued: 1, valid: 0, expired: 1, revoked: 1, inspected: 1, toFix: 0, revokedAfterInspection: 1 });
    expect(r.totals).toMatchObject({ issued: 2, issuedPrevious: 0, valid: 1, expiringSoon: 1, expired: 1, revoked: 1, inspected: 3, toFix: 1, revokedAfterInspection: 1 });
    expect(r.columns.filter((col) => col.group === 'Hậu kiểm trong kỳ').map((col) => col.label)).toEqual(['Đã hậu kiểm', 'Phải khắc phục', 'Thu hồi sau hậu kiểm']);
    // one year only: 2026 has P3's "to fix" alone
    const y2026 = await report('/api/reports/certificates?unit=42&from=2026&to=2026');
    expect(y2026.totals).toMatchObject({ inspected: 1, toFix: 1, revokedAfterInspection: 0 });
  });
});

describe('cycle reports', () => {
  it('funnel: ideas → plans approved → implemented, by entity type, year on year', async () => {
    const r = await report('/api/reports/funnel?unit=42&from=2019&to=2020');
    const y = byYear(r);
    expect(y[2019]).toMatchObject({ ideas: 2, ideasOrg: 1, ideasHousehold: 1, plans: 2, plansOrg: 1, plansHousehold: 1, implemented: 1, implementedOrg: 1, implementedHousehold: 0, ideasChangePct: null });
    expect(y[2020]).toMatchObject({ ideas: 1, ideasOrg: 1, plans: 0, ideasChange: -1, ideasChangePct: -50, plansChange: -2, plansChangePct: -100 });
    const byType = r.tables[0];
    expect(byType.rows.find((row) => row.type === 'Hợp tác xã')).toMatchObject({ ideas: 1, plans: 0 });
    expect(byType.totals).toMatchObject({ ideas: 3, plans: 2, implemented: 1 });
  });

  it('communication and training with year-on-year change, absolute and %', async () => {
    const y = byYear(await report('/api/reports/communication?unit=42&from=2019&to=2020'));
    expect(y[2019]).toMatchObject({ article: 5, broadcast: 2, events: 7, classes: 1, trainees: 40, budget: 30_000_000 });
    expect(y[2020]).toMatchObject({ article: 3, events: 3, eventsChange: -4, eventsChangePct: -57.14, classes: 2, classesChangePct: 100, trainees: 80, traineesChange: 40, budget: 0, budgetChangePct: -100 });
  });

  it('funding by source and year, with totals', async () => {
    const r = await report('/api/reports/funding?unit=42&from=2019&to=2020');
    const y = byYear(r);
    expect(y[2019]).toMatchObject({ provincialBudget: 100_000_000, own: 50_000_000, credit: 0, total: 150_000_000, totalChangePct: null });
    expect(y[2020]).toMatchObject({ total: 0, totalChange: -150_000_000, totalChangePct: -100 });
    expect(r.totals).toMatchObject({ provincialBudget: 100_000_000, total: 150_000_000 });
    expect(r.tables[0].rows.find((row) => row.source === 'Ngân sách tỉnh')).toMatchObject({ share: 66.67 });
  });
});

describe('product-growth', () => {
  it('the Ba kích wine before and after joining OCOP (seed 000 table 7)', async () => {
    const r = await report(`/api/reports/product-growth?product=${fx.p5}`);
    expect([r.from, r.to]).toEqual([2014, 2019]);
    const y = byYear(r);
    expect(y[2015]).toMatchObject({ phase: 'Chưa tham gia OCOP', revenue: 4_860_000_000, revenueChangePct: 7.28 });
    expect(y[2016]).toMatchObject({ phase: 'Khi tham gia OCOP', revenue: 8_321_000_000, revenueChangePct: 71.21 });
    expect(y[2014]).toMatchObject({ revenueChangePct: null });
    const [before, after] = r.tables[0].rows;
    expect(before).toMatchObject({ from: 2014, to: 2015, revenueGrowth: 7.28, costGrowth: 7.59, profitGrowth: -2.14 });
    expect(after).toMatchObject({ from: 2016, to: 2019, revenueGrowth: 24.22, costGrowth: 23.73, profitGrowth: 35.72 });
  });

  it('a producer runs it on its own products only', async () => {
    expect((await get(`/api/reports/product-growth?product=${fx.p5}`, 'producer.qn')).statusCode).toBe(404);
    expect((await get(`/api/reports/product-growth?product=${fx.p5}`)).statusCode).toBe(404);
  });
});

describe('national summary', () => {
  it('every province side by side', async () => {
    const r = await report('/api/reports/national-summary?from=2022&to=2022');
    expect(r.rows.length).toBe(34);
    expect(byCode(r)['42']).toMatchObject({ stars3: 1, stars4: 2, products: 3, newProducts: 0, enterprise: 1, cooperative: 1, household: 1, entities: 3, certificatesValid: 0, targetProducts: null });
    expect(byCode(r)['44']).toMatchObject({ stars4: 1, products: 1, enterprise: 1 });
  });

  it('the public sees certified figures without targets', async () => {
    const res = await get('/api/reports/national-summary?from=2022&to=2022');
    expect(res.statusCode).toBe(200);
    const r = res.json() as Report;
    expect(r.certifiedOnly).toBe(true);
    expect(r.columns.some((c) => c.key === 'targetProducts')).toBe(false);
    expect(byCode(r)['42']).toMatchObject({ products: 3 });
  });
});

describe('jurisdiction', () => {
  it('a unit outside the user\'s scope answers 404', async () => {
    expect((await get('/api/reports/funnel?unit=42&from=2019&to=2020', 'province.qn')).statusCode).toBe(404);
    expect((await get('/api/reports/funnel?unit=22', 'commune.qn')).statusCode).toBe(404);
    expect((await get('/api/reports/funnel?unit=22')).statusCode).toBe(404);
    expect((await get('/api/reports/funnel?unit=22', 'province.qn')).statusCode).toBe(200);
  });

  it('the public reports are open to all, on certified data only', async () => {
    const r = await report('/api/reports/products-by-star?unit=42&from=2019&to=2020', 'province.qn');
    expect(r.certifiedOnly).toBe(true);
    expect(byYear(r)[2019]).toMatchObject({ newTotal: 2 });
    const pub = await get('/api/reports/localities?unit=42&from=2019&to=2020');
    expect(pub.statusCode).toBe(200);
    const list = (await get('/api/reports')).json() as { items: { code: string }[] };
    expect(list.items.map((i) => i.code)).toEqual(['products-by-star', 'entities', 'localities', 'national-summary']);
    const central = (await get('/api/reports', 'central')).json() as { items: { code: string; formats: string[] }[] };
    expect(central.items.length).toBe(12); // the 11 of the catalogue and `trade`
    expect(central.items.map((i) => i.code)).toContain('trade');
    expect(central.items[0].formats).toEqual(expect.arrayContaining(['json', 'xlsx', 'csv']));
  });

  it("defaults to the user's unit and the current year", async () => {
    const r = await report('/api/reports/funnel', 'province.qn');
    expect(r.unit.code).toBe('22');
    expect([r.from, r.to]).toEqual([2026, 2026]);
  });
});

describe('bad input answers 400 naming the parameter', () => {
  const cases: [string, string][] = [
    ['/api/reports/no-such-report', 'code'],
    ['/api/reports/funnel?unit=99', 'unit'],
    ['/api/reports/funnel?unit=abc', 'unit'],
    ['/api/reports/funnel?from=2020&to=2019', 'from'],
    ['/api/reports/funnel?from=1999', 'from'],
    ['/api/reports/funnel?to=2028', 'to'],
    ['/api/reports/funnel?format=doc', 'format'],
    ['/api/reports/product-growth?product=00000000-0000-4000-8000-000000000000', 'product'],
    ['/api/reports/product-growth?product=nope', 'product'],
    ['/api/reports/product-growth', 'product'],
  ];
  it.each(cases)('%s → %s', async (url, path) => {
    const res = await get(url, 'central');
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((res.json() as { errors?: { path: string }[] }).errors?.map((e) => e.path)).toContain(path);
  });

  it('next year is allowed', async () => {
    expect((await get('/api/reports/funnel?unit=42&from=2027&to=2027', 'central')).statusCode).toBe(200);
  });
});
