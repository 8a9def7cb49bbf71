import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { openDatabase, type Database } from '../../db/client';
import { exportSnapshot, tableChecksums, tableRowCounts } from '../../db/repositories/backup.repository';
import { sql } from 'drizzle-orm';
import {
  appVersion, describeFiles, FORMAT_VERSION, listFiles, MANIFEST, PGLITE_DUMP, POSTGRES_DUMP, UPLOADS, type Manifest,
} from './archive';

export interface BackupOptions {
  /** PostgreSQL to dump; omitted = the embedded database in `dataDir/pglite`. */
  databaseUrl?: string;
  /** DATA_DIR: holds `pglite/` (embedded database) and `uploads/` (uploaded files). */
  dataDir: string;
  /** The backup file to write (.tar.gz). */
  file: string;
  log?: (message: string) => void;
  /**
   * The database already open in this process (the server's own backup job): used instead of
   * opening it, which for the embedded database would meet the server's own folder lock.
   * PostgreSQL still needs `databaseUrl` for pg_dump.
   */
  database?: Database;
  /** Progress 0–1 by step (counted, dumped, files copied, archived): a background backup records it. */
  progress?: (fraction: number) => void | Promise<void>;
}

/**
 * The connection for PostgreSQL's client tools: the URL without its password, which goes in
 * PGPASSWORD instead, so that it never shows in the process list.
 */
export function pgToolConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs a program to completion; rejects with its standard error when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', (e) => reject(new Error(`${command} could not be started (${e.message}); install the PostgreSQL client tools.`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

/** The copy of a backup's manifest kept beside it (`FILE.manifest.json`). */
export function manifestFileOf(file: string): string {
  return `${file}.manifest.json`;
}

/**
 * Writes one .tar.gz holding a manifest, the database (a PGlite data-folder dump, or a pg_dump
 * custom-format file) and the uploaded files. The PostgreSQL dump and the row counts come from
 * one exported snapshot, so the manifest's figures are exactly those of the dump.
 */
export async function createBackup(opts: BackupOptions): Promise<Manifest> {
  const log = opts.log ?? (() => {});
  const progress = async (f: number) => opts.progress?.(f);
  const open = async (o: { databaseUrl?: string; dataDir?: string }) => (opts.database ? { ...opts.database, close: async () => {} } : openDatabase(o));
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-backup-'));
  try {
    fs.mkdirSync(path.join(staging, 'database'));
    let tables: Record<string, number>;
    let checksums: Record<string, string>;
    let database: Manifest['database'];
    // the server's open PostgreSQL knows its own address, whether or not the caller gave it
    const databaseUrl = opts.databaseUrl ?? (opts.database?.kind === 'postgres' ? opts.database.url : undefined);
    if (databaseUrl) {
      log('Dumping PostgreSQL with pg_dump…');
      const db = await open({ databaseUrl });
      try {
        let serverVersion = '';
        tables = await db.db.transaction(
          async (tx) => {
            const snapshot = await exportSnapshot(tx);
            const counts = await tableRowCounts(tx);
            checksums = await tableChecksums(tx);
            await progress(0.2);
            const v = (await tx.execute(sql`show server_version`)) as unknown as { server_version: string }[];
            serverVersion = v[0]?.server_version ?? '';
            const conn = pgToolConnection(databaseUrl);
            await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${path.join(staging, POSTGRES_DUMP)}`, `--dbname=${conn.dbname}`], conn.env);
            return counts;
          },
          { isolationLevel: 'repeatable read', accessMode: 'read only' },
        );
        database = { kind: 'postgres', file: POSTGRES_DUMP, serverVersion };
      } finally {
        await db.close();
      }
    } else {
      if (!opts.database && !fs.existsSync(path.join(opts.dataDir, 'pglite', 'PG_VERSION'))) throw new Error(`No embedded database in ${path.join(opts.dataDir, 'pglite')}.`);
      log(`Dumping the embedded database in ${opts.dataDir}…`);
      // Opening takes the folder's lock: a running server makes this refuse rather than copy a database in flux.
      const db = await open({ dataDir: opts.dataDir });
      try {
        const pglite = db.pglite;
        if (!pglite) throw new Error('createBackup: the open database is not the embedded one; give databaseUrl.');
        // Counted, summed and dumped inside one transaction: PGlite runs nothing else until it
        // ends (a running server's requests wait), so the figures are exactly those of the dump.
        // No progress is written inside it: that write would wait for the transaction itself.
        const measured = await db.db.transaction(async (tx) => {
          const counts = await tableRowCounts(tx);
          const sums = await tableChecksums(tx);
          const dump = await pglite.dumpDataDir('gzip');
          return { counts, sums, dump };
        });
        tables = measured.counts;
        checksums = measured.sums;
        await progress(0.2);
        fs.writeFileSync(path.join(staging, PGLITE_DUMP), Buffer.from(await measured.dump.arrayBuffer()));
      } finally {
        await db.close();
      }
      database = { kind: 'pglite', file: PGLITE_DUMP };
    }
    await progress(0.6);
    const uploadsDir = path.join(opts.dataDir, UPLOADS);
    const uploads = listFiles(uploadsDir);
    log(`Copying ${uploads.length} uploaded file(s)…`);
    if (uploads.length) fs.cpSync(uploadsDir, path.join(staging, UPLOADS), { recursive: true });
    await progress(0.7);
    const parts = [database.file, ...uploads.map((f) => `${UPLOADS}/${f}`)];
    const manifest: Manifest = {
      format: 'ocop-backup',
      formatVersion: FORMAT_VERSION,
      appVersion: appVersion(),
      createdAt: new Date().toISOString(),
      database,
      tables,
      tableChecksums: checksums!,
      files: await describeFiles(staging, parts),
    };
    fs.writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
    await progress(0.8);
    fs.mkdirSync(path.dirname(path.resolve(opts.file)), { recursive: true });
    // Written beside the target and renamed, so an interrupted backup never leaves a truncated file under the final name.
    const partial = `${opts.file}.partial`;
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, [MANIFEST, ...parts]);
    fs.renameSync(partial, opts.file);
    // a copy of the manifest beside the archive: the backup list reads it without opening the archive
    fs.writeFileSync(manifestFileOf(opts.file), JSON.stringify(manifest, null, 2));
    await progress(1);
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
