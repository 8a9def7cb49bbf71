import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema';
import { lockDataDir, type DataDirLock } from './data-dir-lock';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** The raw PGlite instance (embedded database only), for dumps in tests. */
  pglite?: PGlite;
  /** PostgreSQL's address (PostgreSQL only): backups hand it to pg_dump. */
  url?: string;
  /**
   * LISTEN on a channel: `onNotify` runs for each NOTIFY (from this process or another one).
   * Resolves once listening, with a function that stops it. `onListen` runs each time listening
   * (re)starts, e.g. after a lost connection, when notifications may have been missed.
   */
  listen(channel: string, onNotify: () => void, onListen?: () => void): Promise<() => Promise<void>>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** Folder of the embedded database; omitted = in memory. */
  dataDir?: string;
  /** A PGlite data-dir dump to start from (tests clone a prepared database this way). */
  loadDataDir?: Blob | File;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const client = postgres(opts.databaseUrl, {
      max: Number(process.env.DB_POOL_SIZE ?? 10),
      // No JIT compilation: the reports' aggregates over a few hundred thousand rows are costed
      // high enough to trigger it, and compiling took seconds for queries that run in tens of
      // milliseconds without it (bench/RESULTS.md, reports).
      // Report aggregates sort a few hundred thousand rows: in memory (DB_WORK_MEM, default 32MB) rather than on disk.
      connection: { jit: 'off', work_mem: process.env.DB_WORK_MEM || '32MB' },
      onnotice: () => {},
    });
    const db = drizzlePostgres({ client, schema }) as unknown as Db;
    const listen = async (channel: string, onNotify: () => void, onListen?: () => void) => {
      const { unlisten } = await client.listen(channel, () => onNotify(), onListen);
      return unlisten;
    };
    return { db, kind: 'postgres', url: opts.databaseUrl, close: () => client.end({ timeout: 5 }), listen };
  }
  let dataDir: string | undefined;
  // One server per folder: a second one would lose and duplicate the first one's writes.
  let lock: DataDirLock | undefined;
  if (opts.dataDir) {
    lock = lockDataDir(opts.dataDir);
    dataDir = path.join(opts.dataDir, 'pglite');
    fs.mkdirSync(dataDir, { recursive: true });
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create({
      dataDir,
      extensions: { pg_trgm },
      loadDataDir: opts.loadDataDir,
    });
  } catch (e) {
    lock?.release();
    throw e;
  }
  const db = drizzlePglite({ client: pg, schema }) as unknown as Db;
  const close = async () => {
    try {
      await pg.close();
    } finally {
      lock?.release();
    }
  };
  const listen = async (channel: string, onNotify: () => void) => pg.listen(channel, () => onNotify());
  return { db, kind: 'pglite', pglite: pg, close, listen };
}
