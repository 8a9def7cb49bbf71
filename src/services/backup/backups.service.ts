import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import type { Database, Executor } from '../../db/client';
import { enqueue, getJob, recentJobs, type JobRow } from '../../db/repositories/jobs.repository';
import { BACKUP_NAME, type Backup, type BackupJob, type BackupList } from '../../contracts/backups';
import { ForbiddenError, NotFoundError } from '../../domain/errors';
import { authorize, mayAnywhere, type Actor } from '../../domain/policy';
import { MANIFEST, type Manifest } from './archive';
import { createBackup, manifestFileOf } from './backup.service';
import { toXlsx } from '../exports/xlsx';
import { MESSAGES, translateFrom } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import { VIETNAM_TIME_ZONE } from '../../domain/dates';

/**
 * Backups from the server (the administrator screen and the nightly job): written by the job
 * queue into the backup folder (BACKUP_DIR, the folder `npm run backup` writes to as well),
 * listed from their manifests, downloaded by administrators. The nightly job keeps the last
 * BACKUP_KEEP nightly backups; backups started by hand are never deleted by it.
 */

export const BACKUP_JOB = 'backup.create';
export const NIGHTLY_JOB = 'backup.nightly';

export interface BackupStore {
  /** BACKUP_DIR. */
  dir: string;
  /** How many nightly backups to keep. */
  keep: number;
  /** DATA_DIR: its uploads are part of every backup. */
  dataDir: string;
  /** The server's own database (the embedded one is dumped live, PostgreSQL with pg_dump). */
  database: Database;
  /** PostgreSQL's address for pg_dump (DATABASE_URL). */
  databaseUrl?: string;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
}

export function backupFileName(d: Date, nightly: boolean): string {
  return `ocop-${stamp(d)}${nightly ? '-nightly' : ''}.tar.gz`;
}

async function readManifest(file: string): Promise<Manifest | null> {
  const side = manifestFileOf(file);
  try {
    if (fs.existsSync(side)) return JSON.parse(fs.readFileSync(side, 'utf8')) as Manifest;
    // a backup copied in without its side file: the manifest from the archive (its first entry)
    let text = '';
    await tar.t({
      file,
      filter: (p) => p === MANIFEST,
      onReadEntry: (entry) => entry.on('data', (c: Buffer) => (text += c.toString('utf8'))),
    });
    return text ? (JSON.parse(text) as Manifest) : null;
  } catch {
    return null;
  }
}

async function describe(dir: string, name: string): Promise<Backup> {
  const file = path.join(dir, name);
  const stat = fs.statSync(file);
  const m = await readManifest(file);
  const tables = m?.tables ?? {};
  return {
    name,
    createdAt: m?.createdAt ?? stat.mtime.toISOString(),
    sizeBytes: stat.size,
    database: m?.database.kind ?? null,
    appVersion: m?.appVersion ?? null,
    tables,
    totalRows: Object.values(tables).reduce((a, b) => a + b, 0),
    uploadedFiles: m ? Object.keys(m.files).filter((f) => f.startsWith('uploads/')).length : 0,
    nightly: name.endsWith('-nightly.tar.gz'),
  };
}

function backupNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((n) => BACKUP_NAME.test(n) && fs.statSync(path.join(dir, n)).isFile());
}

