import { pgTable, text, uuid, integer, real, timestamp, jsonb, index, bigint } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * Bulk imports (SPEC C8): one row per uploaded list, from parsing through preview to commit.
 * The file itself stays in the uploads folder (`stored_name`): a corrected column mapping or the
 * commit read it again, so no parsed rows are kept here.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // entities | products | certificates | figures | activities
    status: text('status').notNull(), // parsing | preview | committing | done | failed
    progress: real('progress').notNull().default(0),
    fileName: text('file_name').notNull(),
    storedName: text('stored_name').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    /** The province imported into; '' for a national office's import. */
    provinceCode: text('province_code').notNull(),
    createdById: uuid('created_by_id'),
    createdByName: text('created_by_name'),
    /** The user's corrections of the column mapping, by sheet name: { sheet: { column: field } }. */
    mappings: jsonb('mappings').$type<Record<string, Record<string, string>>>().notNull().default({}),
    /** Sheets found: name, header row, headers, mapping in force. */
    sheets: jsonb('sheets').$type<unknown[]>().notNull().default([]),
    summary: jsonb('summary').$type<Record<string, number>>().notNull().default({}),
    problems: jsonb('problems').$type<unknown[]>().notNull().default([]),
    moreProblems: integer('more_problems').notNull().default(0),
    /** The preview's rows: what each will do (first rows only, for the screen). */
    sample: jsonb('sample').$type<unknown[]>().notNull().default([]),
    /** A digest of what the preview matched (record ids and versions): a commit that finds another refuses. */
    planDigest: text('plan_digest'),
    /** Why the file was refused as a whole (a message key under imports.refused.). */
    failure: text('failure'),
    failureParams: jsonb('failure_params').$type<Record<string, string | number>>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [index('imports_province_idx').on(t.provinceCode, t.createdAt), index('imports_sha_idx').on(t.sha256).where(sql`${t.status} = 'done'`)],
);
