/**
 * Ten years of programme history (2016–2025) at national scale for the report benchmark
 * (issue 9 item 7): entities, products, recognitions, certificates, cycles, ideas, business
 * plans with their capital, communication and training activities, evaluation rounds and
 * score sheets, spread over the communes of the 34 current provinces; records of the years
 * before the 2025 reorganisation are kept under the legacy commune their place belonged to.
 *
 *   npm run bench:history -- [--scale 1] [--province 38] [--data-dir DIR] [--reset]
 *
 * `--scale 1` (the default) is about 100,000 entities, 200,000 products and 1,000,000 score
 * sheets; `--scale 0.05` a twentieth of it (for PGlite). Every row is made by SQL
 * (`insert … select … from generate_series`) with a deterministic hash instead of random(), so
 * the same scale gives the same data on every machine and PostgreSQL does the work.
 *
 * With DATABASE_URL it writes into that PostgreSQL database, otherwise into a PGlite folder
 * bench/.data/pglite-history-<scale>[-p<province>] (git-ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type SQL } from 'drizzle-orm';
import { prepareDatabase } from '../src/bootstrap';
import type { Db } from '../src/db/client';
import { queryRows } from './lib/sql';
import { benchDataDir } from './lib/target';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string' },
    province: { type: 'string' },
    'data-dir': { type: 'string' },
    reset: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

const SCALE = Number(args.scale ?? process.env.BENCH_SCALE ?? '1');
if (!(SCALE > 0 && SCALE <= 4)) throw new Error('--scale must be a number in (0, 4]');
const ONLY_PROVINCE = args.province ?? process.env.BENCH_PROVINCE ?? undefined;
if (ONLY_PROVINCE !== undefined && !/^\d{2}$/.test(ONLY_PROVINCE)) throw new Error('--province must be a 2-digit current province code');

export const HISTORY_FROM = 2016;
export const HISTORY_TO = 2025;
const N_ENTITIES = Math.max(10, Math.round(100_000 * SCALE));
const N_PRODUCTS = Math.max(20, Math.round(200_000 * SCALE));
const N_SHEETS = Math.max(50, Math.round(1_000_000 * SCALE));
const N_IDEAS = Math.max(20, Math.round(150_000 * SCALE));

export function historyDataDir(scale: number, province?: string): string {
  return path.join(benchDataDir, `pglite-history-${scale}${province ? `-p${province}` : ''}`);
}

const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = databaseUrl ? undefined : path.resolve(args['data-dir'] ?? historyDataDir(SCALE, ONLY_PROVINCE));
const label = databaseUrl ? `postgres-${new URL(databaseUrl).pathname.slice(1)}` : path.basename(dataDir!);

function log(message: string): void {
  console.log(`[bench:history] ${message}`);
}

/** A deterministic number in [0, 1) from a row number and a salt (no random(): same data everywhere). */
const R = (i: string, salt: number) => `((hashint8((${i})::bigint * 1000003 + ${salt}) & 2147483647)::float8 / 2147483648.0)`;
/** A deterministic integer in [lo, hi]. */
const RI = (i: string, salt: number, lo: number, hi: number) => `(${lo} + floor(${R(i, salt)} * ${hi - lo + 1})::int)`;
/** A deterministic uuid from a kind number and a row number. */
const UUID = (kind: number, i: string) => `(lpad(to_hex(${kind}), 8, '0') || '-0000-4000-8000-' || lpad(to_hex((${i})::bigint), 12, '0'))::uuid`;

const steps: { name: string; table?: string; sql: string }[] = [];
function step(name: string, text: string, table?: string): void {
  steps.push({ name, sql: text, table });
}

// ------------------------------------------------------------------- places
// Current communes (numbered 1…n) with the first legacy commune mapped into each.
step('places', `
  drop table if exists bh_communes;
  create temp table bh_communes as
    select row_number() over (order by c.code)::int as n, c.code, c.current_province_code as province_code, f.legacy_code, f.district_code
    from admin_units c
    left join (
      select distinct on (m.current_code) m.current_code, m.legacy_code, lu.district_code
      from admin_unit_mappings m join admin_units lu on lu.structure = 'legacy' and lu.code = m.legacy_code and lu.level = 'commune'
      order by m.current_code, m.ordinal) f on f.current_code = c.code
    where c.structure = 'current' and c.level = 'commune' ${ONLY_PROVINCE ? `and c.current_province_code = '${ONLY_PROVINCE}'` : ''};
  create index on bh_communes (n);
  analyze bh_communes;
  drop table if exists bh_subgroups;
  create temp table bh_subgroups as
    select row_number() over (order by ordinal, code)::int as n, code, parent_code from product_groups where parent_code is not null;
  analyze bh_subgroups;`);

