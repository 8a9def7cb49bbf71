import type { Database, Db } from '../../db/client';
import { enqueue } from '../../db/repositories/jobs.repository';
import type { Actor } from '../../domain/policy';
import type { AuditActor } from '../audit.service';
import { runScheduledReminders } from '../certificates.service';
import * as imports from '../imports/imports.service';
import { Worker, type DailySchedule, type JobHandler } from './worker';
import type { Executor } from '../../db/client';
import { REPORT_EXPORT_JOB, runReportExport, type ReportExportFiles } from '../reports/exports.service';
import { BACKUP_JOB, NIGHTLY_JOB, runBackupJob, runNightlyBackup, type BackupStore } from '../backup/backups.service';
import { MAINTENANCE_JOB, runDatabaseMaintenance } from '../maintenance/database-maintenance';

/** Daily runs: expiry reminders in the morning, the backup and the embedded database's housekeeping at night (Vietnam time). */
export const DAILY_SCHEDULES: DailySchedule[] = [
  { type: 'certificates.remind', hourVn: 6 },
  { type: 'backup.nightly', hourVn: 2 },
  { type: MAINTENANCE_JOB, hourVn: 3 },
];

export interface PlatformJobsOptions {
  db: Db;
  importFiles: imports.ImportFiles;
  /** Enqueue the daily runs (the server does; tests and CLI tools do not). */
  schedules?: boolean;
  /** Where finished report exports are kept, and the database they read from (a replica, else db). */
  reportExports?: { files: ReportExportFiles; readDb?: Executor };
  /** The backup folder and the database to back up (the backup jobs, the nightly one included). */
  backups?: BackupStore;
  /** The database itself, for its nightly housekeeping (embedded PGlite only: PostgreSQL has autovacuum). */
  database?: Database;
  /** Extra handlers (tests). */
  handlers?: Record<string, JobHandler>;
  log?: (message: string, error?: unknown) => void;
  pollMs?: number;
  leaseMs?: number;
}

/** The platform's job types, the worker that runs them and the scheduler imports use. */
export function platformJobs(o: PlatformJobsOptions) {
  const handlers: Record<string, JobHandler> = {
    'import.preview': async ({ db, job }) => {
      const p = job.payload as { importId: string; actor: Actor };
      await imports.runPreview(db, o.importFiles, p.importId, p.actor);
    },
    'import.commit': async ({ db, job }) => {
      const p = job.payload as { importId: string; actor: Actor; who: AuditActor };
      await imports.runCommit(db, o.importFiles, p.importId, p.actor, p.who);
    },
    'certificates.remind': async ({ db }) => {
      await runScheduledReminders(db);
    },
    ...(o.reportExports && {
      [REPORT_EXPORT_JOB]: async ({ db, job, progress }) => {
        const p = job.payload as { exportId: string; actor: Actor };
        await runReportExport(db, o.reportExports!.readDb ?? db, o.reportExports!.files, { ...p, lastAttempt: job.attempts >= job.maxAttempts }, progress);
      },
    }),
    ...(o.backups && {
      [BACKUP_JOB]: async ({ job, progress }) => runBackupJob(o.backups!, (job.payload as { name: string }).name, progress),
      [NIGHTLY_JOB]: async ({ progress }) => {
        await runNightlyBackup(o.backups!, progress);
      },
    }),
    ...(o.database?.kind === 'pglite' && {
      [MAINTENANCE_JOB]: async () => {
        await runDatabaseMaintenance(o.database!);
      },
    }),
    ...o.handlers,
  };
  const worker = new Worker(o.db, handlers, { schedules: o.schedules ? DAILY_SCHEDULES.filter((s) => s.type in handlers) : [], log: o.log, pollMs: o.pollMs, leaseMs: o.leaseMs });
  const scheduler: imports.ImportScheduler = {
    async preview(importId, actor) {
      // one job per import and step: a double click enqueues once
      await enqueue(o.db, { type: 'import.preview', payload: { importId, actor }, uniqueKey: `import.preview:${importId}:${Date.now()}` });
      worker.poke();
    },
    async commit(importId, actor, who) {
      await enqueue(o.db, { type: 'import.commit', payload: { importId, actor, who }, uniqueKey: `import.commit:${importId}`, maxAttempts: 3 });
      worker.poke();
    },
  };
  return { worker, scheduler, handlers };
}
