import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { openDatabase } from '../../db/client';
import { tableChecksums, tableRowCounts, userTables } from '../../db/repositories/backup.repository';
import { checksumDifferences, checksumMismatches, countDifferences, FORMAT_VERSION, listFiles, MANIFEST, UPLOADS, type Manifest } from './archive';
import { pgToolConnection, run } from './backup.service';

export interface RestoreOptions {
  /** The backup file (.tar.gz written by createBackup). */
  file: string;
  /** PostgreSQL to restore into (must be empty); omitted = the embedded database in `dataDir/pglite`. */
  databaseUrl?: string;
  /** DATA_DIR to restore into: its `pglite/` and `uploads/` must be empty or absent. */
  dataDir: string;
  log?: (message: string) => void;
}

export interface RestoreReport {
  manifest: Manifest;
  tables: Record<string, number>;
  files: number;
}

/** A backup that cannot or must not be restored here; the message says why. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

/**
 * Restores a backup into an empty data folder or database, then verifies it: every part's
 * checksum before anything is written, the uploaded files' checksums and every table's row
 * count after. Refuses a non-empty target rather than mixing two databases.
 */
export async function restoreBackup(opts: RestoreOptions): Promise<RestoreReport> {
  const log = opts.log ?? (() => {});
  if (!fs.existsSync(opts.file)) throw new RestoreRefused(`No such backup file: ${opts.file}`);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-restore-'));
  try {
    log(`Reading ${opts.file}…`);
    try {
      await tar.extract({ file: opts.file, cwd: staging, strict: true });
    } catch (e) {
      throw new RestoreRefused(`${opts.file} is not a readable backup file (${(e as Error).message}).`);
    }
    const manifestFile = path.join(staging, MANIFEST);
    if (!fs.existsSync(manifestFile)) throw new RestoreRefused(`${opts.file} has no ${MANIFEST}: it is not a backup of this platform.`);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
    if (manifest.format !== 'ocop-backup' || manifest.formatVersion !== FORMAT_VERSION) {
      throw new RestoreRefused(`Unsupported backup format ${manifest.format} version ${manifest.formatVersion} (this version reads ${FORMAT_VERSION}).`);
    }
    const damaged = await checksumMismatches(staging, manifest.files);
    if (damaged.length) throw new RestoreRefused(`The backup is damaged: checksum mismatch for ${damaged.join(', ')}. Nothing was restored.`);
    const target = opts.databaseUrl ? 'postgres' : 'pglite';
    if (manifest.database.kind !== target) {
      throw new RestoreRefused(
        `This backup holds ${manifest.database.kind === 'pglite' ? 'an embedded (PGlite) database' : 'a PostgreSQL database'}; ` +
          (target === 'postgres' ? 'unset DATABASE_URL to restore it into DATA_DIR.' : 'set DATABASE_URL to the empty PostgreSQL database to restore it into.'),
      );
    }
    const uploadsDir = path.join(opts.dataDir, UPLOADS);
    if (!isEmptyDir(uploadsDir)) throw new RestoreRefused(`${uploadsDir} is not empty: restore only into an empty data folder.`);

    let tables: Record<string, number>;
    let sums: Record<string, string>;
    if (opts.databaseUrl) {
      const db = await openDatabase({ databaseUrl: opts.databaseUrl });
      try {
        const existing = await userTables(db.db);
        if (existing.length) throw new RestoreRefused(`The database is not empty (${existing.length} tables, e.g. ${existing[0]!.schema}.${existing[0]!.name}): restore only into an empty database.`);
        log('Restoring PostgreSQL with pg_restore…');
        const conn = pgToolConnection(opts.databaseUrl);
        await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${conn.dbname}`, path.join(staging, manifest.database.file)], conn.env);
        tables = await tableRowCounts(db.db);
        sums = await tableChecksums(db.db);
      } finally {
        await db.close();
      }
    } else {
      const pgliteDir = path.join(opts.dataDir, 'pglite');
      if (!isEmptyDir(pgliteDir)) throw new RestoreRefused(`${pgliteDir} is not empty: restore only into an empty data folder.`);
      log(`Restoring the embedded database into ${pgliteDir}…`);
      const dump = fs.readFileSync(path.join(staging, manifest.database.file));
      const loaded = await openDatabase({ dataDir: opts.dataDir, loadDataDir: new Blob([dump]) });
      await loaded.close();
      // Counted after reopening, so the figures are those of what is on disk.
      const db = await openDatabase({ dataDir: opts.dataDir });
      try {
        tables = await tableRowCounts(db.db);
        sums = await tableChecksums(db.db);
      } finally {
        await db.close();
      }
    }

    const uploads = Object.keys(manifest.files).filter((f) => f.startsWith(`${UPLOADS}/`));
    if (uploads.length) {
      log(`Restoring ${uploads.length} uploaded file(s)…`);
      fs.cpSync(path.join(staging, UPLOADS), uploadsDir, { recursive: true });
    }
    const badFiles = await checksumMismatches(opts.dataDir, manifest.files, (f) => f.startsWith(`${UPLOADS}/`));
    const extra = listFiles(uploadsDir).filter((f) => !(`${UPLOADS}/${f}` in manifest.files));
    const badCounts = [...countDifferences(manifest.tables, tables), ...checksumDifferences(manifest.tableChecksums, sums)];
    if (badFiles.length || extra.length || badCounts.length) {
      throw new Error(
        'The restore did not verify:\n' +
          [...badCounts, ...badFiles.map((f) => `${f}: checksum mismatch`), ...extra.map((f) => `uploads/${f}: not in the backup`)].join('\n'),
      );
    }
    return { manifest, tables, files: uploads.length };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