// ------------------------------------------------------------------- entities
// An entity's place: a commune drawn by hash; founded 1995–2024; those founded before 2022
// keep their registration under the legacy commune (a third of them), the rest current.
step('entities', `
  insert into entities (id, type, legal_form, name, tax_code, representative, address, unit_structure, unit_code, province_code, district_code,
    founded_year, members, employees, woman_led, ethnic_minority_led, certifications, search_text, sort_key)
  select ${UUID(1, 'g.i')},
    t.type, case t.type when 'cooperative' then 'Hợp tác xã' when 'enterprise' then 'Công ty TNHH' else null end,
    t.prefix || ' số ' || g.i, null, 'Nguyễn Văn ' || g.i, 'Thôn ' || (g.i % 15 + 1),
    case when c.legacy_code is not null and ${R('g.i', 2)} < 0.33 then 'legacy' else 'current' end,
    case when c.legacy_code is not null and ${R('g.i', 2)} < 0.33 then c.legacy_code else c.code end,
    c.province_code, c.district_code, ${RI('g.i', 3, 1995, 2024)}, null, ${RI('g.i', 4, 2, 80)}, ${R('g.i', 5)} < 0.3, ${R('g.i', 6)} < 0.08, '[]'::jsonb,
    lower(t.key || ' so ' || g.i), lower(t.key || ' ' || lpad(g.i::text, 7, '0'))
  from generate_series(1, ${N_ENTITIES}) g(i)
  join bh_communes c on c.n = 1 + (hashint8(g.i::bigint * 7 + 1) & 2147483647) % (select count(*) from bh_communes)
  cross join lateral (select case when ${R('g.i', 7)} < 0.40 then 'cooperative' when ${R('g.i', 7)} < 0.72 then 'enterprise'
      when ${R('g.i', 7)} < 0.95 then 'household' else 'cooperative_group' end as type) t0
  cross join lateral (select t0.type,
      case t0.type when 'cooperative' then 'Hợp tác xã' when 'enterprise' then 'Công ty TNHH' when 'household' then 'Hộ kinh doanh' else 'Tổ hợp tác' end as prefix,
      case t0.type when 'cooperative' then 'hop tac xa' when 'enterprise' then 'cong ty tnhh' when 'household' then 'ho kinh doanh' else 'to hop tac' end as key) t`, 'entities');

// ------------------------------------------------------------------- products
// Every entity has one product, the rest go to every third entity; the product's place is
// its entity's. First recognition year 2016–2025 (recent years weigh more); 3 % never rated.
step('products', `
  insert into products (id, entity_id, name, group_code, subgroup_code, unit_structure, unit_code, province_code, district_code, stars, search_text, sort_key, price_vnd, price_unit)
  select ${UUID(2, 'g.i')}, e.id, 'Sản phẩm ' || g.i, s.parent_code, s.code, e.unit_structure, e.unit_code, e.province_code, e.district_code, null,
    'san pham ' || g.i || ' | ' || e.search_text, 'san pham ' || lpad(g.i::text, 7, '0'), ${RI('g.i', 11, 20, 500)} * 1000, 'hộp'
  from generate_series(1, ${N_PRODUCTS}) g(i)
  join entities e on e.id = ${UUID(1, `case when g.i <= ${N_ENTITIES} then g.i else 1 + 3 * ((hashint8(g.i::bigint * 13 + 5) & 2147483647) % greatest(1, ${Math.floor(N_ENTITIES / 3)})) end`)}
  join bh_subgroups s on s.n = 1 + (hashint8(g.i::bigint * 17 + 9) & 2147483647) % (select count(*) from bh_subgroups)`, 'products');

