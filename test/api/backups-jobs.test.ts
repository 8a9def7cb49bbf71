import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestContext } from '../support/test-app';
import { backupFileName, pruneNightly, runNightlyBackup } from '../../src/services/backup/backups.service';
import { manifestFileOf } from '../../src/services/backup/backup.service';
import type { Backup, BackupJob, BackupList } from '../../src/contracts/backups';
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-backups-jobs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A stand-in backup file (and its side manifest) of a given name: pruning only looks at names. */
function fake(dir: string, name: string) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), 'x');
  fs.writeFileSync(manifestFileOf(path.join(dir, name)), '{}');
}

const night = (day: number) => backupFileName(new Date(Date.UTC(2026, 10, day, 19, 0, 0)), true);
const byHand = (day: number) => backupFileName(new Date(Date.UTC(2026, 10, day, 3, 15, 0)), false);

describe('nightly backups: keep the last BACKUP_KEEP, never the hand-made ones', () => {
  it('prunes the oldest nightly backups (with their manifests) and leaves every hand-made one', () => {
    const dir = path.join(tmp, 'prune');
    for (let d = 1; d <= 10; d++) fake(dir, night(d));
    for (const d of [1, 2, 9]) fake(dir, byHand(d));
    fake(dir, 'copied-in-by-an-operator.tar.gz');

    const removed = pruneNightly({ dir, keep: 3 });

    expect(removed.sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map(night).sort());
    const left = fs.readdirSync(dir).filter((n) => n.endsWith('.tar.gz')).sort();
    expect(left).toEqual([...[8, 9, 10].map(night), ...[1, 2, 9].map(byHand), 'copied-in-by-an-operator.tar.gz'].sort());
    // the side manifests go with their archives, and only with them
    for (const d of [1, 7]) expect(fs.existsSync(manifestFileOf(path.join(dir, night(d))))).toBe(false);
    for (const d of [8, 10]) expect(fs.existsSync(manifestFileOf(path.join(dir, night(d))))).toBe(true);
    for (const d of [1, 2, 9]) expect(fs.existsSync(manifestFileOf(path.join(dir, byHand(d))))).toBe(true);
    // nothing more to prune on a second run
    expect(pruneNightly({ dir, keep: 3 })).toEqual([]);
  });

  it('keeps everything while there are no more nightly backups than BACKUP_KEEP', () => {
    const dir = path.join(tmp, 'few');
    for (const d of [1, 2]) fake(dir, night(d));
    fake(dir, byHand(3));
    expect(pruneNightly({ dir, keep: 7 })).toEqual([]);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tar.gz'))).toHaveLength(3);
  });
});

describe('backups from the server', () => {
  let t: TestContext;
  let admin: string;
  let qn: string;
  beforeAll(async () => {
    t = await createTestApp({ jobs: { pollMs: 50 } });
    admin = await t.login('admin');
    qn = await t.login('province.qn');
  }, 120_000);
  afterAll(async () => t?.close());

  const get = (cookie: string | null, url: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('the nightly run writes a nightly backup of the live database and prunes down to BACKUP_KEEP, hand-made ones kept', async () => {
    const dir = path.join(tmp, 'nightly');
    for (const d of [1, 2, 3]) fake(dir, night(d));
    fake(dir, byHand(1));
    const steps: number[] = [];
    const name = await runNightlyBackup(
      { dir, keep: 2, dataDir: path.join(tmp, 'nightly-data'), database: t.database, databaseUrl: t.databaseUrl },
      async (f) => void steps.push(f),
      new Date(Date.UTC(2026, 11, 3, 19, 0, 0)),
    );
    expect(name).toBe('ocop-20261203-190000-nightly.tar.gz');
    expect(fs.statSync(path.join(dir, name)).size).toBeGreaterThan(10_000);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.at(-1)).toBeLessThanOrEqual(1);
    const left = fs.readdirSync(dir).filter((n) => n.endsWith('.tar.gz')).sort();
    expect(left).toEqual([night(3), name, byHand(1)].sort());
  }, 180_000);

  it('a backup started by the administrator appears in the list and in its Excel export, row for row', async () => {
    const started = await t.app.inject({ method: 'POST', url: '/api/backups', headers: { cookie: admin } });
    expect(started.statusCode).toBe(202);
    let job = started.json() as BackupJob;
    const deadline = Date.now() + 150_000;
    while ((job.status === 'queued' || job.status === 'running') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100)); // poll interval while waiting for the job
      job = (await get(admin, `/api/backups/jobs/${job.id}`)).json() as BackupJob;
    }
    expect(job.status).toBe('done');
    expect(job.progress).toBe(1);

    const list = (await get(admin, '/api/backups')).json() as BackupList;
    const b = list.items.find((x) => x.name === job.name) as Backup;
    expect(b).toBeDefined();
    expect(b.nightly).toBe(false);
    expect(b.totalRows).toBeGreaterThan(1000);
    expect(b.sizeBytes).toBeGreaterThan(10_000);

    const res = await get(admin, '/api/backups/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('sao-luu-du-lieu.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('Sao lưu dữ liệu');
    expect(sheet.getRow(1).getCell(1).value).toBe('Tệp sao lưu');
    expect(sheet.getRow(1).getCell(5).value).toBe('Tổng số bản ghi');
    expect(sheet.rowCount).toBe(1 + list.items.length);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(b.name);
    expect(row.getCell(3).value).toBe(Math.round((b.sizeBytes / 1048576) * 100) / 100);
    expect(row.getCell(5).value).toBe(b.totalRows);
    expect(row.getCell(6).value).toBe(b.uploadedFiles);
    expect(row.getCell(7).value).toBe('Thủ công');

    // administrators only
    expect((await get(qn, '/api/backups/export.xlsx')).statusCode).toBe(403);
    expect((await get(null, '/api/backups/export.xlsx')).statusCode).toBe(401);
  }, 200_000);

  it('every other demo role is refused the list, the export and the start (and no job is queued); /api/me says who may', async () => {
    const jobsBefore = ((await get(admin, '/api/backups')).json() as BackupList).jobs.length;
    const me = (cookie: string) => get(cookie, '/api/me').then((r) => (r.json() as { capabilities: string[] }).capabilities.includes('backups.manage'));
    expect(await me(admin)).toBe(true);
    for (const account of DEMO_ACCOUNTS.filter((a) => a.role !== 'admin')) {
      const cookie = await t.login(account.username);
      expect(await me(cookie), account.username).toBe(false);
      expect((await get(cookie, '/api/backups')).statusCode, account.username).toBe(403);
      expect((await get(cookie, '/api/backups/export.xlsx')).statusCode, account.username).toBe(403);
      expect((await t.app.inject({ method: 'POST', url: '/api/backups', headers: { cookie } })).statusCode, account.username).toBe(403);
    }
    expect(((await get(admin, '/api/backups')).json() as BackupList).jobs).toHaveLength(jobsBefore);
  }, 120_000);
});
