import fs from 'node:fs';
import path from 'node:path';
import type { Db, Executor } from '../../db/client';
import * as repo from '../../db/repositories/report-exports.repository';
import { enqueue } from '../../db/repositories/jobs.repository';
import { ANNUAL_REPORT, type ReportExport, type reportExportBody } from '../../contracts/report-exports';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import { authorize, type Actor } from '../../domain/policy';
import type { ReportCode } from '../../domain/reports/catalogue';
import type { Lang } from '../../i18n/lang';
import type { z } from 'zod';
import { t } from './builder';
import { checkReportRequest, renderReport } from './reports.service';
import { annualReportDocx } from './annual-report';

/**
 * Report exports as background jobs (issue 9 item 5, issue 10 item 4): the request is checked
 * at once (400/404 as the synchronous export), then the job queue computes and renders the file
 * recording its progress, and keeps the file in the uploads folder for the user who asked.
 */

export const REPORT_EXPORT_JOB = 'report.export';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Where finished exports are kept: `<uploads>/report-exports/<id>.<ext>`. */
export class ReportExportFiles {
  constructor(readonly root: string) {}
  path(storedName: string): string {
    if (!/^[0-9a-f-]{36}\.(xlsx|csv|docx|pdf)$/.test(storedName)) throw new Error('invalid report export file name');
    return path.join(this.root, 'report-exports', storedName);
  }
}

export interface ReportExportDeps {
  db: Db;
  /** Wakes this process's worker (the job was just enqueued). */
  poke?: () => void;
}

type Body = z.output<typeof reportExportBody>;

function view(row: repo.ReportExportRow): ReportExport {
  return {
    id: row.id,
    code: row.code as ReportExport['code'],
    format: row.format as ReportExport['format'],
    status: row.status as ReportExport['status'],
    progress: Math.max(0, Math.min(1, row.progress)),
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

function paramsOf(body: Body): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k of ['unit', 'from', 'to', 'product', 'entity', 'year'] as const) if (body[k] !== undefined) out[k] = body[k]!;
  return out;
}

/** Checks the request as the synchronous export would, records it and enqueues its job (202). */
export async function startReportExport(deps: ReportExportDeps, actor: Actor, body: Body, lang: Lang): Promise<{ id: string; status: ReportExport['status'] }> {
  if (body.code === ANNUAL_REPORT) {
    if (body.format !== 'docx') throw new ValidationError([{ path: 'format', code: 'errors.reportExport.annualDocx' }]);
    if (body.year === undefined) throw new ValidationError([{ path: 'year', code: 'errors.report.year' }]);
    const unit = body.unit ?? actor.provinceCode ?? undefined;
    if (!unit || !/^\d{2}$/.test(unit)) throw new ValidationError([{ path: 'unit', code: 'errors.annualReport.unit' }]);
    // the annual report starts with products-by-star of the province's year: the same checks
    await checkReportRequest(deps.db, actor, 'products-by-star', { unit, from: body.year, to: body.year, format: 'json' }, lang);
  } else {
    await checkReportRequest(deps.db, actor, body.code, { ...body, format: body.format }, lang);
  }
  const row = await repo.insertReportExport(deps.db, { requestedById: actor.id, code: body.code, format: body.format, params: paramsOf(body), lang });
  await enqueue(deps.db, { type: REPORT_EXPORT_JOB, payload: { exportId: row.id, actor }, uniqueKey: `${REPORT_EXPORT_JOB}:${row.id}`, maxAttempts: 3 });
  deps.poke?.();
  return { id: row.id, status: 'queued' };
}

async function load(db: Executor, actor: Actor, id: string): Promise<repo.ReportExportRow> {
  const row = await repo.getReportExport(db, id);
  if (!row) throw new NotFoundError('reportExport');
  authorize(actor, 'read', 'reportExport', row);
  return row;
}

export async function getReportExport(db: Executor, actor: Actor, id: string): Promise<ReportExport> {
  return view(await load(db, actor, id));
}

export async function listReportExports(db: Executor, actor: Actor): Promise<ReportExport[]> {
  return (await repo.userReportExports(db, actor.id)).map(view);
}

/** The finished file (409 while it runs or when it failed). */
export async function reportExportFile(db: Executor, files: ReportExportFiles, actor: Actor, id: string) {
  const row = await load(db, actor, id);
  if (row.status !== 'done' || !row.storedName) throw new ConflictError('errors.reportExport.notReady');
  const file = files.path(row.storedName);
  if (!fs.existsSync(file)) throw new NotFoundError('reportExport');
  return { stream: fs.createReadStream(file), fileName: row.fileName!, contentType: row.contentType!, sizeBytes: row.sizeBytes };
}

/**
 * The job: computes and renders the file, recording progress (figures computed, rows written,
 * sections done), writes it beside the uploads and marks the export done. A refusal (the user
 * lost the unit from their jurisdiction since) fails the export with its message; anything else
 * is retried by the queue and fails the export on the last attempt.
 */
export async function runReportExport(
  db: Db,
  readDb: Executor,
  files: ReportExportFiles,
  job: { exportId: string; actor: Actor; lastAttempt: boolean },
  progress: (value: number) => Promise<void>,
): Promise<void> {
  const row = await repo.getReportExport(db, job.exportId);
  if (!row || row.status === 'done' || row.status === 'failed') return;
  await repo.updateReportExport(db, row.id, { status: 'running', progress: 0.02 });
  const lang = row.lang as Lang;
  let last = 0;
  const record = async (value: number) => {
    // progress rows are cheap, but not every row: steps of 2 %
    if (value - last < 0.02 && value < 1) return;
    last = value;
    await repo.setReportExportProgress(db, row.id, value);
    await progress(value);
  };
  try {
    const p = row.params as Record<string, string | number | undefined>;
    let file: { body: Buffer; contentType: string; name: string };
    if (row.code === ANNUAL_REPORT) {
      const doc = await annualReportDocx(readDb, job.actor, { unit: p.unit as string | undefined, year: Number(p.year) }, lang, record);
      file = { body: doc.body, contentType: DOCX, name: `${doc.fileName}.docx` };
    } else {
      const query = {
        unit: p.unit as string | undefined,
        from: p.from === undefined ? undefined : Number(p.from),
        to: p.to === undefined ? undefined : Number(p.to),
        product: p.product as string | undefined,
        entity: p.entity as string | undefined,
        format: row.format as 'xlsx' | 'csv' | 'docx' | 'pdf',
      };
      const r = await renderReport(readDb, job.actor, row.code as ReportCode, query, lang, record);
      file = { body: r.body, contentType: r.contentType, name: `${r.fileName}.${r.extension}` };
    }
    const storedName = `${row.id}.${path.extname(file.name).slice(1)}`;
    const target = files.path(storedName);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(`${target}.partial`, file.body);
    fs.renameSync(`${target}.partial`, target);
    await repo.updateReportExport(db, row.id, {
      status: 'done', progress: 1, fileName: file.name, contentType: file.contentType, storedName, sizeBytes: file.body.length, finishedAt: new Date(),
    });
  } catch (e) {
    if (e instanceof AppError || job.lastAttempt) {
      const message = e instanceof AppError ? t(lang, e.code, e.params) : t(lang, 'errors.reportExport.failed');
      await repo.updateReportExport(db, row.id, { status: 'failed', error: message, finishedAt: new Date() });
      if (e instanceof AppError) return;
    }
    throw e;
  }
}
