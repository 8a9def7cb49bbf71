import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';

/**
 * Hand-made records for the report tests, in Hà Tĩnh (42), where the demo data has none.
 * Legacy Hồng Lĩnh (district 437): communes 18115, 18121, 18124 became Bắc Hồng Lĩnh (18115);
 * 18118, 18127, 18130 became Nam Hồng Lĩnh (18118).
 *
 * - E1 enterprise in current 18115: P1 3★ 2019, upgraded to 4★ 2022 (one product, recognised twice);
 *   P4 2★ 2020 (not an OCOP recognition)
 * - E2 household kept under legacy commune 18121 (district 437): P2 4★ 2019 — rolls up into 18115
 * - E3 cooperative in current 18118: P3 3★ 2020, re-recognised 3★ 2023
 * - inspections: P1's certificate compliant 2021; P3's compliant 2025, to fix 2026, one planned; P2's revoked 2025-05-05
 * - E4 enterprise in Quảng Trị (44): P5 the Ba kích wine of seed 000 table 7, 4★ 2016, figures 2014–2019
 */
export interface Fixture {
  e1: string; e2: string; e3: string; e4: string;
  p1: string; p2: string; p3: string; p4: string; p5: string;
}

async function one(db: Db, q: ReturnType<typeof sql>): Promise<string> {
  const r = (await db.execute(q)) as unknown as { id: string }[] | { rows: { id: string }[] };
  return (Array.isArray(r) ? r : r.rows)[0].id;
}

export async function entity(db: Db, name: string, type: string, structure: string, unit: string, province: string, district: string | null) {
  return one(db, sql`insert into entities (type, name, representative, address, unit_structure, unit_code, province_code, district_code, search_text, sort_key)
    values (${type}, ${name}, 'Nguyễn Văn A', 'Hồng Lĩnh', ${structure}, ${unit}, ${province}, ${district}, ${name.toLowerCase()}, ${name.toLowerCase()}) returning id`);
}

async function product(db: Db, entityId: string, name: string, structure: string, unit: string, province: string, district: string | null, stars: [number, number][]) {
  const id = await one(db, sql`insert into products (entity_id, name, group_code, subgroup_code, unit_structure, unit_code, province_code, district_code, search_text, sort_key)
    values (${entityId}, ${name}, '1', '1.1', ${structure}, ${unit}, ${province}, ${district}, ${name.toLowerCase()}, ${name.toLowerCase()}) returning id`);
  for (const [year, s] of stars) {
    await db.execute(sql`insert into product_star_records (product_id, stars, year, level) values (${id}, ${s}, ${year}, 'province')`);
  }
  if (stars.length) await db.execute(sql`update products set stars = ${stars[stars.length - 1][1]} where id = ${id}`);
  return id;
}

async function certificate(db: Db, productId: string, entityId: string, n: string, unit: string, issued: string, until: string, revoked: string | null) {
  return one(db, sql`insert into certificates (number, product_id, entity_id, stars, level, issuer_name, decision_number, decision_date, issued_on, valid_until,
      product_name, entity_name, unit_structure, unit_code, province_code, revoked_on, token, kid)
    values (${n}, ${productId}, ${entityId}, 3, 'province', 'UBND tỉnh Hà Tĩnh', ${n}, ${issued}, ${issued}, ${until}, 'SP', 'CT', 'current', ${unit}, '42', ${revoked}, 'token', 'kid') returning id`);
}

/** A post-recognition inspection of a certificate: recorded on `on` with an outcome, or only planned (outcome null). */
async function inspection(db: Db, certificateId: string, productId: string, entityId: string, unit: string, on: string, outcome: string | null) {
  await db.execute(sql`insert into inspections (certificate_id, product_id, entity_id, unit_structure, unit_code, province_code, status, planned_on, checklist_code, inspected_on, outcome, fix_by)
    values (${certificateId}, ${productId}, ${entityId}, 'current', ${unit}, '42', ${outcome ? 'recorded' : 'planned'}, ${on}, '1489-2025', ${outcome ? on : null}, ${outcome},
      ${outcome === 'fix_by' ? '2026-09-30' : null})`);
}

async function cycle(db: Db, year: number) {
  return one(db, sql`insert into cycles (province_code, year, status, calendar) values ('42', ${year}, 'closed', '[]'::jsonb) returning id`);
}

async function idea(db: Db, cycleId: string, year: number, entityId: string | null, proposedType: string | null, submitted: boolean) {
  return one(db, sql`insert into ideas (cycle_id, cycle_year, procedure, unit_structure, unit_code, province_code, entity_id, product_name, group_code, status,
      filed_by_role, search_text, proposer_name, proposed_entity, form, first_submitted_at)
    values (${cycleId}, ${year}, 'legacy', 'current', '18115', '42', ${entityId}, 'Ý tưởng', '1', ${submitted ? 'accepted' : 'draft'}, 'commune', 'y tuong', 'Người đề xuất',
      ${proposedType ? JSON.stringify({ name: 'HTX mới', type: proposedType }) : null}::jsonb, '{}'::jsonb, ${submitted ? `${year}-03-01` : null}) returning id`);
}

