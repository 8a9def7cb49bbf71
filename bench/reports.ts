/**
 * Report catalogue benchmark (issue 9 item 7): every standard report for the whole nation
 * over the ten years of `bench:history`, and for one province, through the reports service
 * (`runReport`, exactly what `GET /api/reports/{code}` runs, without HTTP), with median and
 * p95, beside the same report's core aggregate written as one plain SQL statement on the same
 * data in the same run (the ratio says what the report's own shape costs).
 *
 *   DATABASE_URL=postgres://…/ocop_bench_reports npm run bench:reports -- [--province 38] [--runs 7]
 *   npm run bench:reports -- --data-dir bench/.data/pglite-history-0.05-p38 --province 38    # PGlite
 *
 * Targets (SPEC §8 as issue 9 sets them): nation ≤ 1 s and province ≤ 200 ms on PostgreSQL,
 * province ≤ 300 ms on PGlite — for the median. Writes bench/.data/reports-<label>.json and,
 * unless --no-write, its section of bench/RESULTS.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { prepareDatabase } from '../src/bootstrap';
import { runReport } from '../src/services/reports/reports.service';
import { REPORT_CODES, type ReportCode } from '../src/domain/reports/catalogue';
import type { Actor } from '../src/domain/policy';
import { queryRows } from './lib/sql';
import { benchDataDir, benchDir, intOption } from './lib/target';

const { values: args } = parseArgs({
  options: {
    province: { type: 'string', default: '38' },
    runs: { type: 'string' },
    from: { type: 'string', default: '2016' },
    to: { type: 'string', default: '2025' },
    'data-dir': { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
  allowPositionals: false,
});

const RUNS = intOption(args.runs ?? process.env.BENCH_RUNS, 7, 'runs', 1, 1000);
const FROM = Number(args.from);
const TO = Number(args.to);
const PROVINCE = args.province!;
const databaseUrl = process.env.DATABASE_URL || undefined;
const kind = databaseUrl ? 'postgres' : 'pglite';
const dataDir = databaseUrl ? undefined : path.resolve(args['data-dir'] ?? path.join(benchDataDir, `pglite-history-0.05-p${PROVINCE}`));
const label = databaseUrl ? `postgres-${new URL(databaseUrl).pathname.slice(1)}` : path.basename(dataDir!);
const TARGET_MS = { nation: 1000, province: kind === 'postgres' ? 200 : 300 };

const CENTRAL: Actor = { id: '00000000-0000-4000-8000-00000000b001', role: 'central', unitStructure: 'current', unitCode: 'VN', provinceCode: null, districtCode: null, entityId: null };

function log(message: string): void {
  console.log(`[bench:reports] ${message}`);
}

/**
 * The core aggregate of each report as one plain statement: the same records, the same
 * filter, grouped the simplest way (no previous period, no rows for empty places, no product
 * list). `area` is the located-row condition for alias p (products), c, i, b, l, t.
 */
