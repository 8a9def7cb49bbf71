import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams, noContent, page, pagination } from './common';
import { cycleItemSchema } from './cycle-items';
import { capitalBySourceSchema, isoDateSchema, supportRecordSchema, SUPPORT_KINDS, type CapitalSource } from '../domain/cycle';

/** Step 4 of the annual cycle: implementing an accepted business plan (support, capital, progress notes). */

const tags = ['cycle: implementation'];

export const supportSchema = z.object({
  id: z.string(),
  kind: z.enum(SUPPORT_KINDS),
  date: z.string(),
  provider: z.string(),
  amountVnd: z.number().nullable(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Support = z.infer<typeof supportSchema>;

/** VND by capital source (CAPITAL_SOURCES). */
const bySource = {
  own: z.number(),
  credit: z.number(),
  provincialBudget: z.number(),
  districtBudget: z.number(),
  integratedProgrammes: z.number(),
  other: z.number(),
} satisfies Record<CapitalSource, z.ZodNumber>;

export const capitalSchema = z.object({
  year: z.number(),
  ...bySource,
  totalVnd: z.number(),
  updatedAt: z.string(),
});
export type Capital = z.infer<typeof capitalSchema>;

export const noteSchema = z.object({ id: z.string(), date: z.string(), text: z.string(), createdBy: z.string().nullable(), createdAt: z.string() });
export type ProgressNote = z.infer<typeof noteSchema>;

export const implementationSchema = z.object({
  plan: cycleItemSchema,
  canEdit: z.boolean().describe('the signed-in user may record support, capital and notes now (the plan is accepted)'),
  support: z.array(supportSchema),
  capital: z.array(capitalSchema),
  notes: z.array(noteSchema),
  totals: z.object({ supportCount: z.number(), supportVnd: z.number(), capitalBySource: z.object(bySource), capitalVnd: z.number() }),
});
export type Implementation = z.infer<typeof implementationSchema>;

export const implementationItemSchema = cycleItemSchema.extend({ supportCount: z.number(), capitalVnd: z.number(), notesCount: z.number() });
export type ImplementationItem = z.infer<typeof implementationItemSchema>;

export const implementationListQuery = z.object({
  cycleYear: z.coerce.number().int().optional(),
  unit: z.string().max(5).optional(),
  q: z.string().max(200).optional(),
  ...pagination,
});
export type ImplementationFilters = z.input<typeof implementationListQuery>;

const yearParams = z.object({ id: z.uuid('errors.notFound'), year: z.coerce.number().int().min(2013).max(2100) });

export const implementation = {
  list: endpoint({
    method: 'GET',
    path: '/implementation',
    tags,
    summary: 'Accepted business plans in implementation (step 4), with support and capital totals',
    querystring: implementationListQuery,
    response: { 200: page(implementationItemSchema), ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/business-plans/:id/implementation',
    tags,
    summary: 'Support received, capital mobilised by source and year, progress notes',
    params: idParams,
    response: { 200: implementationSchema, ...errorResponses },
  }),
  addSupport: endpoint({
    method: 'POST',
    path: '/business-plans/:id/implementation/support',
    tags,
    summary: 'Record support received (training, on-site advice, loan, S&T project, IP/trademark help, packaging/design help)',
    params: idParams,
    body: supportRecordSchema,
    response: { 201: supportSchema, ...errorResponses },
  }),
  removeSupport: endpoint({
    method: 'DELETE',
    path: '/business-plans/:id/implementation/support/:supportId',
    tags,
    summary: 'Remove a support record',
    params: z.object({ id: z.uuid('errors.notFound'), supportId: z.uuid('errors.notFound') }),
    response: { 204: noContent, ...errorResponses },
  }),
  putCapital: endpoint({
    method: 'PUT',
    path: '/business-plans/:id/implementation/capital/:year',
    tags,
    summary: 'Set the capital mobilised in a year, by source (VND): own, credit, provincial budget, district budget, integrated programmes, other',
    params: yearParams,
    body: capitalBySourceSchema,
    response: { 200: capitalSchema, ...errorResponses },
  }),
  removeCapital: endpoint({
    method: 'DELETE',
    path: '/business-plans/:id/implementation/capital/:year',
    tags,
    summary: 'Remove a year of capital figures',
    params: z.object({ id: z.uuid('errors.notFound'), year: z.coerce.number().int() }),
    response: { 204: noContent, ...errorResponses },
  }),
  addNote: endpoint({
    method: 'POST',
    path: '/business-plans/:id/implementation/notes',
    tags,
    summary: 'Add a progress note',
    params: idParams,
    body: z.strictObject({ date: isoDateSchema, text: z.string().trim().min(1, 'errors.required').max(5000, 'errors.tooLong').overwrite((s) => s.normalize('NFC')) }),
    response: { 201: noteSchema, ...errorResponses },
  }),
};
