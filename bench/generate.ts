/**
 * Synthetic national-scale data set for the benchmarks (issue item 8, SPEC §7–§8).
 *
 *   npm run bench:generate -- [--entities 50000] [--products 100000] [--seed 20260101]
 *                             [--province 38] [--data-dir DIR] [--reset]
 *
 * With DATABASE_URL it writes into that PostgreSQL database, otherwise into a PGlite folder
 * bench/.data/pglite-<products>[-p<province>] (git-ignored). The same seed and sizes give the
 * same data on every machine. Entities are spread over the communes of all 34 current
 * provinces (or of one province with --province); names are composed Vietnamese with
 * diacritics; search_text and sort_key are computed with the application's own functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/bootstrap';
import type { Db, Tx } from '../src/db/client';
import { businessFigures, entities, productStarRecords, products } from '../src/db/schema';
import { searchDocument, searchKey, vietnameseSortKey } from '../src/domain/text/normalize';
import { mstCheckDigit, taxCodeProblem } from '../src/domain/entities/tax-code';
import { isValidGtin } from '../src/domain/products/gtin';
import { producerNameKey } from '../src/domain/products/search-text';
import { ensureBenchUser } from './lib/bench-user';
import { Prng, WeightedPicker } from './lib/prng';
import { queryRows } from './lib/sql';
import { benchDataDir, intOption, resolveTarget } from './lib/target';
import {
  BRANDS, CERTIFICATIONS, COOP_PREFIXES, ENTERPRISE_FORMS, FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, NAME_SUFFIXES, SUBGROUPS,
  VILLAGE_WORDS, type SubgroupVocab,
} from './lib/vocab';

const { values: args } = parseArgs({
  options: {
    entities: { type: 'string' },
    products: { type: 'string' },
    seed: { type: 'string' },
    province: { type: 'string' },
    'data-dir': { type: 'string' },
    reset: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

const N_ENTITIES = intOption(args.entities ?? process.env.BENCH_ENTITIES, 50_000, 'entities', 1, 2_000_000);
const N_PRODUCTS = intOption(args.products ?? process.env.BENCH_PRODUCTS, 100_000, 'products', 1, 4_000_000);
const SEED = intOption(args.seed ?? process.env.BENCH_SEED, 20_260_101, 'seed', 0, 2 ** 31 - 1);
const ONLY_PROVINCE = args.province ?? process.env.BENCH_PROVINCE ?? undefined;
const ROWS_PER_STATEMENT = 1_000; // ≤ ~30 columns × 1,000 rows stays far below the 65,535 bind-parameter limit
const ROWS_PER_TRANSACTION = 10_000;

/** Share of products by current class: ≈ 65% 3★, 31% 4★, 1% 5★, the rest not (yet) rated. */
const STAR_CLASSES = new WeightedPicker<number | null>([
  { value: 3, weight: 65 },
  { value: 4, weight: 31 },
  { value: 5, weight: 1 },
  { value: null, weight: 3 },
]);
const ENTITY_TYPES = new WeightedPicker<'cooperative' | 'enterprise' | 'household' | 'cooperative_group'>([
  { value: 'cooperative', weight: 40 },
  { value: 'enterprise', weight: 32 },
  { value: 'household', weight: 23 },
  { value: 'cooperative_group', weight: 5 },
]);
/** Recognition year of the current class: the programme grew, so recent years weigh more. */
const RECOGNITION_YEARS = new WeightedPicker<number>(
  [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year, i) => ({ value: year, weight: 6 + i * 3 })),
);
const FIGURE_SHARE = 0.25; // share of rated products with yearly business figures
const FIGURE_LAST_YEAR = 2024;

interface Commune {
  code: string;
  name: string;
  shortName: string;
  provinceCode: string;
}
interface Province {
  code: string;
  name: string;
  shortName: string;
}
interface EntityStub {
  id: string;
  name: string;
  nameKey: string;
  commune: Commune;
  specialty: string;
}

