/**
 * Query plans of the benchmarked lists: runs the application's own repository functions
 * (products.repository listProducts, entities.repository listEntities) through a Drizzle
 * instance that records every statement, then runs EXPLAIN (ANALYZE, BUFFERS) on exactly
 * those statements with their parameters.
 *
 *   [DATABASE_URL=…] npx tsx bench/explain.ts [--products 100000] [--province 38] [--data-dir DIR]
 *
 * Prints the plans and writes them to bench/.data/explain-<label>.txt. Stop bench:search
 * first when using PGlite (one process at a time owns its folder).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Logger } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from '../src/db/schema';
import type { Db } from '../src/db/client';
import { listProducts } from '../src/db/repositories/products.repository';
import { listEntities } from '../src/db/repositories/entities.repository';
import { searchKey } from '../src/domain/text/normalize';
import { BENCH_USERNAME } from './lib/bench-user';
import { benchDataDir, intOption, resolveTarget } from './lib/target';

const { values: args } = parseArgs({
  options: { products: { type: 'string' }, province: { type: 'string' }, 'data-dir': { type: 'string' } },
  allowPositionals: false,
});
const PRODUCTS = intOption(args.products ?? process.env.BENCH_PRODUCTS, 100_000, 'products', 1, 4_000_000);
const target = resolveTarget({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: args['data-dir'], products: PRODUCTS, province: args.province });

interface Captured {
  query: string;
  params: unknown[];
}

async function main(): Promise<void> {
  const captured: Captured[] = [];
  const logger: Logger = { logQuery: (query, params) => captured.push({ query, params }) };
  let db: Db;
  let raw: (text: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;
  let close: () => Promise<void>;
  if (target.kind === 'postgres') {
    const client = postgres(target.databaseUrl!, { max: 1, onnotice: () => {} });
    db = drizzlePostgres({ client, schema, logger }) as unknown as Db;
    raw = async (text, params) => (await client.unsafe(text, params as never[])) as unknown as Array<Record<string, unknown>>;
    close = () => client.end({ timeout: 5 });
  } else {
    const dir = path.join(target.dataDir!, 'pglite');
    if (!fs.existsSync(dir)) throw new Error(`no PGlite data in ${target.display}`);
    const pg = await PGlite.create({ dataDir: dir, extensions: { pg_trgm } });
    db = drizzlePglite({ client: pg, schema, logger }) as unknown as Db;
    raw = async (text, params) => (await pg.query<Record<string, unknown>>(text, params)).rows;
    close = () => pg.close();
  }

  const out: string[] = [];
  const print = (line: string): void => {
    console.log(line);
    out.push(line);
  };
  try {
    const [user] = await raw(`select province_code from users where username = $1`, [BENCH_USERNAME]);
    const province = String(user?.province_code ?? '38');
    const cases: Array<{ title: string; run: () => Promise<unknown> }> = [
      { title: 'catalogue q="mat ong" (public)', run: () => listProducts(db, { scope: null, q: searchKey('mat ong'), page: 1, pageSize: 20 }) },
      { title: 'catalogue q="ruou ba kick" (typo)', run: () => listProducts(db, { scope: null, q: searchKey('ruou ba kick'), page: 1, pageSize: 20 }) },
      { title: 'catalogue q="hop tac xa" (matches most products through the entity name)', run: () => listProducts(db, { scope: null, q: searchKey('hop tac xa'), page: 1, pageSize: 20 }) },
      { title: 'catalogue q="tinh dau qe" (typo, thousands of fuzzy matches)', run: () => listProducts(db, { scope: null, q: searchKey('tinh dau qe'), page: 1, pageSize: 20 }) },
      { title: 'catalogue q="cafe" (no match)', run: () => listProducts(db, { scope: null, q: searchKey('cafe'), page: 1, pageSize: 20 }) },
      { title: `catalogue q="mat ong" province=${province}`, run: () => listProducts(db, { scope: null, q: searchKey('mat ong'), province, page: 1, pageSize: 20 }) },
      { title: 'catalogue browse page 1 (no filter)', run: () => listProducts(db, { scope: null, page: 1, pageSize: 20 }) },
      { title: `catalogue group=1 province=${province}`, run: () => listProducts(db, { scope: null, group: '1', province, page: 1, pageSize: 20 }) },
      { title: `entities province=${province} page 1`, run: () => listEntities(db, { scope: { kind: 'province', provinceCode: province }, page: 1, pageSize: 20 }) },
      { title: `entities province=${province} page 100`, run: () => listEntities(db, { scope: { kind: 'province', provinceCode: province }, page: 100, pageSize: 20 }) },
      { title: `entities province=${province} q="nguyen van"`, run: () => listEntities(db, { scope: { kind: 'province', provinceCode: province }, q: searchKey('nguyen van'), page: 1, pageSize: 20 }) },
    ];
    for (const c of cases) {
      captured.length = 0;
      const t = performance.now();
      await c.run();
      const ms = performance.now() - t;
      const statements = [...captured];
      print(`\n==== ${c.title} — ${ms.toFixed(1)} ms through the repository (${statements.length} statements)`);
      for (const s of statements) {
        print(`\n-- ${s.query}\n-- params: ${JSON.stringify(s.params)}`);
        const plan = await raw(`explain (analyze, buffers) ${s.query}`, s.params);
        for (const row of plan) print(String(Object.values(row)[0]));
      }
    }
  } finally {
    await close();
  }
  fs.mkdirSync(benchDataDir, { recursive: true });
  const file = path.join(benchDataDir, `explain-${target.label}.txt`);
  fs.writeFileSync(file, out.join('\n') + '\n');
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(`[bench:explain] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
