import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../support/test-app';
import { entity, makeFixture, type Fixture } from './reports.fixtures';
import type { Report } from '../../src/contracts/reports';
import { insertStarRecord, refreshCurrentStars, updateProduct, getProduct } from '../../src/db/repositories/products.repository';
import { runReport } from '../../src/services/reports/reports.service';
import { rows } from '../../src/db/repositories/reports/area';
import type { Actor } from '../../src/domain/policy';

/**
 * The recognition summary behind the recognition reports is kept by triggers in the writing
 * transaction: a recognition, a product moved or deleted, an entity's type changed show in the
 * reports as soon as the write commits; so does the cycle funnel summary (ideas, plans and their
 * implementation). Hà Tĩnh (42) records of reports.fixtures.ts.
 */
let ctx: TestContext;
let fx: Fixture;
let cookie: string;

beforeAll(async () => {
  ctx = await createTestApp();
  fx = await makeFixture(ctx.database.db);
  cookie = await ctx.login('central');
});
afterAll(async () => ctx?.close());

async function report(url: string): Promise<Report> {
  const res = await ctx.app.inject({ method: 'GET', url, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Report;
}
const year = (r: Report, y: number) => r.rows.find((row) => row.year === y)!;

describe('reports read a write as soon as it commits', () => {
  it('a recognition recorded (as certificates.service records it) changes products-by-star, entities, localities, targets and the national summary', async () => {
    const before = await report('/api/reports/products-by-star?unit=42&from=2024&to=2024');
    expect(year(before, 2024)).toMatchObject({ new3: 0, newTotal: 0, again: 0, cum3: 1, cum4: 2, cumTotal: 3 });
    const [beforeSummary, beforeEntities] = await Promise.all([report('/api/reports/national-summary?from=2024&to=2024'), report('/api/reports/entities?unit=42&from=2024&to=2024')]);
    const row42 = (r: Report) => r.rows.find((row) => row.code === '42')!;
    expect(row42(beforeSummary)).toMatchObject({ products: 3, newProducts: 0, stars5: 0 });

    // P4 (2★ in 2020, not OCOP) is recognised 3★ in 2024, and P3 (3★ 2020, 2023) upgraded to 5★
    await ctx.database.db.transaction(async (tx) => {
      await insertStarRecord(tx, { productId: fx.p4, stars: 3, year: 2024, level: 'province' });
      await refreshCurrentStars(tx, fx.p4);
      await insertStarRecord(tx, { productId: fx.p3, stars: 5, year: 2024, level: 'central' });
      await refreshCurrentStars(tx, fx.p3);
    });

    const after = await report('/api/reports/products-by-star?unit=42&from=2024&to=2024');
    // P4 is new (3★); P3 recognised again counts once, its latest class now 5★
    expect(year(after, 2024)).toMatchObject({ new3: 1, newTotal: 1, again: 1, cum3: 1, cum4: 2, cum5: 1, cumTotal: 4 });
    expect(after.tables[0].rows.map((r) => r.name).sort()).toEqual(['Bánh đa', 'Cam Nam Hồng']);
    expect(after.tables[0].total).toBe(2);
    const summary = await report('/api/reports/national-summary?from=2024&to=2024');
    expect(row42(summary)).toMatchObject({ products: 4, newProducts: 1, stars5: 1, stars3: 1 });
    const entities = await report('/api/reports/entities?unit=42&from=2024&to=2024');
    const total = (r: Report) => r.totals!;
    // E1 already had a recognised product (P1): no new entity, one more product
    expect(total(entities)).toMatchObject({ newEntities: total(beforeEntities).newEntities, products: (total(beforeEntities).products as number) + 1 });
    const targets = await report('/api/reports/targets?unit=42&from=2024&to=2024');
    const achieved = Object.fromEntries(targets.rows.map((r) => [r.measure, r.achieved]));
    expect(Object.values(achieved)).toContain(2); // two products recognised in 2024
  });

  it('a product moved to another commune, or deleted, leaves the localities at once', async () => {
    const place = async () => (await report('/api/reports/localities?unit=42&from=2019&to=2025')).rows.find((r) => r.code === '18118')!;
    const before = await place();
    const view = (await getProduct(ctx.database.db, fx.p1))!;
    await ctx.database.db.transaction(async (tx) => {
      await updateProduct(tx, fx.p1, view.product.version, { unitStructure: 'current', unitCode: '18118' });
    });
    const moved = await place();
    expect(moved.cumulative).toBe((before.cumulative as number) + 1);
    await ctx.database.db.execute(sql`update products set deleted_at = now() where id = ${fx.p1}`);
    expect((await place()).cumulative).toBe(before.cumulative);
  });

  it("an entity's type changed moves its products to the new type", async () => {
    const byType = async () => Object.fromEntries((await report('/api/reports/entities?unit=42&from=2019&to=2025')).rows.map((r) => [r.type, r.entities]));
    const before = await byType();
    await ctx.database.db.execute(sql`update entities set type = 'cooperative_group' where id = ${fx.e3}`);
    const after = await byType();
    expect(after['Hợp tác xã']).toBe((before['Hợp tác xã'] as number) - 1);
    expect(after['Tổ hợp tác']).toBe((before['Tổ hợp tác'] as number) + 1);
  });
});

describe('the cycle funnel summary follows every write at once', () => {
  const funnel = async (unit = '42') => report(`/api/reports/funnel?unit=${unit}&from=2020&to=2020`);
  const one = async (q: SQL) => (await rows<{ id: string }>(ctx.database.db, q))[0].id;
  const COOP = 'Hợp tác xã';
  const GROUP = 'Tổ hợp tác';

  it('an idea filed, a plan accepted and implemented (or not any more), an entity or would-be entity retyped, an idea moved', async () => {
    const db = ctx.database.db;
    // the figures of 2020 in Hà Tĩnh (42) and Quảng Trị (44) before, and by entity type
    const snapshot = async (unit = '42') => {
      const r = await funnel(unit);
      const types = Object.fromEntries(r.tables[0].rows.map((row) => [row.type as string, row]));
      return { year: year(r, 2020), types };
    };
    const base = await snapshot();
    const base44 = await snapshot('44');
    const delta = async (expected: Record<string, number>, types: Record<string, Record<string, number>> = {}, unit = '42') => {
      const now = await snapshot(unit);
      const from = unit === '42' ? base : base44;
      for (const [k, v] of Object.entries(expected)) expect(now.year[k], k).toBe((from.year[k] as number) + v);
      for (const [type, counts] of Object.entries(types)) {
        for (const [k, v] of Object.entries(counts)) expect(now.types[type][k], `${type} ${k}`).toBe((from.types[type][k] as number) + v);
      }
    };
    const coop = await entity(db, 'HTX Thạch Hà', 'cooperative', 'current', '18118', '42', null);
    const cycleId = await one(sql`select id from cycles where year = 2020 and province_code = '42'`);

    // a draft idea of the cooperative is not registered; filed, it is
    const idea = await one(sql`insert into ideas (cycle_id, cycle_year, procedure, unit_structure, unit_code, province_code, entity_id, product_name, group_code, status,
        filed_by_role, search_text, proposer_name, proposed_entity, form)
      values (${cycleId}, 2020, 'legacy', 'current', '18118', '42', ${coop}, 'Ý tưởng mới', '1', 'draft', 'commune', 'y tuong', 'Người đề xuất', null, '{}'::jsonb) returning id`);
    await delta({ ideas: 0 });
    await db.execute(sql`update ideas set status = 'accepted', first_submitted_at = '2020-04-01' where id = ${idea}`);
    await delta({ ideas: 1, ideasOrg: 1, plans: 0 }, { [COOP]: { ideas: 1 } });

    // its plan, of no entity (the idea's would-be entity's type counts, else household), accepted
    const plan = await one(sql`insert into business_plans (cycle_id, cycle_year, procedure, unit_structure, unit_code, province_code, entity_id, idea_id, product_name, group_code, status,
        filed_by_role, search_text, content)
      values (${cycleId}, 2020, 'legacy', 'current', '18118', '42', null, ${idea}, 'Phương án mới', '1', 'submitted', 'commune', 'phuong an', '{}'::jsonb) returning id`);
    await delta({ plans: 0 });
    await db.execute(sql`update business_plans set status = 'accepted' where id = ${plan}`);
    await delta({ plans: 1, plansHousehold: 1, plansOrg: 0, implemented: 0 });
    await db.execute(sql`update ideas set proposed_entity = '{"name": "HTX mới", "type": "cooperative"}'::jsonb where id = ${idea}`);
    await delta({ plans: 1, plansOrg: 1, plansHousehold: 0 }, { [COOP]: { ideas: 1, plans: 1 } });

    // implemented: a progress note; removed, not any more; support withdrawn (deleted) does not count; capital does
    const note = await one(sql`insert into implementation_notes (business_plan_id, date, text) values (${plan}, '2020-06-01', 'Đã triển khai') returning id`);
    await delta({ implemented: 1, implementedOrg: 1 });
    await db.execute(sql`delete from implementation_notes where id = ${note}`);
    await delta({ implemented: 0 });
    const support = await one(sql`insert into implementation_support (business_plan_id, kind, date, provider) values (${plan}, 'training', '2020-07-01', 'Sở') returning id`);
    await delta({ implemented: 1 });
    await db.execute(sql`update implementation_support set deleted_at = now() where id = ${support}`);
    await delta({ implemented: 0 });
    await db.execute(sql`insert into implementation_capital (business_plan_id, year, own) values (${plan}, 2020, 1000000)`);
    await delta({ implemented: 1 }, { [COOP]: { implemented: 1 } });

    // the cooperative becomes a cooperative group: its idea moves with it; the plan, of no entity, stays a cooperative's
    await db.execute(sql`update entities set type = 'cooperative_group' where id = ${coop}`);
    await delta({ ideas: 1, plans: 1 }, { [COOP]: { ideas: 0, plans: 1, implemented: 1 }, [GROUP]: { ideas: 1, plans: 0 } });
    const achieved = async (unit: string) => Object.fromEntries((await report(`/api/reports/targets?unit=${unit}&from=2020&to=2020`)).rows.map((row) => [row.measure, row.achieved]));
    const ideasMeasure = 'Ý tưởng sản phẩm đăng ký';
    const plansMeasure = 'Phương án, kế hoạch kinh doanh được duyệt';
    const targetsBefore = await achieved('44');

    // the idea moved to Quảng Trị (44) leaves Hà Tĩnh's funnel; a plan no longer accepted leaves too
    await db.execute(sql`update ideas set unit_code = '18859', province_code = '44' where id = ${idea}`);
    await delta({ ideas: 0, plans: 1 });
    await delta({ ideas: 1 }, {}, '44');
    expect((await achieved('44'))[ideasMeasure]).toBe((targetsBefore[ideasMeasure] as number) + 1);
    const plans42 = (await achieved('42'))[plansMeasure] as number;
    await db.execute(sql`update business_plans set status = 'withdrawn' where id = ${plan}`);
    await delta({ ideas: 0, plans: 0, implemented: 0 });
    expect((await achieved('42'))[plansMeasure]).toBe(plans42 - 1);
  });
});

describe('long lists', () => {
  it('hold their first rows with the full total and a note; whole lists on request (the spreadsheet exports)', async () => {
    const actor: Actor = { id: '00000000-0000-4000-8000-00000000c001', role: 'central', unitStructure: 'current', unitCode: 'VN', provinceCode: null, districtCode: null, entityId: null };
    const cut = await runReport(ctx.database.db, actor, 'products-by-star', { unit: '42', from: 2019, to: 2025, format: 'json' }, 'vi', { listLimit: 1 });
    expect(cut.tables[0].rows).toHaveLength(1);
    expect(cut.tables[0].total).toBeGreaterThan(1);
    expect(cut.notes.some((n) => n.includes(`1 dòng đầu trong tổng số ${cut.tables[0].total}`))).toBe(true);
    const whole = await runReport(ctx.database.db, actor, 'products-by-star', { unit: '42', from: 2019, to: 2025, format: 'json' }, 'vi', { listLimit: null });
    expect(whole.tables[0].rows).toHaveLength(cut.tables[0].total);
    expect(whole.tables[0].rows[0]).toEqual(cut.tables[0].rows[0]);
    const entities = await runReport(ctx.database.db, actor, 'entities', { unit: '42', from: 2019, to: 2025, format: 'json' }, 'vi', { listLimit: 1 });
    expect(entities.tables[0].rows).toHaveLength(1);
    expect(entities.tables[0].total).toBe(entities.totals!.entities);
  });
});
