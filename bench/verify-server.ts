/**
 * The server process of the verification benchmark (started by bench/verify.ts): the real
 * application on the demo data — an embedded database in memory unless DATABASE_URL is set —
 * and, in the same process, a bare Fastify route: the ceiling the SPEC's ratio is taken against.
 * It issues a batch of stamps first and reports the codes to check.
 */
import crypto from 'node:crypto';
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/bootstrap';
import { buildApp } from '../src/server/app';
import { queryRows } from './lib/sql';

export interface VerifyServerReady {
  type: 'ready';
  pid: number;
  port: number;
  barePort: number;
  kind: 'pglite' | 'postgres';
  databaseVersion: string;
  tokens: string[];
  numbers: string[];
  stamps: Array<{ serial: string; token: string }>;
  /** A certificate id and version to revoke during the run (the freshness check). */
  revoke: { id: string; version: number; serial: string; cookie: string };
  /** Scans already counted (the demo data) before the benchmark's first request. */
  scansBefore: number;
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const database = await prepareDatabase({ databaseUrl, seedDemo: true });
  const app = await buildApp({ database, config: { sessionDays: 1, secureCookies: false }, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ hello: 'world' }));
  await bare.listen({ host: '127.0.0.1', port: 0 });

  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'province.qn', password: 'ocop2026' } });
  const cookie = `ocop_session=${login.cookies.find((c) => c.name === 'ocop_session')!.value}`;
  const certs = (await app.inject({ url: '/api/certificates?pageSize=100', headers: { cookie } })).json().items as Array<{ id: string; number: string; token: string; status: string; productId: string; version: number }>;
  const live = certs.filter((c) => c.status === 'valid' || c.status === 'expiring');
  const stamps: Array<{ serial: string; token: string }> = [];
  for (const c of live) {
    const res = await app.inject({ method: 'POST', url: `/api/products/${c.productId}/stamp-batches`, headers: { cookie }, payload: { lot: `B-${crypto.randomBytes(3).toString('hex')}`, producedOn: '2026-11-01', count: 100 } });
    if (res.statusCode === 201) stamps.push(...res.json().stamps.map((s: { serial: string; token: string }) => ({ serial: s.serial, token: s.token })));
  }
  // The certificate revoked mid-run: its stamps must show "revoked" on the next scan.
  const victim = live[live.length - 1];
  const victimBatch = (await app.inject({ method: 'POST', url: `/api/products/${victim.productId}/stamp-batches`, headers: { cookie }, payload: { lot: 'B-VICTIM', producedOn: '2026-11-01', count: 1 } })).json();
  const [{ scans: scansBefore }] = await queryRows<{ scans: number }>(database.db, sql`select coalesce(sum(scans), 0)::int as scans from stamps`);
  const [{ version }] = await queryRows<{ version: string }>(database.db, sql`select version() as version`);
  const ready: VerifyServerReady = {
    type: 'ready',
    pid: process.pid,
    port: (app.server.address() as AddressInfo).port,
    barePort: (bare.server.address() as AddressInfo).port,
    kind: database.kind,
    databaseVersion: version,
    tokens: certs.map((c) => c.token),
    numbers: certs.map((c) => c.number),
    stamps,
    revoke: { id: victim.id, version: victim.version, serial: victimBatch.stamps[0].serial, cookie },
    scansBefore,
  };
  process.send?.(ready);
  let closing = false;
  const shutdown = async (report: boolean) => {
    if (closing) return;
    closing = true;
    await bare.close();
    // Closing the app flushes the scan counts it holds in memory.
    await app.close();
    if (report) {
      const [{ scans }] = await queryRows<{ scans: number }>(database.db, sql`select coalesce(sum(scans), 0)::int as scans from stamps`);
      process.send?.({ type: 'scans', scans });
    }
    await database.close();
    process.exit(0);
  };
  process.on('message', (m) => {
    const type = (m as { type?: string }).type;
    if (type === 'close') void shutdown(true);
    // The server's CPU time so far (µs, user + system, the embedded database's included) and the fast path's answers.
    if (type === 'usage') {
      const u = process.cpuUsage();
      process.send?.({ type: 'usage', cpuUs: u.user + u.system, fastPath: app.verificationFastPath?.answered ?? 0 });
    }
  });
  process.on('SIGTERM', () => void shutdown(false));
  process.on('disconnect', () => void shutdown(false));
}

main().catch((e: unknown) => {
  console.error(`[bench:verify-server] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
