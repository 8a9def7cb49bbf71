import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import * as tar from 'tar';
import { openDatabase } from '../../src/db/client';
import { tableChecksums, tableRowCounts } from '../../src/db/repositories/backup.repository';
import { createBackup } from '../../src/services/backup/backup.service';
import { restoreBackup } from '../../src/services/backup/restore.service';
import { checksumDifferences, countDifferences, type Manifest } from '../../src/services/backup/archive';
import { adminUrl, testDbPrefix } from '../global-setup';
import { createTestApp } from '../support/test-app';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-backup-test-'));
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A few uploaded files, nested as the file stores keep them, binary content included. */
function writeUploads(dataDir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {
    'dossiers/a1/plan.pdf': Buffer.from('%PDF-1.4 demo dossier'),
    'photos/p1/photo.jpg': crypto.randomBytes(4096),
    'imports/list.xlsx': crypto.randomBytes(1000),
  };
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dataDir, 'uploads', rel)), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'uploads', rel), content);
  }
  return files;
}

function expectUploads(dataDir: string, files: Record<string, Buffer>) {
  for (const [rel, content] of Object.entries(files)) expect(fs.readFileSync(path.join(dataDir, 'uploads', rel)).equals(content), rel).toBe(true);
}

async function readManifest(file: string): Promise<Manifest> {
  const dir = fs.mkdtempSync(path.join(tmp, 'x-'));
  await tar.extract({ file, cwd: dir }, ['manifest.json']);
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

describe.skipIf(!!inject('templateDatabaseUrl'))('backup and restore, embedded database', () => {
  const source = path.join(tmp, 'source');
  const target = path.join(tmp, 'target');
  const file = path.join(tmp, 'backups', 'pglite.tar.gz');
  let uploads: Record<string, Buffer>;
  let before: Record<string, number>;
  let sumsBefore: Record<string, string>;

  it('writes one file with the database, the uploads and a manifest', async () => {
    // The prepared demo database as a server's DATA_DIR.
    const dump = fs.readFileSync(inject('templateDumpFile'));
    const prepared = await openDatabase({ dataDir: source, loadDataDir: new Blob([dump]) });
    before = await tableRowCounts(prepared.db);
    sumsBefore = await tableChecksums(prepared.db);
    await prepared.close();
    uploads = writeUploads(source);

    const manifest = await createBackup({ dataDir: source, file });
    expect(fs.existsSync(file)).toBe(true);
    expect(manifest.database.kind).toBe('pglite');
    expect(manifest.tables).toEqual(before);
    expect(manifest.tables['public.products']).toBeGreaterThan(0);
    expect(manifest.tableChecksums).toEqual(sumsBefore);
    expect(Object.keys(manifest.tableChecksums!)).toEqual(Object.keys(before));
    expect(Object.keys(manifest.files).sort()).toEqual(['database/pglite.tar.gz', ...Object.keys(uploads).map((f) => `uploads/${f}`)].sort());
    expect(manifest.files['uploads/dossiers/a1/plan.pdf']!.sha256).toBe(crypto.createHash('sha256').update(uploads['dossiers/a1/plan.pdf']!).digest('hex'));
    expect(await readManifest(file)).toEqual(manifest);
  });

  it('restores into an empty data folder with the same rows in every table and the same files', async () => {
    const report = await restoreBackup({ file, dataDir: target });
    expect(report.files).toBe(3);
    const restored = await openDatabase({ dataDir: target });
    const after = await tableRowCounts(restored.db);
    const sumsAfter = await tableChecksums(restored.db);
    await restored.close();
    expect(after).toEqual(before);
    expect(sumsAfter).toEqual(sumsBefore);
    expectUploads(target, uploads);
  });

  it('refuses a data folder that is not empty', async () => {
    await expect(restoreBackup({ file, dataDir: target })).rejects.toThrow(/not empty/);
    await expect(restoreBackup({ file, dataDir: source })).rejects.toThrow(/not empty/);
  });

  it('refuses a damaged backup before writing anything', async () => {
    const unpacked = fs.mkdtempSync(path.join(tmp, 'damaged-'));
    await tar.extract({ file, cwd: unpacked });
    fs.appendFileSync(path.join(unpacked, 'uploads/imports/list.xlsx'), 'x');
    const damaged = path.join(tmp, 'damaged.tar.gz');
    await tar.create({ gzip: true, file: damaged, cwd: unpacked }, fs.readdirSync(unpacked));
    const empty = path.join(tmp, 'empty-target');
    await expect(restoreBackup({ file: damaged, dataDir: empty })).rejects.toThrow(/checksum mismatch for uploads\/imports\/list\.xlsx/);
    expect(fs.existsSync(path.join(empty, 'pglite'))).toBe(false);
    await expect(restoreBackup({ file: path.join(unpacked, 'manifest.json'), dataDir: empty })).rejects.toThrow(/not a readable backup/);
  });
});

describe.skipIf(!inject('templateDatabaseUrl'))('backup and restore, PostgreSQL', () => {
  const templateUrl = inject('templateDatabaseUrl');
  const admin = templateUrl ? postgres(adminUrl(templateUrl), { max: 1, onnotice: () => {} }) : undefined;
  const created: string[] = [];

  async function newDatabase(template?: string): Promise<string> {
    const name = testDbPrefix(templateUrl) + crypto.randomBytes(6).toString('hex');
    await admin!.unsafe(`create database "${name}"${template ? ` template "${template}"` : ''}`);
    created.push(name);
    const url = new URL(templateUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }
  afterAll(async () => {
    for (const name of created) await admin!.unsafe(`drop database if exists "${name}" with (force)`);
    await admin?.end();
  });

  it('dumps with pg_dump and restores into an empty database with the same rows in every table', async () => {
    const sourceUrl = await newDatabase(new URL(templateUrl).pathname.slice(1));
    const dataDir = path.join(tmp, 'pg-source');
    const uploads = writeUploads(dataDir);
    const source = await openDatabase({ databaseUrl: sourceUrl });
    const before = await tableRowCounts(source.db);
    const sumsBefore = await tableChecksums(source.db);
    await source.close();

    const file = path.join(tmp, 'pg.tar.gz');
    const manifest = await createBackup({ databaseUrl: sourceUrl, dataDir, file });
    expect(manifest.database.kind).toBe('postgres');
    expect(manifest.tables).toEqual(before);
    expect(manifest.tableChecksums).toEqual(sumsBefore);

    const targetUrl = await newDatabase();
    const targetDir = path.join(tmp, 'pg-target');
    await restoreBackup({ file, databaseUrl: targetUrl, dataDir: targetDir });
    const restored = await openDatabase({ databaseUrl: targetUrl });
    expect(await tableRowCounts(restored.db)).toEqual(before);
    expect(await tableChecksums(restored.db)).toEqual(sumsBefore);
    // the checksum sees content, not only counts: an update that keeps every count is caught
    await restored.db.execute(sql`update products set name = name || ' ' where id = (select id from products order by id limit 1)`);
    const edited = await tableChecksums(restored.db);
    expect(countDifferences(manifest.tables, await tableRowCounts(restored.db))).toEqual([]);
    expect(checksumDifferences(manifest.tableChecksums, edited)).toContain('public.products: content checksum differs');
    await restored.close();
    expectUploads(targetDir, uploads);

    // A database with tables is refused.
    await expect(restoreBackup({ file, databaseUrl: sourceUrl, dataDir: path.join(tmp, 'pg-other') })).rejects.toThrow(/database is not empty/);
    // A PostgreSQL backup cannot go into the embedded database.
    await expect(restoreBackup({ file, dataDir: path.join(tmp, 'pg-other') })).rejects.toThrow(/set DATABASE_URL|unset DATABASE_URL|PostgreSQL/);
  });
});

describe.skipIf(!!inject('templateDatabaseUrl'))('backup from the running server, embedded database', () => {
  it('is taken while requests write, and restores with every count and checksum verified', async () => {
    const t = await createTestApp();
    try {
      const dataDir = path.join(tmp, 'live');
      fs.mkdirSync(dataDir, { recursive: true });
      const file = path.join(tmp, 'live.tar.gz');
      // logins write sessions (and their audit) while the backup counts, sums and dumps
      const writes = Promise.all(['province.qn', 'central', 'commune.qn', 'producer.qn', 'admin'].map((u) => t.login(u)));
      const manifest = await createBackup({ database: t.database, dataDir, file });
      await writes;
      const report = await restoreBackup({ file, dataDir: path.join(tmp, 'live-target') });
      expect(report.tables).toEqual(manifest.tables);
      expect(manifest.tableChecksums && Object.keys(manifest.tableChecksums).length).toBe(Object.keys(manifest.tables).length);
      // the server went on serving after the backup's transaction
      expect(await t.login('province.qn')).toMatch(/^ocop_session=/);
    } finally {
      await t.close();
    }
  });
});
