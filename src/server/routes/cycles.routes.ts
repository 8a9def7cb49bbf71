import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/cycles.service';
import {
  businessPlanMachine,
  CAPITAL_SOURCE_LABELS,
  COMMUNICATION_KIND_LABELS,
  CYCLE_ACTIONS,
  CYCLE_STEP_CODES,
  cycleCalendarSchema,
  cycleMachine,
  cycleSteps,
  cycleYearSchema,
  describeMachine,
  DOSSIER_CHECKLISTS,
  DOSSIER_ENTRY_PATH_LABELS,
  dossierMachine,
  ideaMachine,
  legacyBusinessPlanMachine,
  legacyDossierMachine,
  legacyIdeaMachine,
  machineToMarkdown,
  SUPPORT_LABELS,
  ENTITY_TYPE_LABELS,
  type StateMachine,
} from '../../domain/cycle';
import { errorResponses, idParams } from './common';
import { cycleCtx, timelineEntrySchema } from './cycle-support';

const calendarEntrySchema = z.object({
  step: z.number().int(),
  code: z.string(),
  opensOn: z.string(),
  deadline: z.string(),
  name: z.string(),
  timing: z.string().nullable(),
  state: z.enum(['upcoming', 'open', 'past']),
  continuous: z.boolean(),
});

const cycleSchema = z.object({
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
  actions: z.array(z.string()),
  canEdit: z.boolean(),
});

const countsSchema = z.object({
  ideas: z.record(z.string(), z.number()),
  businessPlans: z.record(z.string(), z.number()),
  dossiers: z.record(z.string(), z.number()),
  implementation: z.number(),
  communication: z.object({ entries: z.number(), count: z.number(), budgetVnd: z.number() }),
  training: z.object({ classes: z.number(), participants: z.number(), budgetVnd: z.number() }),
});

const cycleDetailSchema = cycleSchema.extend({ counts: countsSchema, timeline: z.array(timelineEntrySchema) });

const settingsBody = z
  .strictObject({
    responseDays: z
      .strictObject({ commune: z.number().int().min(1).max(365).optional(), appraisal: z.number().int().min(1).max(365).optional(), revision: z.number().int().min(1).max(365).optional() })
      .optional(),
    refuseLateSteps: z.array(z.enum(CYCLE_STEP_CODES)).optional(),
  })
  .describe('days each side has to act, and the steps whose late filings are refused (accepted and marked late by default)');

export async function cycleRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/cycle/reference',
    {
      schema: {
        tags: ['cycle'],
        summary: 'The six steps, every state machine (statuses, actions, roles), dossier checklists and code lists',
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
      },
    },
    async (request) => {
      cycleCtx(request, db);
      return {
        steps: cycleSteps,
        machines: ([ideaMachine, legacyIdeaMachine, businessPlanMachine, legacyBusinessPlanMachine, dossierMachine, legacyDossierMachine, cycleMachine] as StateMachine<string, string>[]).map((m) => describeMachine(m)),
        checklists: DOSSIER_CHECKLISTS,
        entryPaths: DOSSIER_ENTRY_PATH_LABELS,
        supportKinds: SUPPORT_LABELS,
        capitalSources: CAPITAL_SOURCE_LABELS,
        communicationKinds: COMMUNICATION_KIND_LABELS,
        entityTypes: ENTITY_TYPE_LABELS,
      };
    },
  );

  r.get(
    '/cycles',
    {
      schema: {
        tags: ['cycle'],
        summary: 'Provincial annual cycles visible to the caller',
        querystring: z.object({ year: z.coerce.number().int().optional(), province: z.string().max(2).optional() }),
        response: { 200: z.object({ items: z.array(cycleSchema) }), ...errorResponses },
      },
    },
    async (request) => service.listCycles(cycleCtx(request, db), request.query),
  );

  r.get(
    '/cycles/current',
    {
      schema: {
        tags: ['cycle'],
        summary: 'The cycle of the caller’s province for a year (default: this year)',
        querystring: z.object({ year: z.coerce.number().int().optional(), province: z.string().max(2).optional() }),
        response: { 200: cycleDetailSchema, ...errorResponses },
      },
    },
    async (request) => service.currentCycle(cycleCtx(request, db), request.query.year, request.query.province),
  );

  r.post(
    '/cycles',
    {
      schema: {
        tags: ['cycle'],
        summary: 'Plan a province’s cycle for a year (provincial OCOP office)',
        description: 'Starts in `planning` with the default calendar (communication February, ideas March, business plans April, implementation May–December, evaluation June–July, trade promotion all year) unless `calendar` is given. 409 when the province already has a cycle that year.',
        body: z.strictObject({ year: cycleYearSchema, provinceCode: z.string().max(2).optional().describe('administrators only'), calendar: cycleCalendarSchema.optional(), settings: settingsBody.optional() }),
        response: { 201: cycleDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createCycle(cycleCtx(request, db), request.body)),
  );

  r.get(
    '/cycles/:id',
    { schema: { tags: ['cycle'], summary: 'One cycle: calendar, settings, item counts per step, timeline', params: idParams, response: { 200: cycleDetailSchema, ...errorResponses } } },
    async (request) => service.getCycle(cycleCtx(request, db), request.params.id),
  );

  r.patch(
    '/cycles/:id',
    {
      schema: {
        tags: ['cycle'],
        summary: 'Edit a cycle’s calendar and settings (send the version you read)',
        params: idParams,
        body: z.strictObject({ version: z.number().int().min(1), calendar: cycleCalendarSchema.optional(), settings: settingsBody.optional() }),
        response: { 200: cycleDetailSchema, ...errorResponses },
      },
    },
    async (request) => service.updateCycle(cycleCtx(request, db), request.params.id, request.body),
  );

  r.post(
    '/cycles/:id/transitions',
    {
      schema: {
        tags: ['cycle'],
        summary: 'Open, close or reopen a cycle',
        description: machineToMarkdown(cycleMachine, 'en'),
        params: idParams,
        body: z.strictObject({ action: z.enum(CYCLE_ACTIONS), note: z.string().max(2000).nullish(), version: z.number().int().min(1).optional() }),
        response: { 200: cycleDetailSchema, ...errorResponses },
      },
    },
    async (request) => service.transitionCycle(cycleCtx(request, db), request.params.id, request.body),
  );
}
