/**
 * The server process of the import benchmark (started by bench/imports.ts, not on its own).
 *
 * It runs the real application — prepareDatabase + buildApp with its job worker, as
 * src/main.ts does, without the web client and without logging — on 127.0.0.1 with a random
 * port, samples its own resident memory every 50 ms (the peak is the server's, the
 * benchmark's workbook generation and HTTP client run in the parent), and on request runs the
 * ceiling: a bare `COPY` of the same rows into an unindexed table of text columns.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/bootstrap';
import { findUserByUsername, insertUser } from '../src/db/repositories/users.repository';
import { hashPassword } from '../src/services/auth.service';
import { resolveBinding } from '../src/services/users.service';
import { buildApp } from '../src/server/app';
import { queryRows } from './lib/sql';
import { IMPORT_BENCH_USER, type ImportServerMessage } from './lib/imports-protocol';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = process.env.BENCH_PGLITE_DIR || undefined;
  if (!databaseUrl && !dataDir) throw new Error('set DATABASE_URL or BENCH_PGLITE_DIR');
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);

  const database = await prepareDatabase({ databaseUrl, dataDir, seedDemo: false });
  const db = database.db;
  if (!(await findUserByUsername(db, IMPORT_BENCH_USER.username))) {
    const binding = await resolveBinding(db, { role: 'province', unitStructure: 'current', unitCode: IMPORT_BENCH_USER.provinceCode, entityId: null });
    await insertUser(db, { username: IMPORT_BENCH_USER.username, displayName: 'Benchmark — nhập dữ liệu', passwordHash: await hashPassword(IMPORT_BENCH_USER.password), role: 'province', ...binding });
  }
  const [{ version }] = await queryRows<{ version: string }>(db, sql`select version() as version`);
  const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-imports-'));
  const app = await buildApp({ database, config: { sessionDays: 1, secureCookies: false }, uploadsDir, logger: false, jobs: { pollMs: 100 } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const send = (m: ImportServerMessage) => process.send?.(m);
  send({ type: 'ready', port: (app.server.address() as AddressInfo).port, kind: database.kind, databaseVersion: version });

  process.on('message', (m: { type: string; csv?: string; columns?: number }) => {
    if (m.type === 'rss') send({ type: 'rss', peakRss, rss: process.memoryUsage.rss() });
    if (m.type === 'resetRss') {
      peakRss = process.memoryUsage.rss();
      send({ type: 'rss', peakRss, rss: peakRss });
    }
    if (m.type === 'copy') void copyCeiling(m.csv!, m.columns!).then((r) => send({ type: 'copied', ...r }));
  });

  /** COPY of the benchmark's rows (as CSV) into a fresh unindexed table: the database's own ingest speed. */
  async function copyCeiling(csvFile: string, columns: number): Promise<{ rows: number; ms: number }> {
    const cols = Array.from({ length: columns }, (_, i) => `c${i} text`).join(', ');
    // one statement per query: PGlite's extended protocol refuses several
    await db.execute(sql`drop table if exists bench_copy_ceiling`);
    await db.execute(sql.raw(`create table bench_copy_ceiling (${cols})`));
    const started = performance.now();
    if (database.pglite) {
      const blob = new Blob([await fs.promises.readFile(csvFile)]);
      await database.pglite.query(`copy bench_copy_ceiling from '/dev/blob' with (format csv)`, [], { blob });
    } else {
      const client = postgres(databaseUrl!, { max: 1, onnotice: () => {} });
      try {
        const writable = await client`copy bench_copy_ceiling from stdin with (format csv)`.writable();
        await pipeline(fs.createReadStream(csvFile), writable);
      } finally {
        await client.end();
      }
    }
    const ms = performance.now() - started;
    const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from bench_copy_ceiling`);
    await db.execute(sql`drop table bench_copy_ceiling`);
    return { rows: n, ms };
  }

  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    clearInterval(sampler);
    await app.close();
    await database.close();
    await fs.promises.rm(uploadsDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('disconnect', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error("[bench:imports-server] failed:", error);
  process.exit(1);
});