function rawBaseline(code: ReportCode, province: string | null, productId: string | null): SQL | null {
  const where = (alias: string) => (province ? sql.raw(`${alias}.province_code = '${province}'`) : sql`true`);
  switch (code) {
    case 'products-by-star':
      return sql`select r.year, r.stars, count(distinct r.product_id) from product_star_records r join products p on p.id = r.product_id
        where p.deleted_at is null and r.stars >= 3 and r.year <= ${TO} and ${where('p')} group by r.year, r.stars`;
    case 'entities':
      return sql`select e.type, count(distinct e.id) from product_star_records r join products p on p.id = r.product_id join entities e on e.id = p.entity_id
        where p.deleted_at is null and r.stars >= 3 and r.year <= ${TO} and ${where('p')} group by e.type`;
    case 'localities':
      return province
        ? sql`select p.unit_code, count(distinct r.product_id) from product_star_records r join products p on p.id = r.product_id
            where p.deleted_at is null and r.stars >= 3 and r.year <= ${TO} and ${where('p')} group by p.unit_code`
        : sql`select p.province_code, count(distinct r.product_id) from product_star_records r join products p on p.id = r.product_id
            where p.deleted_at is null and r.stars >= 3 and r.year <= ${TO} group by p.province_code`;
    case 'certificates':
      return sql`select c.province_code, count(*) filter (where c.issued_on between ${`${FROM}-01-01`}::date and ${`${TO}-12-31`}::date),
          count(*) filter (where c.valid_until >= ${`${TO}-12-31`}::date and c.revoked_on is null)
        from certificates c where ${where('c')} group by c.province_code`;
    case 'funnel':
      return sql`select i.cycle_year, count(*), count(b.id) from ideas i left join business_plans b on b.idea_id = i.id and b.status = 'accepted'
        where i.first_submitted_at is not null and i.cycle_year between ${FROM} and ${TO} and ${where('i')} group by i.cycle_year`;
    case 'communication':
      return sql`select l.year, l.kind, sum(l.count), sum(l.budget_vnd) from communication_logs l
        where l.deleted_at is null and l.year between ${FROM} and ${TO} and ${where('l')} group by l.year, l.kind`;
    case 'funding':
      return sql`select c.year, sum(c.own), sum(c.credit), sum(c.provincial_budget) from implementation_capital c join business_plans b on b.id = c.business_plan_id
        where c.year between ${FROM} and ${TO} and ${where('b')} group by c.year`;
    case 'national-summary':
      return sql`select p.province_code, p.stars, count(*) from products p where p.deleted_at is null and p.stars >= 3 group by p.province_code, p.stars`;
    case 'targets':
      return sql`select year, values from programme_targets where unit_code = ${province ?? 'VN'} and year between ${FROM} and ${TO}`;
    case 'documents':
      return sql`select extract(year from d.issued_on)::int, d.level, count(*) from programme_documents d where d.deleted_at is null group by 1, 2`;
    case 'product-growth':
      return productId ? sql`select f.year, sum(f.revenue_vnd) from business_figures f where f.product_id = ${productId} group by f.year` : null;
    default:
      return null; // a report added later without a baseline here: its time is still measured
  }
}

interface Timing {
  median: number;
  p95: number;
  min: number;
}

function summarise(ms: number[]): Timing {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95), min: s[0] };
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  await fn(); // warm-up: plans cached, pages in memory
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return summarise(ms);
}

interface Row {
  code: ReportCode;
  scope: 'nation' | 'province';
  report: Timing;
  raw: Timing | null;
  rows: number;
  target: number;
}