async function plan(db: Db, cycleId: string, year: number, entityId: string, ideaId: string) {
  return one(db, sql`insert into business_plans (cycle_id, cycle_year, procedure, unit_structure, unit_code, province_code, entity_id, idea_id, product_name, group_code, status,
      filed_by_role, search_text, content)
    values (${cycleId}, ${year}, 'legacy', 'current', '18115', '42', ${entityId}, ${ideaId}, 'Phương án', '1', 'accepted', 'commune', 'phuong an', '{}'::jsonb) returning id`);
}

export async function makeFixture(db: Db): Promise<Fixture> {
  const e1 = await entity(db, 'Công ty Hồng Lĩnh', 'enterprise', 'current', '18115', '42', null);
  const e2 = await entity(db, 'Hộ Trung Lương', 'household', 'legacy', '18121', '42', '437');
  const e3 = await entity(db, 'HTX Nam Hồng', 'cooperative', 'current', '18118', '42', null);
  const e4 = await entity(db, 'Công ty Bia Rượu Quảng Trị', 'enterprise', 'current', '18859', '44', null);
  const p1 = await product(db, e1, 'Kẹo cu đơ', 'current', '18115', '42', null, [[2019, 3], [2022, 4]]);
  const p2 = await product(db, e2, 'Mật ong Trung Lương', 'legacy', '18121', '42', '437', [[2019, 4]]);
  const p3 = await product(db, e3, 'Cam Nam Hồng', 'current', '18118', '42', null, [[2020, 3], [2023, 3]]);
  const p4 = await product(db, e1, 'Bánh đa', 'current', '18115', '42', null, [[2020, 2]]);
  const p5 = await product(db, e4, 'Rượu ba kích', 'current', '18859', '44', null, [[2016, 4]]);
  const baKich: [number, number, number, number][] = [
    [2014, 4530, 4390, 140], [2015, 4860, 4723, 137], [2016, 8321, 8009, 312], [2017, 12111, 11455, 455], [2018, 14461, 13838, 623], [2019, 15951, 15171, 780],
  ];
  for (const [year, revenue, cost, profit] of baKich) {
    await db.execute(sql`insert into business_figures (product_id, year, revenue_vnd, cost_vnd, profit_vnd) values (${p5}, ${year}, ${revenue * 1e6}, ${cost * 1e6}, ${profit * 1e6})`);
  }
  const k1 = await certificate(db, p1, e1, 'HT-2019-001', '18115', '2019-06-01', '2022-06-01', null);
  const k3 = await certificate(db, p3, e3, 'HT-2024-001', '18118', '2024-03-01', '2027-01-15', null);
  const k2 = await certificate(db, p2, e2, 'HT-2024-002', '18115', '2024-01-10', '2027-01-10', '2025-05-05');
  // inspections (hậu kiểm): P1 compliant 2021 (before the 2024–2026 period), P3 compliant 2025 and to fix 2026,
  // P2 revoked by the inspection of 2025-05-05, P3 another one only planned
  await inspection(db, k1, p1, e1, '18115', '2021-05-01', 'compliant');
  await inspection(db, k3, p3, e3, '18118', '2025-03-01', 'compliant');
  await inspection(db, k3, p3, e3, '18118', '2026-06-10', 'fix_by');
  await inspection(db, k2, p2, e2, '18115', '2025-05-05', 'revoke');
  await inspection(db, k3, p3, e3, '18118', '2026-12-20', null);

  const c2019 = await cycle(db, 2019);
  const c2020 = await cycle(db, 2020);
  const i1 = await idea(db, c2019, 2019, e1, null, true);
  const i2 = await idea(db, c2019, 2019, e2, null, true);
  await idea(db, c2019, 2019, e1, null, false); // a draft is not registered
  await idea(db, c2020, 2020, null, 'cooperative', true);
  const b1 = await plan(db, c2019, 2019, e1, i1);
  await plan(db, c2019, 2019, e2, i2); // accepted, never implemented
  await db.execute(sql`insert into implementation_capital (business_plan_id, year, provincial_budget, own) values (${b1}, 2019, 100000000, 50000000)`);

  const log = (year: number, kind: string, count: number, budget: number) =>
    db.execute(sql`insert into communication_logs (year, kind, count, budget_vnd, date, unit_structure, unit_code, province_code, unit_level)
      values (${year}, ${kind}, ${count}, ${budget}, ${`${year}-05-01`}, 'current', '42', '42', 'province')`);
  await log(2019, 'article', 5, 10_000_000);
  await log(2019, 'broadcast', 2, 0);
  await log(2020, 'article', 3, 0);
  const training = (year: number, participants: number, budget: number) =>
    db.execute(sql`insert into training_classes (year, topic, participants, budget_vnd, date, unit_structure, unit_code, province_code, unit_level)
      values (${year}, 'OCOP', ${participants}, ${budget}, ${`${year}-06-01`}, 'current', '18115', '42', 'commune')`);
  await training(2019, 40, 20_000_000);
  await training(2020, 30, 0);
  await training(2020, 50, 0);
  return { e1, e2, e3, e4, p1, p2, p3, p4, p5 };
}
