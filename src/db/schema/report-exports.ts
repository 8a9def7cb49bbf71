import { pgTable, text, uuid, real, timestamp, jsonb, index, bigint } from 'drizzle-orm/pg-core';

/**
 * Report exports run as background jobs (a large report's file, the province's annual report):
 * one row per request, with its progress while the job runs and, once done, the file it wrote
 * (kept in the uploads folder under `stored_name`). Only the user who asked may read it.
 */
export const reportExports = pgTable(
  'report_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestedById: uuid('requested_by_id').notNull(),
    /** A report code of the catalogue, or `annual-report`. */
    code: text('code').notNull(),
    format: text('format').notNull(), // xlsx | csv | docx | pdf
    /** The report's parameters as asked (unit, from, to, product, entity; year for the annual report). */
    params: jsonb('params').$type<Record<string, string | number>>().notNull().default({}),
    lang: text('lang').notNull(),
    status: text('status').notNull().default('queued'), // queued | running | done | failed
    progress: real('progress').notNull().default(0),
    fileName: text('file_name'),
    contentType: text('content_type'),
    storedName: text('stored_name'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    /** Why it failed: a problem title or message for the user. */
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('report_exports_user_idx').on(t.requestedById, t.createdAt)],
);
