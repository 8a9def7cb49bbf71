import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, items } from './common';
import { COLUMN_KINDS, REPORT_CODES, REPORT_FORMATS, type ReportCode } from '../domain/reports/catalogue';
import { UNIT_LEVELS } from '../domain/units/structure';

/**
 * Programme reports (SPEC C5): every figure computed from records for a unit and a range of
 * years, with the previous period beside it. Stable interface — other systems rely on it:
 * `GET /api/reports` and `GET /api/reports/{code}?unit=&from=&to=&format=&product=`.
 */

const tags = ['reports'];
export { REPORT_CODES, REPORT_FORMATS, COLUMN_KINDS, type ReportCode };

export const reportParameterSchema = z.object({
  name: z.enum(['unit', 'from', 'to', 'product', 'entity']),
  required: z.boolean(),
});

export const reportInfoSchema = z.object({
  code: z.enum(REPORT_CODES),
  title: z.string(),
  description: z.string(),
  parameters: z.array(reportParameterSchema),
  /** Formats this server can produce the report in (json always; files as their renderers exist). */
  formats: z.array(z.enum(REPORT_FORMATS)),
});
export type ReportInfo = z.infer<typeof reportInfoSchema>;

export const reportColumnSchema = z.object({
  key: z.string(),
  /** Translated header (Accept-Language; Vietnamese by default). */
  label: z.string(),
  kind: z.enum(COLUMN_KINDS),
  /** Columns sharing a group are shown under one spanning header (e.g. a star class, "previous period"). */
  group: z.string().optional(),
});
export type ReportColumn = z.infer<typeof reportColumnSchema>;

/** A cell: numbers as numbers, percentages as numbers in percent (74.36), null when there is no value. */
export const reportCellSchema = z.union([z.string(), z.number(), z.null()]);
export const reportRowSchema = z.record(z.string(), reportCellSchema);
export type ReportRow = z.infer<typeof reportRowSchema>;

/** A further table of the same report (e.g. the product list beside the counts by star). */
export const reportTableSchema = z.object({
  key: z.string(),
  title: z.string(),
  columns: z.array(reportColumnSchema),
  /**
   * The list's rows; a long list (the nation's products or entities) holds only its first
   * `REPORT_LIST_LIMIT` rows in JSON — `total` says how many there are, and the .xlsx/.csv
   * exports carry them all (docs/reports.md).
   */
  rows: z.array(reportRowSchema),
  /** How many rows the full list has (= `rows.length` unless the list was cut). */
  total: z.number().int(),
  totals: reportRowSchema.nullable(),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

export const reportUnitSchema = z.object({
  /** `VN` for the nation. */
  code: z.string(),
  name: z.string(),
  structure: z.enum(['current', 'legacy']),
  level: z.enum(['nation', ...UNIT_LEVELS]),
  /** Current-structure province of the unit (null for the nation). */
  provinceCode: z.string().nullable(),
});
export type ReportUnit = z.infer<typeof reportUnitSchema>;

export const reportSchema = z.object({
  code: z.enum(REPORT_CODES),
  title: z.string(),
  unit: reportUnitSchema,
  from: z.number().int(),
  to: z.number().int(),
  columns: z.array(reportColumnSchema),
  rows: z.array(reportRowSchema),
  /** The totals row (same keys as the rows), when the report has one. */
  totals: reportRowSchema.nullable(),
  /**
   * The previous period the figures are compared with: the same number of years just before
   * `from` (by-year reports compare each year with the year before it, the first one with
   * `from − 1`). Columns of the comparison carry the translated group "previous period" or "change"
   * (keys `<figure>Previous`, `<figure>Change`, `<figure>ChangePct`).
   */
  comparison: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  /** Further tables (the product list, localities without products…). */
  tables: z.array(reportTableSchema),
  /** How the report counts (translated sentences), e.g. that a re-recognised product counts once. */
  notes: z.array(z.string()),
  /** True when only certified data are shown (the public's reports). */
  certifiedOnly: z.boolean(),
  generatedAt: z.string(),
});
export type Report = z.infer<typeof reportSchema>;

const year = (name: string) =>
  z.coerce
    .number({ error: 'errors.report.year' })
    .int({ error: 'errors.report.year' })
    .min(2000, { error: 'errors.report.year' })
    .max(2100, { error: 'errors.report.year' })
    .optional()
    .describe(`${name} year (2000 … next year)`);

export const reportParams = z.object({ code: z.enum(REPORT_CODES, { error: 'errors.report.unknown' }) });

export const reportQuery = z.object({
  unit: z
    .string()
    .max(20)
    .regex(/^(VN|(legacy:)?\d{2,5})$/, { error: 'errors.report.unit' })
    .optional()
    .describe(
      "`VN` (the nation), a current province (2 digits) or commune (5), a legacy district (3 digits), or `legacy:<code>` for a legacy province or commune (a 2-digit code that is no current province is the legacy one). Default: the user's unit (the nation for the public).",
    ),
  from: year('First'),
  to: year('Last'),
  format: z.enum(REPORT_FORMATS, { error: 'errors.report.format' }).default('json'),
  product: z.uuid({ error: 'errors.report.product' }).optional().describe('product-growth: the product'),
  entity: z.uuid({ error: 'errors.report.entity' }).optional().describe("product-growth: an entity (all of its products' figures summed)"),
});
export type ReportQuery = z.input<typeof reportQuery>;

export const reports = {
  list: endpoint({
    method: 'GET',
    path: '/reports',
    tags,
    summary: 'The reports the user may run',
    response: { 200: items(reportInfoSchema), ...errorResponses },
  }),
  run: endpoint({
    method: 'GET',
    path: '/reports/:code',
    tags,
    summary: 'Run a report for a unit and a range of years (JSON, or a file in the chosen format)',
    description:
      'Every figure is computed from records. `from`/`to` default to the current year (`from` to `to`); `from` > `to`, years before 2000 or after next year, an unknown unit or product or format answer 400 naming the parameter. A unit outside the user\'s jurisdiction answers 404. Legacy records roll up into the current units through the unit mapping; a legacy unit shows its own history. With `format=xlsx|csv|docx|pdf` the answer is the file (attachment). A long list in `tables` (the products of products-by-star, the entities of entities) holds its first 1,000 rows in JSON, .docx and .pdf, in order of first year and name, with `total` giving its full length and a note saying so; the .xlsx and .csv files hold the whole list. The counts of the report are always over every record.',
    params: reportParams,
    querystring: reportQuery,
    response: { 200: reportSchema, ...errorResponses },
  }),
};
