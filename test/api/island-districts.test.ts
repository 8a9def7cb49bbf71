import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { rows } from '../../src/db/repositories/reports/area';

/**
 * Island districts without communes before 2025 (Lý Sơn 536 in Quảng Ngãi, Bạch Long Vĩ, Cồn
 * Cỏ, Hoàng Sa, Côn Đảo) have no row in the commune mapping file; the reference-data loader
 * maps each, whole, to the special zone of its name, so Lý Sơn's records (Đặc khu Lý Sơn 21548)
 * count toward legacy district 536 and the district appears in Quảng Ngãi's localities.
 */
let t: TestContext;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('province.qng');
});
afterAll(() => t.close());

const q = <T>(query: ReturnType<typeof sql>) => rows<T>(t.database.db, query);

async function islandState() {
  return {
    mappings: await q<{ legacy: string; current: string; province: string; part: string }>(
      sql`select legacy_code as legacy, current_code as current, current_province_code as province, part from admin_unit_mappings
          where legacy_code in ('318', '471', '498', '536', '755') order by legacy_code`,
    ),
    districts: await q<{ code: string; now: string }>(
      sql`select code, current_province_code as now from admin_units where structure = 'legacy' and code in ('471', '536', '755') order by code`,
    ),
    lySonEntities: await q<{ district: string | null }>(sql`select district_code as district from entities where unit_structure = 'current' and unit_code = '21548'`),
  };
}

const EXPECTED = {
  mappings: [
    { legacy: '318', current: '11948', province: '31', part: 'full' }, // Bạch Long Vĩ → Đặc khu Bạch Long Vĩ (Hải Phòng)
    { legacy: '471', current: '19742', province: '44', part: 'full' }, // Cồn Cỏ (legacy Quảng Trị 45) → Đặc khu Cồn Cỏ (Quảng Trị 44)
    { legacy: '498', current: '20333', province: '48', part: 'full' }, // Hoàng Sa → Đặc khu Hoàng Sa (Đà Nẵng)
    { legacy: '536', current: '21548', province: '51', part: 'full' }, // Lý Sơn → Đặc khu Lý Sơn (Quảng Ngãi)
    { legacy: '755', current: '26732', province: '79', part: 'full' }, // Côn Đảo (Bà Rịa – Vũng Tàu 77) → Đặc khu Côn Đảo (TP. Hồ Chí Minh 79)
  ],
  districts: [
    { code: '471', now: '44' },
    { code: '536', now: '51' },
    { code: '755', now: '79' },
  ],
};

describe('island districts without communes', () => {
  it('the loader maps each to the special zone of its name, in the current province', async () => {
    const s = await islandState();
    expect(s.mappings).toEqual(EXPECTED.mappings);
    expect(s.districts).toEqual(EXPECTED.districts);
    // the demo's Phú Sinh (tỏi Lý Sơn) sits in Đặc khu Lý Sơn: its legacy district is Lý Sơn
    expect(s.lySonEntities.length).toBeGreaterThanOrEqual(1);
    expect(s.lySonEntities.every((e) => e.district === '536')).toBe(true);
  });

  it("Lý Sơn appears with its products in Quảng Ngãi's localities by legacy district", async () => {
    const res = await t.app.inject({ url: '/api/reports/localities?unit=legacy:51&from=2022&to=2022', headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    const lySon = r.rows.find((row: { code: string }) => row.code === '536');
    expect(lySon).toMatchObject({ name: 'Huyện Lý Sơn' });
    expect(lySon.products).toBeGreaterThan(0);
    const without = r.tables.find((x: { key: string }) => x.key === 'without');
    expect(without.rows.some((row: { code: string }) => row.code === '536')).toBe(false);
    // and the legacy district's own report reaches its records
    const own = (await t.app.inject({ url: '/api/reports/products-by-star?unit=536&from=2022&to=2022', headers: { cookie } })).json();
    expect(own.rows[0].newTotal).toBe(lySon.products);
  });

  it('the migration adds the same rows to a database loaded before, and re-derives the records', async () => {
    await t.database.db.execute(sql`delete from admin_unit_mappings where legacy_code in ('318', '471', '498', '536', '755')`);
    await t.database.db.execute(sql`update admin_units set current_province_code = '45' where structure = 'legacy' and code = '471'`);
    await t.database.db.execute(sql`update entities set unit_code = unit_code where unit_structure = 'current' and unit_code = '21548'`);
    expect((await islandState()).lySonEntities.every((e) => e.district === null)).toBe(true);
    const file = path.join(__dirname, '../../src/db/migrations/0018_island_districts_sql.sql');
    for (const statement of fs.readFileSync(file, 'utf8').split('--> statement-breakpoint')) await t.database.db.execute(sql.raw(statement));
    const s = await islandState();
    expect(s.mappings).toEqual(EXPECTED.mappings);
    expect(s.districts).toEqual(EXPECTED.districts);
    expect(s.lySonEntities.every((e) => e.district === '536')).toBe(true);
  });
});