// Recognitions: the first in year y0, then a re-evaluation every 3 years with 60 % chance
// (one class up with 20 %); about 1.6 records per rated product.
step('recognitions', `
  drop table if exists bh_rec;
  create temp table bh_rec as
  with p as (
    select p.id, row_number() over (order by p.id)::bigint as i from products p),
  first as (
    select p.*, (${HISTORY_TO} - floor(power(${R('p.i', 21)}, 1.6) * 10)::int) as y0,
      case when ${R('p.i', 22)} < 0.67 then 3 when ${R('p.i', 22)} < 0.985 then 4 else 5 end as s0
    from p where ${R('p.i', 23)} >= 0.03)
  , r as (
  select f.id as product_id, f.i, k.k, f.i * 4 + k.k as rn, f.y0 + 3 * k.k as year,
    least(5, f.s0 + case when k.k > 0 and ${R('f.i * 4 + k.k', 24)} < 0.2 then 1 else 0 end) as stars,
    make_date(f.y0 + 3 * k.k, ${RI('f.i * 4 + k.k', 26, 3, 12)}, ${RI('f.i * 4 + k.k', 27, 1, 28)}) as recognised_on
  from first f cross join generate_series(0, 3) k(k)
  where f.y0 + 3 * k.k <= ${HISTORY_TO} and (k.k = 0 or ${R('f.i * 4 + k.k', 25)} < 0.6))
  select r.*, lead(r.recognised_on) over (partition by r.product_id order by r.year) as next_on from r;
  analyze bh_rec;`);

step('product_star_records', `
  insert into product_star_records (id, product_id, stars, year, recognised_on, level, decision)
  select ${UUID(3, 'r.rn')}, r.product_id, r.stars, r.year, r.recognised_on,
    case when r.stars = 5 then 'central' else 'province' end, 'Quyết định số ' || (r.i % 4900 + 100) || '/QĐ-UBND'
  from bh_rec r;
  update products p set stars = l.stars from (
    select distinct on (product_id) product_id, stars from bh_rec order by product_id, year desc) l where l.product_id = p.id;`, 'product_star_records');

// Certificates: one per recognition, valid 36 months, superseded by the next; 0.5 % revoked.
// Those issued before the reorganisation keep the legacy place.
step('certificates', `
  insert into certificates (id, number, product_id, entity_id, stars, level, issuer_name, decision_number, decision_date, issued_on, valid_until,
    product_name, entity_name, unit_structure, unit_code, province_code, district_code, revoked_on, revoked_reason, superseded_on, token, kid)
  select ${UUID(4, 'r.rn')}, 'BENCH-' || r.year || '-' || r.rn, r.product_id, p.entity_id, r.stars,
    case when r.stars = 5 then 'central' else 'province' end, 'UBND tỉnh', 'QĐ ' || r.rn, r.recognised_on, r.recognised_on,
    (r.recognised_on + interval '36 months')::date, p.name, e.name, p.unit_structure, p.unit_code, p.province_code, p.district_code,
    case when ${R('r.rn', 31)} < 0.005 then (r.recognised_on + interval '200 days')::date end,
    case when ${R('r.rn', 31)} < 0.005 then 'Vi phạm chất lượng' end,
    r.next_on, 'bench-' || r.rn, 'bench'
  from bh_rec r
  join products p on p.id = r.product_id join entities e on e.id = p.entity_id`, 'certificates');

// ------------------------------------------------------------------- the annual cycle
step('cycles', `
  insert into cycles (id, province_code, year, status, calendar)
  select ${UUID(5, 'pv.code::int * 100 + (y.y - 2000)')}, pv.code, y.y, case when y.y = ${HISTORY_TO} then 'open' else 'closed' end, '{}'::jsonb
  from (select distinct province_code as code from bh_communes) pv cross join generate_series(${HISTORY_FROM}, ${HISTORY_TO}) y(y)`, 'cycles');