type EntityInsert = typeof entities.$inferInsert;
type ProductInsert = typeof products.$inferInsert;
type StarInsert = typeof productStarRecords.$inferInsert;
type FigureInsert = typeof businessFigures.$inferInsert;

const rng = new Prng(SEED);
const target = resolveTarget({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: args['data-dir'], products: N_PRODUCTS, province: ONLY_PROVINCE });

function log(message: string): void {
  console.log(`[bench:generate] ${message}`);
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** May this database be emptied by --reset? Only benchmark databases and bench/.data folders. */
function resettable(): boolean {
  if (target.kind === 'pglite') return path.resolve(target.dataDir!).startsWith(benchDataDir + path.sep);
  return target.label.includes('bench');
}

// ---------------------------------------------------------------- identifiers

let mstSerial = 0;
/** A valid, unique 10-digit enterprise/cooperative tax code (MST with its check digit). */
function nextMst(): string {
  for (let guard = 0; guard < 100; guard++) {
    const first9 = String(100_000_000 + ((mstSerial++ * 7_919 + SEED) % 899_999_999)).padStart(9, '0');
    const check = mstCheckDigit(first9);
    if (check !== null) return first9 + String(check);
  }
  throw new Error('could not draw a tax code');
}

let personalSerial = 0;
/** A unique 12-digit personal identification number (households, cooperative groups). */
function nextPersonalId(): string {
  const province = String(rng.int(1, 96)).padStart(3, '0');
  return province + String(rng.int(0, 9)) + String(personalSerial++).padStart(8, '0');
}

let gtinSerial = 0;
/** A GTIN-13 under Vietnam's GS1 prefix 893, with its check digit. */
function nextGtin(): string {
  const body = '893' + String(gtinSerial++ + 100_000).padStart(9, '0');
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return body + String((10 - (sum % 10)) % 10);
}

function personName(): string {
  const middle = rng.pick(MIDDLE_NAMES);
  return `${rng.pick(FAMILY_NAMES)} ${middle} ${rng.pick(GIVEN_NAMES)}`;
}

function phone(): string {
  return `0${rng.pick(['912', '983', '868', '378', '903', '977', '915', '345'])}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
}

function date(year: number): string {
  return `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- rows

function makeEntity(commune: Commune, province: Province, specialty: string): { row: EntityInsert; stub: EntityStub } {
  const type = ENTITY_TYPES.pick(rng);
  const vocab = SUBGROUPS[specialty];
  let name: string;
  let legalForm: string | null = null;
  let taxCode: string | null = null;
  let members: number | null = null;
  const representative = personName();
  switch (type) {
    case 'cooperative':
      name = `${rng.pick(COOP_PREFIXES)} ${vocab.coopWord} ${commune.shortName}`;
      legalForm = 'Hợp tác xã';
      taxCode = nextMst();
      members = rng.int(7, 300);
      break;
    case 'enterprise': {
      const form = rng.pick(ENTERPRISE_FORMS);
      name = `${form.prefix} ${rng.pick(BRANDS)}${rng.chance(0.5) ? ` ${province.shortName}` : ''}`;
      legalForm = form.legalForm;
      taxCode = nextMst();
      break;
    }
    case 'cooperative_group':
      name = `Tổ hợp tác ${vocab.coopWord} ${commune.shortName}`;
      taxCode = rng.chance(0.3) ? nextPersonalId() : null;
      members = rng.int(3, 30);
      break;
    case 'household':
      name = rng.chance(0.6) ? `Hộ kinh doanh ${representative}` : `Cơ sở sản xuất ${rng.pick(BRANDS)} ${commune.shortName}`;
      taxCode = rng.chance(0.6) ? nextPersonalId() : null;
      break;
  }
  if (taxCode && taxCodeProblem(taxCode, type)) throw new Error(`generated an invalid tax code ${taxCode} for ${type}`);
  const id = rng.uuid();
  const certifications = CERTIFICATIONS.filter(() => rng.chance(0.12));
  const row: EntityInsert = {
    id,
    type,
    legalForm,
    name,
    taxCode,
    representative,
    address: `${rng.pick(VILLAGE_WORDS)} ${rng.int(1, 15)}, ${commune.name}, ${province.name}`,
    unitStructure: 'current',
    unitCode: commune.code,
    provinceCode: commune.provinceCode,
    districtCode: null,
    foundedYear: rng.int(type === 'enterprise' ? 2000 : 1995, 2023),
    members,
    employees: rng.int(2, type === 'enterprise' ? 300 : 60),
    womanLed: rng.chance(0.3),
    ethnicMinorityLed: rng.chance(0.08),
    certifications,
    phone: phone(),
    email: rng.chance(0.4) ? `lienhe${rng.int(100, 99_999)}@gmail.com` : null,
    website: rng.chance(0.05) ? `https://ocop-${rng.int(1000, 999_999)}.vn` : null,
    searchText: searchDocument(name, taxCode, representative),
    sortKey: vietnameseSortKey(name),
  };
  return { row, stub: { id, name, nameKey: producerNameKey(name), commune, specialty } };
}

function productName(vocab: SubgroupVocab, entity: EntityStub, province: Province): string {
  const place = rng.chance(0.55) ? entity.commune.shortName : rng.chance(0.67) ? province.shortName : rng.pick(BRANDS);
  const suffix = rng.chance(0.3) ? ` ${rng.pick(NAME_SUFFIXES)}` : '';
  return `${rng.pick(vocab.stems)} ${place}${suffix}`;
}

function makeProduct(entity: EntityStub, province: Province, subgroup: string): { row: ProductInsert; stars: StarInsert[]; figures: FigureInsert[] } {
  const vocab = SUBGROUPS[subgroup];
  const name = productName(vocab, entity, province);
  const id = rng.uuid();
  const current = STAR_CLASSES.pick(rng);
  const stars: StarInsert[] = [];
  if (current !== null) {
    const year = RECOGNITION_YEARS.pick(rng);
    if (year - 3 >= 2019 && rng.chance(0.35)) {
      // an earlier recognition, usually one class lower, re-evaluated after its 36 months
      const earlier = Math.max(3, current - (rng.chance(0.4) ? 1 : 0));
      stars.push(starRecord(id, earlier, year - 3));
    }
    stars.push(starRecord(id, current, year));
  }
  const price = Math.round(vocab.price[0] * (0.5 + rng.next() * 1.5) / 1000) * 1000;
  const row: ProductInsert = {
    id,
    entityId: entity.id,
    name,
    groupCode: subgroup.split('.')[0],
    subgroupCode: subgroup,
    description: `${name} — sản phẩm của ${entity.name}.`,
    story: rng.chance(0.3) ? `Sản phẩm gắn với nghề truyền thống của ${entity.commune.name}.` : null,
    rawMaterialOrigin: `${vocab.rawMaterial}, ${entity.commune.name}`,
    packaging: rng.pick(vocab.packaging),
    qualityStandard: rng.chance(0.5) ? `TCCS ${rng.int(1, 30)}:${rng.int(2018, 2024)}` : null,
    trademark: rng.chance(0.4) ? rng.pick(BRANDS) : null,
    gtin: rng.chance(0.3) ? nextGtin() : null,
    priceVnd: price,
    priceUnit: vocab.price[1],
    whereToBuy: rng.chance(0.5) ? `Điểm bán OCOP ${province.shortName}` : null,
    unitStructure: 'current',
    unitCode: entity.commune.code,
    provinceCode: entity.commune.provinceCode,
    districtCode: null,
    stars: current,
    searchText: `${searchKey(name)} | ${entity.nameKey}`, // = productSearchText(name, entity name), computed once per entity
    sortKey: vietnameseSortKey(name),
  };
  const figures: FigureInsert[] = [];
  if (current !== null && rng.chance(FIGURE_SHARE)) {
    const first = rng.int(2019, FIGURE_LAST_YEAR - 1);
    let revenue = rng.logNormal(800_000_000, 1.0);
    for (let year = first; year <= FIGURE_LAST_YEAR; year++) {
      revenue *= 0.9 + rng.next() * 0.4;
      const revenueVnd = Math.round(revenue / 1000) * 1000;
      const costVnd = Math.round((revenueVnd * (0.6 + rng.next() * 0.3)) / 1000) * 1000;
      figures.push({
        id: rng.uuid(),
        productId: id,
        year,
        output: Math.max(1, Math.round(revenueVnd / Math.max(price, 1000) / 1000)),
        outputUnit: vocab.outputUnit,
        revenueVnd,
        costVnd,
        profitVnd: revenueVnd - costVnd,
        employees: rng.int(2, 80),
      });
    }
  }
  return { row, stars, figures };
}

function starRecord(productId: string, stars: number, year: number): StarInsert {
  const level = stars === 5 ? 'central' : stars === 3 && year >= 2023 && rng.chance(0.5) ? 'district' : 'province';
  const issuer = level === 'central' ? 'QĐ-BNN-VPĐP' : 'QĐ-UBND';
  return {
    id: rng.uuid(),
    productId,
    stars,
    year,
    recognisedOn: date(year),
    level,
    decision: `Quyết định số ${rng.int(100, 4999)}/${issuer}`,
  };
}

// ---------------------------------------------------------------- inserting

interface TableStat {
  rows: number;
  ms: number;
}
const stats: Record<string, TableStat> = {
  entities: { rows: 0, ms: 0 },
  products: { rows: 0, ms: 0 },
  product_star_records: { rows: 0, ms: 0 },
  business_figures: { rows: 0, ms: 0 },
};

async function insertRows<T extends Record<string, unknown>>(tx: Tx, table: keyof typeof stats, rows: T[]): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const batch = rows.slice(i, i + ROWS_PER_STATEMENT);
    switch (table) {
      case 'entities':
        await tx.insert(entities).values(batch as unknown as EntityInsert[]);
        break;
      case 'products':
        await tx.insert(products).values(batch as unknown as ProductInsert[]);
        break;
      case 'product_star_records':
        await tx.insert(productStarRecords).values(batch as unknown as StarInsert[]);
        break;
      case 'business_figures':
        await tx.insert(businessFigures).values(batch as unknown as FigureInsert[]);
        break;
    }
  }
  stats[table].rows += rows.length;
  stats[table].ms += performance.now() - started;
}