function jobView(row: JobRow): BackupJob {
  const p = row.payload as { name?: string };
  return {
    id: row.id,
    status: row.status as BackupJob['status'],
    progress: Math.max(0, Math.min(1, row.progress)),
    name: row.status === 'done' ? (p.name ?? null) : null,
    error: row.status === 'failed' ? row.lastError : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

function requireAdmin(actor: Actor): void {
  if (!mayAnywhere(actor, 'create', 'backup')) throw new ForbiddenError();
}

export async function listBackups(db: Executor, store: Pick<BackupStore, 'dir' | 'keep'>, actor: Actor): Promise<BackupList> {
  requireAdmin(actor);
  const items = await Promise.all(backupNames(store.dir).map((n) => describe(store.dir, n)));
  items.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  const jobs = [...(await recentJobs(db, BACKUP_JOB, 10)), ...(await recentJobs(db, NIGHTLY_JOB, 3))]
    .sort((a, b) => Number(b.status === 'running' || b.status === 'queued') - Number(a.status === 'running' || a.status === 'queued') || b.createdAt.getTime() - a.createdAt.getTime())
    .map(jobView);
  return { items, jobs, keep: store.keep };
}

/** The backup list as a workbook (the screen's table: sizes in MB, times in Vietnam time). */
export async function exportBackups(db: Executor, store: Pick<BackupStore, 'dir' | 'keep'>, actor: Actor, lang: Lang): Promise<Buffer> {
  const { items } = await listBackups(db, store, actor);
  const t = (l: Lang, key: string) => translateFrom(MESSAGES[l], key);
  const time = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: VIETNAM_TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' });
  return toXlsx<Backup>(t(lang, 'backupsUi.title'), [
    { header: t(lang, 'backupsUi.col.name'), width: 36, value: (b) => b.name },
    { header: t(lang, 'backupsUi.col.createdAt'), width: 22, value: (b) => time.format(new Date(b.createdAt)) },
    { header: t(lang, 'backupsUi.col.sizeMb'), width: 14, numFmt: '#,##0.00', value: (b) => Math.round((b.sizeBytes / 1048576) * 100) / 100 },
    { header: t(lang, 'backupsUi.col.database'), width: 16, value: (b) => (b.database ? t(lang, `backupsUi.db.${b.database}`) : '') },
    { header: t(lang, 'backupsUi.col.rows'), width: 16, numFmt: '#,##0', value: (b) => b.totalRows },
    { header: t(lang, 'backupsUi.col.files'), width: 16, numFmt: '#,##0', value: (b) => b.uploadedFiles },
    { header: t(lang, 'backupsUi.col.kind'), width: 14, value: (b) => t(lang, b.nightly ? 'backupsUi.nightly' : 'backupsUi.manual') },
    { header: t(lang, 'backupsUi.col.appVersion'), width: 12, value: (b) => b.appVersion },
  ], items);
}

/** Starts a backup as a job; its file name is chosen now, so the job's row says what it writes. */
export async function startBackup(db: Executor, actor: Actor, poke?: () => void): Promise<BackupJob> {
  requireAdmin(actor);
  const now = new Date();
  const name = backupFileName(now, false);
  const row = await enqueue(db, { type: BACKUP_JOB, payload: { name, by: actor.id }, uniqueKey: `${BACKUP_JOB}:${name}`, maxAttempts: 2 });
  // two starts within the same second: the first one's job
  const job = row ?? (await recentJobs(db, BACKUP_JOB, 1))[0]!;
  poke?.();
  return jobView(job);
}

export async function backupJob(db: Executor, actor: Actor, id: string): Promise<BackupJob> {
  authorize(actor, 'read', 'backup', {});
  const row = await getJob(db, id);
  if (!row || (row.type !== BACKUP_JOB && row.type !== NIGHTLY_JOB)) throw new NotFoundError('backup');
  return jobView(row);
}

/** The file of a backup, for download (404 for anyone but an administrator, or an unknown name). */
export function backupFile(store: Pick<BackupStore, 'dir'>, actor: Actor, name: string): { file: string; sizeBytes: number } {
  authorize(actor, 'read', 'backup', { name });
  if (!BACKUP_NAME.test(name)) throw new NotFoundError('backup');
  const file = path.join(store.dir, name);
  if (!fs.existsSync(file)) throw new NotFoundError('backup');
  return { file, sizeBytes: fs.statSync(file).size };
}

/** The job: writes the backup into the folder, recording progress by step. */
export async function runBackupJob(store: BackupStore, name: string, progress: (f: number) => Promise<void>): Promise<void> {
  fs.mkdirSync(store.dir, { recursive: true });
  await createBackup({ database: store.database, databaseUrl: store.databaseUrl, dataDir: store.dataDir, file: path.join(store.dir, name), progress });
}

/** The nightly job: a backup named by the night, then only the last `keep` nightly ones are kept. */
export async function runNightlyBackup(store: BackupStore, progress: (f: number) => Promise<void>, now = new Date()): Promise<string> {
  const name = backupFileName(now, true);
  await runBackupJob(store, name, progress);
  pruneNightly(store);
  return name;
}

export function pruneNightly(store: Pick<BackupStore, 'dir' | 'keep'>): string[] {
  const nightly = backupNames(store.dir).filter((n) => n.endsWith('-nightly.tar.gz')).sort().reverse();
  const removed = nightly.slice(store.keep);
  for (const n of removed) {
    fs.rmSync(path.join(store.dir, n), { force: true });
    fs.rmSync(manifestFileOf(path.join(store.dir, n)), { force: true });
  }
  return removed;
}