// Ideas: per year, filed by existing entities (70 %) or would-be ones; 90 % filed; years
// before 2025 under the legacy commune.
step('ideas', `
  insert into ideas (id, cycle_id, cycle_year, procedure, unit_structure, unit_code, province_code, district_code, entity_id, owner_entity_id, product_name, group_code,
    subgroup_code, status, filed_by_role, first_submitted_at, search_text, proposer_name, proposed_entity, form)
  select ${UUID(6, 'g.i')}, ${UUID(5, 'c.province_code::int * 100 + (y.y - 2000)')}, y.y,
    case when y.y < 2025 and c.legacy_code is not null then 'legacy' else 'current' end,
    case when y.y < 2025 and c.legacy_code is not null then 'legacy' else 'current' end,
    case when y.y < 2025 and c.legacy_code is not null then c.legacy_code else c.code end,
    c.province_code, c.district_code, e.id, e.id, 'Ý tưởng ' || g.i, s.parent_code, s.code,
    case when ${R('g.i', 42)} < 0.1 then 'draft' when ${R('g.i', 42)} < 0.75 then 'accepted' when ${R('g.i', 42)} < 0.9 then 'received' else 'rejected' end,
    'producer', case when ${R('g.i', 42)} >= 0.1 then make_date(y.y, ${RI('g.i', 43, 1, 6)}, ${RI('g.i', 44, 1, 28)})::timestamptz end,
    'y tuong ' || g.i, 'Người đề xuất ' || g.i,
    case when e.id is null then jsonb_build_object('type', case when ${R('g.i', 45)} < 0.5 then 'household' else 'cooperative' end) end, '{}'::jsonb
  from generate_series(1, ${N_IDEAS}) g(i)
  cross join lateral (select ${HISTORY_TO} - floor(power(${R('g.i', 40)}, 1.3) * 10)::int as y) y
  join bh_communes c on c.n = 1 + (hashint8(g.i::bigint * 19 + 3) & 2147483647) % (select count(*) from bh_communes)
  join bh_subgroups s on s.n = 1 + (hashint8(g.i::bigint * 23 + 1) & 2147483647) % (select count(*) from bh_subgroups)
  left join entities e on ${R('g.i', 41)} < 0.7 and e.id = ${UUID(1, `1 + (hashint8(g.i::bigint * 29 + 7) & 2147483647) % ${N_ENTITIES}`)}`, 'ideas');

// Business plans for 80 % of the accepted ideas; 85 % of those accepted.
step('business_plans', `
  insert into business_plans (id, cycle_id, cycle_year, procedure, unit_structure, unit_code, province_code, district_code, entity_id, owner_entity_id,
    product_name, group_code, subgroup_code, status, filed_by_role, first_submitted_at, search_text, idea_id, content)
  select ${UUID(7, 'row_number() over (order by i.id)')}, i.cycle_id, i.cycle_year, i.procedure, i.unit_structure, i.unit_code, i.province_code, i.district_code,
    i.entity_id, i.owner_entity_id, i.product_name, i.group_code, i.subgroup_code,
    case when ${R("('x' || substr(i.id::text, 25, 12))::bit(48)::bigint", 51)} < 0.85 then 'accepted' else 'under-appraisal' end,
    'producer', i.first_submitted_at + interval '60 days', i.search_text, i.id, '{}'::jsonb
  from ideas i where i.status = 'accepted' and ${R("('x' || substr(i.id::text, 25, 12))::bit(48)::bigint", 50)} < 0.8`, 'business_plans');

// Capital by source for 70 % of accepted plans, in their year and (half of them) the next.
step('implementation_capital', `
  insert into implementation_capital (id, business_plan_id, year, own, credit, provincial_budget, district_budget, integrated_programmes, other)
  select ${UUID(8, 'b.n * 2 + k.k')}, b.id, b.cycle_year + k.k,
    ${RI('b.n * 2 + k.k', 61, 10, 900)} * 1000000::bigint, ${RI('b.n * 2 + k.k', 62, 0, 500)} * 1000000::bigint, ${RI('b.n * 2 + k.k', 63, 0, 200)} * 1000000::bigint,
    ${RI('b.n * 2 + k.k', 64, 0, 100)} * 1000000::bigint, ${RI('b.n * 2 + k.k', 65, 0, 80)} * 1000000::bigint, ${RI('b.n * 2 + k.k', 66, 0, 50)} * 1000000::bigint
  from (select b.*, row_number() over (order by b.id)::bigint as n from business_plans b where b.status = 'accepted') b
  cross join generate_series(0, 1) k(k)
  where ${R('b.n', 60)} < 0.7 and (k.k = 0 or ${R('b.n', 67)} < 0.5) and b.cycle_year + k.k <= ${HISTORY_TO}`, 'implementation_capital');

step('implementation_notes', `
  insert into implementation_notes (id, business_plan_id, date, text)
  select ${UUID(9, 'b.n')}, b.id, make_date(b.cycle_year, 10, 1), 'Đã triển khai'
  from (select b.*, row_number() over (order by b.id)::bigint as n from business_plans b where b.status = 'accepted') b where ${R('b.n', 68)} < 0.2`, 'implementation_notes');