async function loadPlaces(db: Db): Promise<{ provinces: Map<string, Province>; communes: Commune[] }> {
  const provinceRows = await queryRows<{ code: string; name: string; short_name: string }>(
    db,
    sql`select code, name, short_name from admin_units where structure = 'current' and level = 'province' order by code`,
  );
  const communeRows = await queryRows<{ code: string; name: string; short_name: string; province_code: string }>(
    db,
    sql`select code, name, short_name, current_province_code as province_code from admin_units
        where structure = 'current' and level = 'commune' order by code`,
  );
  const provinces = new Map(provinceRows.map((p) => [p.code, { code: p.code, name: p.name, shortName: p.short_name }]));
  let communes = communeRows.map((c) => ({ code: c.code, name: c.name, shortName: c.short_name, provinceCode: c.province_code }));
  if (ONLY_PROVINCE) {
    if (!provinces.has(ONLY_PROVINCE)) throw new Error(`--province ${ONLY_PROVINCE}: not a current province code`);
    communes = communes.filter((c) => c.provinceCode === ONLY_PROVINCE);
  }
  const covered = new Set(communes.map((c) => c.provinceCode));
  log(`reference data: ${provinces.size} provinces, ${communes.length} communes used (${covered.size} provinces covered)`);
  if (!ONLY_PROVINCE && covered.size !== provinces.size) throw new Error('some provinces have no communes in admin_units');
  return { provinces, communes };
}

