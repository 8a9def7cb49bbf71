import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, errorResponses, idParams, items, problemSchema } from './common';
import { IMPORT_KINDS } from '../domain/imports/kinds';
import { IMPORT_ACTIONS } from '../domain/policy/import';

/** Bulk import of a province's existing lists (SPEC C8). */

const tags = ['imports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const IMPORT_STATUSES = ['parsing', 'preview', 'committing', 'done', 'failed'] as const;

export const importErrorSchema = z.object({
  sheet: z.string(),
  /** Row number as the spreadsheet shows it; null for a problem of the whole sheet. */
  row: z.number().int().nullable(),
  /** The column's header in the file, else the field's name in the user's language. */
  column: z.string().nullable(),
  columnLetter: z.string().nullable(),
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});

export const importSchema = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_KINDS),
  status: z.enum(IMPORT_STATUSES),
  progress: z.number().min(0).max(1),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  committedAt: z.string().nullable(),
  summary: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), rows: z.number().int() }),
  errors: z.array(importErrorSchema),
  /** Problems beyond those listed (a badly broken file). */
  moreErrors: z.number().int(),
  /** Why the file as a whole could not be imported (not a spreadsheet, encrypted…), or the commit failed. */
  failure: z.object({ code: z.string(), message: z.string() }).nullable(),
  sheets: z.array(z.object({ sheet: z.string(), headerRow: z.number().int().nullable(), headers: z.array(z.string()), mapping: z.record(z.string(), z.string()) })),
  /** What the first rows will do. */
  rows: z.array(z.object({ sheet: z.string(), row: z.number().int(), action: z.enum(['create', 'update', 'unchanged']), label: z.string() })),
  fields: z.array(z.object({ key: z.string(), label: z.string(), required: z.boolean() })),
  actions: actionsOf(IMPORT_ACTIONS),
});
export type ImportView = z.infer<typeof importSchema>;

const started = z.object({ id: z.string(), status: z.enum(IMPORT_STATUSES) });

export const imports = {
  template: endpoint({
    method: 'GET',
    path: '/imports/templates/:kind.xlsx',
    tags,
    summary: 'Download the Excel template of an import kind',
    description: 'The columns of the kind (required ones marked), an instruction sheet, drop-down lists for codes (entity type, product group, star class, level) and a few example rows.',
    params: z.object({ kind: z.enum(IMPORT_KINDS, 'errors.imports.kind') }),
    produces: XLSX,
    response: { 400: problemSchema, 401: problemSchema, 403: problemSchema },
  }),
  list: endpoint({
    method: 'GET',
    path: '/imports',
    tags,
    summary: 'Recent imports in your jurisdiction',
    response: { 200: items(importSchema), ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/imports',
    tags,
    summary: 'Upload a list (.xlsx or .csv) to import',
    description:
      'multipart/form-data with `kind` (entities, products, certificates, figures, activities) first and then one `file` (at most 20 MB; 413 above). Answers 201 with the import in `parsing`; poll `GET /imports/{id}` until `preview` (or `failed`, with the reason: not a spreadsheet, encrypted or corrupt workbook, legacy encoding…). Nothing is written to the registry before the commit.',
    multipart: true,
    response: { 201: started, ...errorResponses, 413: problemSchema, 415: problemSchema },
  }),
  get: endpoint({
    method: 'GET',
    path: '/imports/:id',
    tags,
    summary: 'An import: status, progress, what it will do and every problem',
    params: idParams,
    response: { 200: importSchema, ...errorResponses },
  }),
  setMapping: endpoint({
    method: 'PUT',
    path: '/imports/:id/mapping',
    tags,
    summary: 'Correct the column mapping of the preview (by sheet: column index → field, null to ignore a column)',
    description: 'Parses the file again with the corrections (status `parsing`, then `preview`).',
    params: idParams,
    body: z.object({ sheets: z.record(z.string().max(200), z.record(z.string().max(4), z.string().max(40).nullable())) }).strict(),
    response: { 202: started, ...errorResponses },
  }),
  commit: endpoint({
    method: 'POST',
    path: '/imports/:id/commit',
    tags,
    summary: 'Write the previewed import, all rows or none',
    description:
      'Answers 202 and writes in the background in one transaction (status `committing`, then `done`). Refused with 409 when the preview has problems or the data it was made on changed since. Committing a committed import writes nothing.',
    params: idParams,
    response: { 202: started, ...errorResponses },
  }),
};
