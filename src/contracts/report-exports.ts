import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams, items, problemSchema } from './common';
import { REPORT_CODES, reportQuery } from './reports';
import { annualReportQuery } from './annual-report';

/**
 * Report exports as background jobs: a large report's file (or the province's annual report)
 * is produced by the job queue with its progress recorded, then downloaded by the user who
 * asked for it. The synchronous `GET /reports/{code}?format=…` stays as it is.
 */

const tags = ['reports'];

export const REPORT_EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export const EXPORT_FORMATS = ['xlsx', 'csv', 'docx', 'pdf'] as const;
export const ANNUAL_REPORT = 'annual-report' as const;

export const reportExportSchema = z.object({
  id: z.string(),
  code: z.enum([...REPORT_CODES, ANNUAL_REPORT]),
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(REPORT_EXPORT_STATUSES),
  /** 0–1: rows built and sections done, as the export code records them. */
  progress: z.number().min(0).max(1),
  /** The file's name once done. */
  fileName: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  /** Why it failed (translated), when it did. */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ReportExport = z.infer<typeof reportExportSchema>;

const reportFields = reportQuery.omit({ format: true }).shape;
export const reportExportBody = z
  .object({
    code: z.enum([...REPORT_CODES, ANNUAL_REPORT], { error: 'errors.report.unknown' }),
    format: z.enum(EXPORT_FORMATS, { error: 'errors.report.format' }),
    unit: reportFields.unit,
    from: reportFields.from,
    to: reportFields.to,
    product: reportFields.product,
    entity: reportFields.entity,
    /** annual-report: the year (the annual report takes `year`, not `from`/`to`). */
    year: annualReportQuery.shape.year.optional(),
  })
  .strict();
export type ReportExportRequest = z.input<typeof reportExportBody>;

const started = z.object({ id: z.string(), status: z.enum(REPORT_EXPORT_STATUSES) });

export const reportExports = {
  create: endpoint({
    method: 'POST',
    path: '/report-exports',
    tags,
    summary: 'Start a report export (or the annual report) as a background job',
    description:
      'Checks the parameters and the jurisdiction as `GET /reports/{code}` does (400 naming the parameter, 404 outside the jurisdiction) and answers 202; poll `GET /report-exports/{id}` for `progress` until `done`, then fetch the file. `code` `annual-report` takes `year` (and `unit`, a province) and always produces `.docx`.',
    body: reportExportBody,
    response: { 202: started, ...errorResponses },
  }),
  list: endpoint({
    method: 'GET',
    path: '/report-exports',
    tags,
    summary: 'Your recent report exports',
    response: { 200: items(reportExportSchema), ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/report-exports/:id',
    tags,
    summary: 'A report export: status and progress (only the user who started it)',
    params: idParams,
    response: { 200: reportExportSchema, ...errorResponses },
  }),
  file: endpoint({
    method: 'GET',
    path: '/report-exports/:id/file',
    tags,
    summary: 'The file of a finished report export (only the user who started it)',
    description: '409 while the export is still running or when it failed.',
    params: idParams,
    produces: 'application/octet-stream',
    response: { 400: problemSchema, 401: problemSchema, 404: problemSchema, 409: problemSchema },
  }),
};
