import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses } from './common';

/**
 * The province's annual OCOP report (shaped like a provincial report to the ministry:
 * organisation, training, communication, evaluation results by star, entity type and
 * locality, trade promotion, funding, targets against achievements, next year's targets),
 * assembled from the reports of the year into one Word document for the officer to edit and sign.
 */

const tags = ['reports'];

export const annualReportQuery = z.object({
  unit: z
    .string()
    .regex(/^\d{2}$/, { error: 'errors.annualReport.unit' })
    .optional()
    .describe("A current province (2 digits). Default: the user's province."),
  year: z.coerce.number({ error: 'errors.report.year' }).int({ error: 'errors.report.year' }).min(2000, { error: 'errors.report.year' }).max(2100, { error: 'errors.report.year' }),
});
export type AnnualReportQuery = z.input<typeof annualReportQuery>;

export const annualReport = {
  get: endpoint({
    method: 'GET',
    path: '/annual-report',
    tags,
    summary: "A province's annual OCOP report for a year, as an editable Word document",
    description: 'Every figure comes from the reports of the year (the same SQL). A province outside the user\'s jurisdiction answers 404; a year after next year 400.',
    querystring: annualReportQuery,
    produces: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    response: { 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
  }),
};