async function main(): Promise<void> {
  log(`target: ${kind} ${label}; ${FROM}–${TO}; province ${PROVINCE}; ${RUNS} runs each after a warm-up`);
  // migrations first (the indexes the reports rely on), no demo data
  const database = await prepareDatabase({ databaseUrl, dataDir, seedDemo: false });
  const db: Db = database.db;
  const results: Row[] = [];
  try {
    const [sizes] = await queryRows<{ products: number; records: number; sheets: number; ideas: number; provinceProducts: number }>(
      db,
      sql`select (select count(*) from products)::int as products, (select count(*) from product_star_records)::int as records,
        (select count(*) from score_sheets)::int as sheets, (select count(*) from ideas)::int as ideas,
        (select count(*) from products where province_code = ${PROVINCE})::int as "provinceProducts"`,
    );
    log(`data: ${sizes.products.toLocaleString('en-US')} products (${sizes.provinceProducts.toLocaleString('en-US')} in ${PROVINCE}), ${sizes.records.toLocaleString('en-US')} recognitions, ${sizes.ideas.toLocaleString('en-US')} ideas, ${sizes.sheets.toLocaleString('en-US')} score sheets`);
    const [figureProduct] = await queryRows<{ id: string | null }>(db, sql`select (select product_id from business_figures limit 1) as id`);
    const [anyProduct] = await queryRows<{ id: string }>(db, sql`select id from products where province_code = ${PROVINCE} order by id limit 1`);
    const productId = figureProduct?.id ?? anyProduct?.id ?? null;
    const only = args.only ? new Set(args.only.split(',')) : null;
    const scopes: ('nation' | 'province')[] = kind === 'postgres' ? ['nation', 'province'] : ['province'];
    for (const scope of scopes) {
      for (const code of REPORT_CODES) {
        if (only && !only.has(code)) continue;
        if (code === 'national-summary' && scope === 'province') continue; // the nation's whatever the unit
        if (code === 'product-growth' && (scope === 'nation' || !productId)) continue; // one product's series
        const unit = scope === 'nation' ? 'VN' : PROVINCE;
        const query = code === 'product-growth' ? { product: productId!, format: 'json' as const } : { unit, from: FROM, to: TO, format: 'json' as const };
        let rowsOut = 0;
        const report = await time(RUNS, async () => {
          const r = await runReport(db, CENTRAL, code, query, 'vi');
          rowsOut = r.rows.length + r.tables.reduce((n, t) => n + t.rows.length, 0);
        });
        const baseline = rawBaseline(code, scope === 'province' ? PROVINCE : null, productId);
        const raw = baseline ? await time(RUNS, () => db.execute(baseline)) : null;
        const row: Row = { code, scope, report, raw, rows: rowsOut, target: TARGET_MS[scope] };
        results.push(row);
        log(`${scope.padEnd(8)} ${code.padEnd(17)} median ${report.median.toFixed(1).padStart(8)} ms  p95 ${report.p95.toFixed(1).padStart(8)} ms  raw ${raw ? raw.median.toFixed(1).padStart(7) : '     —'} ms  ×${raw ? (report.median / raw.median).toFixed(1) : '—'}  ${report.median <= row.target ? 'ok' : 'OVER'}  (${rowsOut} rows)`);
      }
    }
  } finally {
    await database.close();
  }
  fs.mkdirSync(benchDataDir, { recursive: true });
  const out = { label, kind, from: FROM, to: TO, province: PROVINCE, runs: RUNS, machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0].toFixed(1)}`, results, measuredAt: new Date().toISOString() };
  fs.writeFileSync(path.join(benchDataDir, `reports-${label}.json`), JSON.stringify(out, null, 2) + '\n');
  if (!args['no-write']) writeResults(out);
}

/** Replaces this target's section of RESULTS.md (between its markers). */
function writeResults(out: { label: string; kind: string; from: number; to: number; province: string; runs: number; machine: string; results: Row[]; measuredAt: string }): void {
  const file = path.join(benchDir, 'RESULTS.md');
  const begin = `<!-- reports:${out.kind}:begin -->`;
  const end = `<!-- reports:${out.kind}:end -->`;
  const f = (n: number) => n.toFixed(n < 10 ? 1 : 0);
  const lines = [
    begin,
    `### Reports on ${out.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} (\`${out.label}\`, ${out.from}–${out.to}, province ${out.province})`,
    '',
    `${out.measuredAt.slice(0, 16).replace('T', ' ')} UTC, ${out.machine}; ${out.runs} runs after a warm-up. "raw" = the report's core aggregate as one plain SQL statement, same data, same run.`,
    '',
    '| scope | report | median ms | p95 ms | raw median ms | ratio | target ms | |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...out.results.map((r) => `| ${r.scope} | ${r.code} | ${f(r.report.median)} | ${f(r.report.p95)} | ${r.raw ? f(r.raw.median) : '—'} | ${r.raw ? `×${(r.report.median / r.raw.median).toFixed(1)}` : '—'} | ${r.target} | ${r.report.median <= r.target ? '✓' : '✗'} |`),
    end,
  ];
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n';
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a >= 0 && b > a) text = text.slice(0, a) + lines.join('\n') + text.slice(b + end.length);
  else text = text.trimEnd() + '\n\n' + lines.join('\n') + '\n';
  fs.writeFileSync(file, text);
  log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(`[bench:reports] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
