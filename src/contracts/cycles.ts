import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams } from './common';
import { timelineEntrySchema } from './cycle-items';
import { CYCLE_ACTIONS, CYCLE_STEP_CODES, cycleCalendarSchema, cycleMachine, cycleYearSchema, machineToMarkdown } from '../domain/cycle';

/** A province's annual OCOP cycle: its six-step calendar, deadlines and settings (SPEC C3). */

const tags = ['cycle'];

export const calendarEntrySchema = z.object({
  step: z.number().int(),
  code: z.string(),
  opensOn: z.string(),
  deadline: z.string(),
  name: z.string(),
  timing: z.string().nullable(),
  state: z.enum(['upcoming', 'open', 'past']),
  continuous: z.boolean(),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

export const cycleSchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  year: z.number().int(),
  status: z.string(),
  statusLabel: z.string(),
  version: z.number().int(),
  calendar: z.array(calendarEntrySchema).describe('opening day and deadline of each of the six steps'),
  settings: z.object({
    responseDays: z.object({ commune: z.number(), appraisal: z.number(), revision: z.number() }),
    refuseLateSteps: z.array(z.string()),
  }),
  statusChangedAt: z.string(),
  actions: z.array(z.enum(CYCLE_ACTIONS)).describe('the transitions the signed-in user may take now (open, close, reopen)'),
  canEdit: z.boolean().describe('the signed-in user may edit the calendar and settings now'),
});
export type Cycle = z.infer<typeof cycleSchema>;

const countsSchema = z.object({
  ideas: z.record(z.string(), z.number()),
  businessPlans: z.record(z.string(), z.number()),
  dossiers: z.record(z.string(), z.number()),
  implementation: z.number(),
  communication: z.object({ entries: z.number(), count: z.number(), budgetVnd: z.number() }),
  training: z.object({ classes: z.number(), participants: z.number(), budgetVnd: z.number() }),
});

export const cycleDetailSchema = cycleSchema.extend({ counts: countsSchema, timeline: z.array(timelineEntrySchema) });
export type CycleDetail = z.infer<typeof cycleDetailSchema>;

const settingsBody = z
  .strictObject({
    responseDays: z
      .strictObject({ commune: z.number().int().min(1).max(365).optional(), appraisal: z.number().int().min(1).max(365).optional(), revision: z.number().int().min(1).max(365).optional() })
      .optional(),
    refuseLateSteps: z.array(z.enum(CYCLE_STEP_CODES)).optional(),
  })
  .describe('days each side has to act, and the steps whose late filings are refused (accepted and marked late by default)');

const cycleQuery = z.object({ year: z.coerce.number().int().optional(), province: z.string().max(2).optional() });

export const cycles = {
  reference: endpoint({
    method: 'GET',
    path: '/cycle/reference',
    tags,
    summary: 'The six steps, every state machine (statuses, actions, roles), dossier checklists and code lists',
    response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
  }),
  list: endpoint({
    method: 'GET',
    path: '/cycles',
    tags,
    summary: 'Provincial annual cycles visible to the caller',
    querystring: cycleQuery,
    response: { 200: z.object({ items: z.array(cycleSchema) }), ...errorResponses },
  }),
  current: endpoint({
    method: 'GET',
    path: '/cycles/current',
    tags,
    summary: 'The cycle of the caller’s province for a year (default: this year)',
    querystring: cycleQuery,
    response: { 200: cycleDetailSchema, ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/cycles',
    tags,
    summary: 'Plan a province’s cycle for a year (provincial OCOP office)',
    description:
      'Starts in `planning` with the default calendar (communication February, ideas March, business plans April, implementation May–December, evaluation June–July, trade promotion all year) unless `calendar` is given. 409 when the province already has a cycle that year.',
    body: z.strictObject({ year: cycleYearSchema, provinceCode: z.string().max(2).optional().describe('administrators only'), calendar: cycleCalendarSchema.optional(), settings: settingsBody.optional() }),
    response: { 201: cycleDetailSchema, ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/cycles/:id',
    tags,
    summary: 'One cycle: calendar, settings, item counts per step, timeline',
    params: idParams,
    response: { 200: cycleDetailSchema, ...errorResponses },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/cycles/:id',
    tags,
    summary: 'Edit a cycle’s calendar and settings (send the version you read)',
    params: idParams,
    body: z.strictObject({ version: z.number().int().min(1), calendar: cycleCalendarSchema.optional(), settings: settingsBody.optional() }),
    response: { 200: cycleDetailSchema, ...errorResponses },
  }),
  transition: endpoint({
    method: 'POST',
    path: '/cycles/:id/transitions',
    tags,
    summary: 'Open, close or reopen a cycle',
    description: machineToMarkdown(cycleMachine, 'en'),
    params: idParams,
    body: z.strictObject({ action: z.enum(CYCLE_ACTIONS), note: z.string().max(2000).nullish(), version: z.number().int().min(1).optional() }),
    response: { 200: cycleDetailSchema, ...errorResponses },
  }),
};
