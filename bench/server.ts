/**
 * The server process of the search benchmark (started by bench/search.ts, not on its own).
 *
 * It runs the real application — prepareDatabase + buildApp, as src/main.ts does, without the
 * web client and without logging — on 127.0.0.1 with a random port, plus a bare Fastify
 * instance with one route (the machine's ceiling) in the same process, so that both are
 * measured under the same conditions and the resident memory belongs to this process only.
 */
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { prepareDatabase } from '../src/bootstrap';
import { buildApp } from '../src/server/app';
import { ensureBenchUser } from './lib/bench-user';
import { queryRows } from './lib/sql';
import type { ServerReady } from './lib/protocol';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = process.env.BENCH_PGLITE_DIR || undefined;
  if (!databaseUrl && !dataDir) throw new Error('set DATABASE_URL or BENCH_PGLITE_DIR');
  const database = await prepareDatabase({ databaseUrl, dataDir, seedDemo: false });
  const db = database.db;

  const [counts] = await queryRows<{ entities: number; products: number; public_products: number }>(
    db,
    sql`select (select count(*)::int from entities where deleted_at is null) as entities,
               (select count(*)::int from products where deleted_at is null) as products,
               (select count(*)::int from products where deleted_at is null and stars >= 3) as public_products`,
  );
  if (counts.products === 0) throw new Error('the database has no products: run `npm run bench:generate` first');
  const provinces = await queryRows<{ code: string; n: number }>(
    db,
    sql`select province_code as code, count(*)::int as n from products where deleted_at is null
        group by province_code order by count(*) desc, province_code`,
  );
  const [{ version }] = await queryRows<{ version: string }>(db, sql`select version() as version`);
  const [{ size }] = await queryRows<{ size: string }>(db, sql`select pg_size_pretty(pg_database_size(current_database())) as size`);
  const user = await ensureBenchUser(db);

  const app = await buildApp({ database, config: { sessionDays: 1, secureCookies: false }, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });

  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ hello: 'world' }));
  await bare.listen({ host: '127.0.0.1', port: 0 });

  const ready: ServerReady = {
    type: 'ready',
    pid: process.pid,
    port: (app.server.address() as AddressInfo).port,
    barePort: (bare.server.address() as AddressInfo).port,
    kind: database.kind,
    databaseVersion: version,
    databaseSize: size,
    entities: counts.entities,
    products: counts.products,
    publicProducts: counts.public_products,
    provinces,
    user,
  };
  process.send?.(ready);

  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    await bare.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
  process.on('disconnect', () => void shutdown()); // the benchmark process went away
}

main().catch((error: unknown) => {
  console.error(`[bench:server] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
