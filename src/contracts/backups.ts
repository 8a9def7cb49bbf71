import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams, problemSchema } from './common';

/** Backups of the database and the uploaded files (administrators only): list, start, download. */

const tags = ['backups'];

export const BACKUP_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
/** The name of a backup file: ocop-YYYYMMDD-HHMMSS(-nightly).tar.gz and the like, never a path. */
export const BACKUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.tar\.gz$/;

export const backupSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  database: z.enum(['pglite', 'postgres']).nullable(),
  appVersion: z.string().nullable(),
  /** Rows per table (`schema.table`), from the manifest. */
  tables: z.record(z.string(), z.number().int()),
  totalRows: z.number().int(),
  uploadedFiles: z.number().int(),
  /** Written by the nightly job rather than by a person. */
  nightly: z.boolean(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupJobSchema = z.object({
  id: z.string(),
  status: z.enum(BACKUP_JOB_STATUSES),
  progress: z.number().min(0).max(1),
  /** The file it wrote, once done. */
  name: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type BackupJob = z.infer<typeof backupJobSchema>;

export const backupListSchema = z.object({
  items: z.array(backupSchema),
  /** Recent backup jobs (running ones first), with their progress. */
  jobs: z.array(backupJobSchema),
  /** How many backups the nightly job keeps (BACKUP_KEEP). */
  keep: z.number().int(),
});

export const backups = {
  list: endpoint({
    method: 'GET',
    path: '/backups',
    tags,
    summary: 'Backups on the server (newest first) and the recent backup jobs',
    response: { 200: backupListSchema, ...errorResponses },
  }),
  export: endpoint({
    method: 'GET',
    path: '/backups/export.xlsx',
    tags,
    summary: 'The list of backups as an Excel workbook',
    produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    response: { 401: problemSchema, 403: problemSchema },
  }),
  create: endpoint({
    method: 'POST',
    path: '/backups',
    tags,
    summary: 'Start a backup (a background job)',
    description: 'Answers 202 with the job; poll `GET /backups/jobs/{id}` for its progress.',
    response: { 202: backupJobSchema, ...errorResponses },
  }),
  job: endpoint({
    method: 'GET',
    path: '/backups/jobs/:id',
    tags,
    summary: 'A backup job: status and progress',
    params: idParams,
    response: { 200: backupJobSchema, ...errorResponses },
  }),
  file: endpoint({
    method: 'GET',
    path: '/backups/:name',
    tags,
    summary: 'Download a backup file',
    params: z.object({ name: z.string().max(130).regex(BACKUP_NAME, { error: 'errors.backup.name' }) }),
    produces: 'application/gzip',
    response: { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema },
  }),
};
export type BackupList = z.infer<typeof backupListSchema>;