// Communication (two a commune a year, of the five kinds) and training (one in three communes a year).
step('communication_logs', `
  insert into communication_logs (id, year, kind, count, budget_vnd, date, unit_structure, unit_code, province_code, district_code, unit_level)
  select ${UUID(10, '(c.n * 20 + (y.y - 2016)) * 2 + k.k')}, y.y,
    (array['article', 'reportage', 'broadcast', 'loudspeaker', 'conference'])[1 + (hashint8((c.n * 20 + y.y) * 2 + k.k) & 2147483647) % 5],
    ${RI('(c.n * 20 + y.y) * 2 + k.k', 71, 1, 40)}, ${RI('(c.n * 20 + y.y) * 2 + k.k', 72, 0, 30)} * 1000000::bigint, make_date(y.y, 3 + k.k * 5, 10),
    case when y.y < 2025 and c.legacy_code is not null then 'legacy' else 'current' end,
    case when y.y < 2025 and c.legacy_code is not null then c.legacy_code else c.code end, c.province_code, c.district_code, 'commune'
  from bh_communes c cross join generate_series(${HISTORY_FROM}, ${HISTORY_TO}) y(y) cross join generate_series(0, 1) k(k)`, 'communication_logs');

step('training_classes', `
  insert into training_classes (id, year, topic, participants, budget_vnd, date, unit_structure, unit_code, province_code, district_code, unit_level)
  select ${UUID(11, 'c.n * 20 + (y.y - 2016)')}, y.y, 'Tập huấn OCOP', ${RI('c.n * 20 + y.y', 81, 15, 120)}, ${RI('c.n * 20 + y.y', 82, 5, 60)} * 1000000::bigint,
    make_date(y.y, 5, 15),
    case when y.y < 2025 and c.legacy_code is not null then 'legacy' else 'current' end,
    case when y.y < 2025 and c.legacy_code is not null then c.legacy_code else c.code end, c.province_code, c.district_code, 'commune'
  from bh_communes c cross join generate_series(${HISTORY_FROM}, ${HISTORY_TO}) y(y) where ${R('c.n * 20 + y.y', 80)} < 0.34`, 'training_classes');

// ------------------------------------------------------------------- evaluation
// A provincial round per province and year, seven council members, and for every
// recognition the members' score sheets (as many as it takes to reach N_SHEETS).
step('evaluation', `
  insert into users (id, username, display_name, password_hash, role, unit_structure, unit_code)
  select ${UUID(12, 'm.m')}, 'bench.council.' || m.m, 'Thành viên hội đồng ' || m.m, '!', 'council', 'current', 'VN' from generate_series(1, 7) m(m)
  on conflict (username) do nothing;
  insert into criteria_sets (id, code, rule_version, decision_number, effective_from, groups, status, to_be_confirmed, definition)
  values (${UUID(15, '1')}, 'bench', '2024', 'bench', '2016-01-01', '[]'::jsonb, 'draft', false, '{}'::jsonb) on conflict (id) do nothing;
  insert into evaluation_rounds (id, name, level, unit_structure, unit_code, province_code, date, rule_version, status)
  select ${UUID(13, 'pv.code::int * 100 + (y.y - 2000)')}, 'Đợt đánh giá ' || y.y, 'province', 'current', pv.code, pv.code, make_date(y.y, 9, 1), '2024', 'closed'
  from (select distinct province_code as code from bh_communes) pv cross join generate_series(${HISTORY_FROM}, ${HISTORY_TO}) y(y);`);

step('score_sheets', `
  insert into score_sheets (id, round_id, product_id, member_id, criteria_set_id, answers, total, parts, complete)
  select ${UUID(14, '(r.i * 4 + r.k) * 8 + m.m')}, ${UUID(13, 'p.province_code::int * 100 + (r.year - 2000)')}, r.product_id, ${UUID(12, 'm.m')},
    ${UUID(15, '1')}, '{}'::jsonb,
    case r.stars when 3 then 50 when 4 then 70 else 90 end + ${RI('(r.i * 4 + r.k) * 8 + m.m', 91, 0, 19)}, '{}'::jsonb, true
  from bh_rec r join products p on p.id = r.product_id
  cross join generate_series(1, least(7, greatest(1, ceil(${N_SHEETS}::float8 / greatest(1, (select count(*) from bh_rec)))::int))) m(m)`, 'score_sheets');