async function checkClassification(db: Db): Promise<string[]> {
  const rows = await queryRows<{ code: string }>(db, sql`select code from product_groups where parent_code is not null order by ordinal, code`);
  const known = new Set(rows.map((r) => r.code));
  const ours = Object.keys(SUBGROUPS);
  const unknown = ours.filter((c) => !known.has(c));
  if (unknown.length) throw new Error(`subgroups not in product_groups: ${unknown.join(', ')}`);
  const missing = [...known].filter((c) => !ours.includes(c));
  if (missing.length) log(`note: no vocabulary for subgroups ${missing.join(', ')} (not generated)`);
  return ours;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  log(`target: ${target.kind} ${target.display}`);
  log(`sizes: ${fmt(N_ENTITIES)} entities, ${fmt(N_PRODUCTS)} products, seed ${SEED}${ONLY_PROVINCE ? `, province ${ONLY_PROVINCE} only` : ''}`);
  const database = await prepareDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, seedDemo: false, log });
  const db = database.db;
  try {
    const [{ n: existing }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from entities`);
    if (existing > 0) {
      if (!args.reset) throw new Error(`the database already holds ${fmt(existing)} entities; pass --reset to replace them`);
      if (!resettable()) throw new Error('--reset only empties a database whose name contains "bench" or a folder under bench/.data');
      log(`--reset: emptying the registry tables (${fmt(existing)} entities)`);
      await db.execute(sql`truncate business_figures, product_star_records, products, entities cascade`);
      await db.execute(sql`delete from sessions where user_id in (select id from users where username like 'bench.%')`);
      await db.execute(sql`delete from users where username like 'bench.%'`);
    }

    const { provinces, communes } = await loadPlaces(db);
    const subgroups = await checkClassification(db);
    const subgroupPicker = new WeightedPicker(subgroups.map((code) => ({ value: code, weight: SUBGROUPS[code].weight })));

    // Products per entity: every entity gets one, the rest go to a random third of them
    // (a few producers have many products, as in the real registry).
    const perEntity = new Uint16Array(N_ENTITIES);
    for (let p = 0; p < N_PRODUCTS; p++) {
      const e = p < N_ENTITIES ? p : rng.int(0, Math.ceil(N_ENTITIES / 3) - 1) * 3;
      const idx = Math.min(e, N_ENTITIES - 1);
      if (perEntity[idx] < 65_000) perEntity[idx]++;
    }

    const loadStarted = performance.now();
    let nextReport = performance.now() + 5_000;
    for (let start = 0; start < N_ENTITIES; start += ROWS_PER_TRANSACTION / 2) {
      const end = Math.min(N_ENTITIES, start + ROWS_PER_TRANSACTION / 2);
      const entityRows: EntityInsert[] = [];
      const productRows: ProductInsert[] = [];
      const starRows: StarInsert[] = [];
      const figureRows: FigureInsert[] = [];
      for (let i = start; i < end; i++) {
        const commune = communes[rng.int(0, communes.length - 1)];
        const province = provinces.get(commune.provinceCode)!;
        const specialty = subgroupPicker.pick(rng);
        const { row, stub } = makeEntity(commune, province, specialty);
        entityRows.push(row);
        for (let k = 0; k < perEntity[i]; k++) {
          const subgroup = rng.chance(0.7) ? specialty : subgroupPicker.pick(rng);
          const made = makeProduct(stub, province, subgroup);
          productRows.push(made.row);
          starRows.push(...made.stars);
          figureRows.push(...made.figures);
        }
      }
      await db.transaction(async (tx) => {
        await insertRows(tx, 'entities', entityRows);
        await insertRows(tx, 'products', productRows);
        await insertRows(tx, 'product_star_records', starRows);
        await insertRows(tx, 'business_figures', figureRows);
      });
      if (performance.now() >= nextReport || end === N_ENTITIES) {
        nextReport = performance.now() + 5_000;
        const rows = Object.values(stats).reduce((a, s) => a + s.rows, 0);
        const secs = (performance.now() - loadStarted) / 1000;
        log(`${fmt(end)}/${fmt(N_ENTITIES)} entities, ${fmt(stats.products.rows)} products — ${fmt(rows)} rows in ${secs.toFixed(1)} s (${fmt(rows / secs)} rows/s)`);
      }
    }
    const loadMs = performance.now() - loadStarted;

    const analyzeStarted = performance.now();
    await db.execute(sql`analyze entities`);
    await db.execute(sql`analyze products`);
    await db.execute(sql`analyze product_star_records`);
    await db.execute(sql`analyze business_figures`);
    const analyzeMs = performance.now() - analyzeStarted;

    const benchUser = await ensureBenchUser(db);
    const [{ size }] = await queryRows<{ size: string }>(db, sql`select pg_size_pretty(pg_database_size(current_database())) as size`);
    const [{ version }] = await queryRows<{ version: string }>(db, sql`select version() as version`);
    const [dist] = await queryRows<{ s3: number; s4: number; s5: number; unrated: number; provinces: number }>(
      db,
      sql`select count(*) filter (where stars = 3)::int as s3, count(*) filter (where stars = 4)::int as s4,
                 count(*) filter (where stars = 5)::int as s5, count(*) filter (where stars is null)::int as unrated,
                 count(distinct province_code)::int as provinces from products`,
    );

    const totalRows = Object.values(stats).reduce((a, s) => a + s.rows, 0);
    console.log('');
    for (const [table, s] of Object.entries(stats)) {
      log(`${table.padEnd(21)} ${fmt(s.rows).padStart(9)} rows  ${(s.ms / 1000).toFixed(1).padStart(6)} s  ${fmt(s.rows / (s.ms / 1000 || 1)).padStart(7)} rows/s`);
    }
    log(`total                 ${fmt(totalRows).padStart(9)} rows  ${(loadMs / 1000).toFixed(1).padStart(6)} s  ${fmt(totalRows / (loadMs / 1000)).padStart(7)} rows/s (incl. row generation)`);
    log(`analyze ${(analyzeMs / 1000).toFixed(1)} s; database size ${size}; ${version}`);
    log(`stars: ${fmt(dist.s3)} 3★, ${fmt(dist.s4)} 4★, ${fmt(dist.s5)} 5★, ${fmt(dist.unrated)} unrated; ${dist.provinces} provinces`);
    log(`benchmark account: ${benchUser.username} (province ${benchUser.provinceCode} ${benchUser.provinceName}, ${fmt(benchUser.entitiesInProvince)} entities)`);
    log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    fs.mkdirSync(benchDataDir, { recursive: true });
    const summary = {
      label: target.label,
      kind: target.kind,
      seed: SEED,
      entities: N_ENTITIES,
      products: N_PRODUCTS,
      province: ONLY_PROVINCE ?? null,
      tables: stats,
      totalRows,
      loadSeconds: loadMs / 1000,
      rowsPerSecond: totalRows / (loadMs / 1000),
      analyzeSeconds: analyzeMs / 1000,
      totalSeconds: (performance.now() - t0) / 1000,
      databaseSize: size,
      stars: dist,
      generatedAt: new Date().toISOString(),
    };
    fs.writeFileSync(path.join(benchDataDir, `generate-${target.label}.json`), JSON.stringify(summary, null, 2) + '\n');
  } finally {
    await database.close();
  }
}

// Sanity checks of the identifier generators before writing anything.
if (!isValidGtin(nextGtin())) throw new Error('GTIN generator is broken');
gtinSerial = 0;

main().catch((error: unknown) => {
  console.error(`[bench:generate] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