async function count(db: Db, table: string): Promise<number> {
  const [{ n }] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`));
  return n;
}

const ANALYZED = ['admin_units', 'admin_unit_mappings', 'product_groups'];
const TABLES = ['score_sheets', 'evaluation_rounds', 'training_classes', 'communication_logs', 'implementation_notes', 'implementation_capital',
  'implementation_support', 'dossiers', 'cycle_funnel_items', 'business_plans', 'ideas', 'cycles', 'certificates', 'business_figures', 'product_recognition_years', 'product_star_records', 'products', 'entities'];

async function main(): Promise<void> {
  const t0 = performance.now();
  log(`target: ${databaseUrl ? 'postgres' : 'pglite'} ${label}; scale ${SCALE}${ONLY_PROVINCE ? `, province ${ONLY_PROVINCE} only` : ''}`);
  const database = await prepareDatabase({ databaseUrl, dataDir, seedDemo: false, log });
  const db = database.db;
  try {
    const existing = await count(db, 'entities');
    if (existing > 0) {
      if (!args.reset) throw new Error(`the database already holds ${existing} entities; pass --reset to replace them`);
      const resettable = databaseUrl ? label.includes('bench') : dataDir!.startsWith(benchDataDir + path.sep);
      if (!resettable) throw new Error('--reset only empties a database whose name contains "bench" or a folder under bench/.data');
      log('--reset: emptying the history tables');
      // certificates refuse DELETE (append-only trigger) but not TRUNCATE
      await db.execute(sql.raw(`truncate ${TABLES.join(', ')} cascade`));
      await db.execute(sql`delete from users where username like 'bench.%'`);
    }
    const counts: Record<string, { rows: number; seconds: number }> = {};
    // The rows are consistent by construction (district_code is the legacy district of the
    // place, as the set_legacy_district trigger would set it): load without per-row triggers
    // and foreign-key checks, in one session.
    await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const s of steps) {
      const started = performance.now();
      for (const statement of s.sql.split(/;\s*\n/).map((x) => x.trim()).filter(Boolean)) await tx.execute(sql.raw(statement) as SQL);
      if (s.table) await tx.execute(sql.raw(`analyze ${s.table}`));
      const seconds = (performance.now() - started) / 1000;
      if (s.table) {
        counts[s.table] = { rows: await count(tx as unknown as Db, s.table), seconds };
        log(`${s.table.padEnd(24)} ${counts[s.table].rows.toLocaleString('en-US').padStart(10)} rows  ${seconds.toFixed(1).padStart(6)} s`);
      } else log(`${s.name.padEnd(24)} ${''.padStart(10)}       ${seconds.toFixed(1).padStart(6)} s`);
    }
    });
    // the triggers that keep the recognition summary were off during the load: rebuild it from the records
    const summaryStarted = performance.now();
    await db.execute(sql`select rebuild_product_recognition_years()`);
    counts.product_recognition_years = { rows: await count(db, 'product_recognition_years'), seconds: (performance.now() - summaryStarted) / 1000 };
    log(`${'product_recognition_years'.padEnd(24)} ${counts.product_recognition_years.rows.toLocaleString('en-US').padStart(10)} rows  ${counts.product_recognition_years.seconds.toFixed(1).padStart(6)} s`);
    // and the cycle funnel summary (cycle_funnel_items), likewise
    const funnelStarted = performance.now();
    await db.execute(sql`select rebuild_cycle_funnel_items()`);
    counts.cycle_funnel_items = { rows: await count(db, 'cycle_funnel_items'), seconds: (performance.now() - funnelStarted) / 1000 };
    log(`${'cycle_funnel_items'.padEnd(24)} ${counts.cycle_funnel_items.rows.toLocaleString('en-US').padStart(10)} rows  ${counts.cycle_funnel_items.seconds.toFixed(1).padStart(6)} s`);
    const started = performance.now();
    // the reference tables too: a fresh database has no statistics on them, and the reports' plans
    // (a row estimate of 1 province instead of 34) depend on them
    for (const table of [...ANALYZED, ...TABLES]) await db.execute(sql.raw(`analyze ${table}`));
    // the visibility map too, so that a province's reports read the summary by index-only scans
    // (autovacuum would do it after such a load; PGlite has none)
    await db.execute(sql`vacuum product_recognition_years`);
    await db.execute(sql`vacuum cycle_funnel_items`);
    log(`analyze ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const [{ size }] = await queryRows<{ size: string }>(db, sql`select pg_size_pretty(pg_database_size(current_database())) as size`);
    const totalSeconds = (performance.now() - t0) / 1000;
    log(`database size ${size}; done in ${totalSeconds.toFixed(1)} s`);
    fs.mkdirSync(benchDataDir, { recursive: true });
    fs.writeFileSync(
      path.join(benchDataDir, `history-${label}.json`),
      JSON.stringify({ label, scale: SCALE, province: ONLY_PROVINCE ?? null, tables: counts, databaseSize: size, totalSeconds, generatedAt: new Date().toISOString() }, null, 2) + '\n',
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench:history] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
