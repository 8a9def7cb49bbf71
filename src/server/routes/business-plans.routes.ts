import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/business-plans.service';
import {
  BUSINESS_PLAN_ACTIONS,
  BUSINESS_PLAN_STATUSES,
  businessPlanFormSchema,
  businessPlanMachine,
  cycleYearSchema,
  legacyBusinessPlanMachine,
} from '../../domain/cycle';
import { errorResponses, idParams, pagination } from './common';
import {
  cycleCtx,
  fileSchema,
  idempotencyKey,
  itemCoreShape,
  listQueryBase,
  parseStatuses,
  requestIdField,
  timelineEntrySchema,
  transitionDescription,
  versionParams,
  versionSchema,
  versionSummarySchema,
} from './cycle-support';

const planSummarySchema = z.object({ ...itemCoreShape, ideaId: z.string().nullable() });

const planDetailSchema = planSummarySchema.extend({
  content: z.record(z.string(), z.unknown()).describe('the plan: product, marketAndCustomers, production, organisation, finance'),
  attachments: z.array(fileSchema),
  timeline: z.array(timelineEntrySchema),
  versions: z.array(versionSummarySchema).describe('every filed version, newest first'),
  dossierId: z.string().nullable().describe('the live evaluation dossier prepared from this plan'),
});

const planBody = businessPlanFormSchema.safeExtend({
  cycleYear: cycleYearSchema.optional().describe('cycle year when there is no idea (default: this year)'),
  submit: z.boolean().optional().describe('file it with the commune right away (action `submit`)'),
  requestId: requestIdField,
});

const transitionBody = z.object({
  action: z.enum(BUSINESS_PLAN_ACTIONS),
  note: z.string().max(2000).nullish().describe('reason (required to return or reject)'),
  version: z.number().int().min(1).optional(),
  requestId: requestIdField,
});

export async function businessPlanRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/business-plans',
    {
      schema: {
        tags: ['cycle: business plans'],
        summary: 'Business plans (step 3) in the caller’s jurisdiction',
        description: `Statuses: ${BUSINESS_PLAN_STATUSES.map((s) => `\`${s}\``).join(', ')}.`,
        querystring: z.object({ ...listQueryBase, ideaId: z.uuid().optional(), ...pagination }),
        response: { 200: z.object({ items: z.array(planSummarySchema), total: z.number() }), ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return service.listBusinessPlans(cycleCtx(request, db), { ...q, status: parseStatuses(q.status, BUSINESS_PLAN_STATUSES) });
    },
  );

  r.post(
    '/business-plans',
    {
      schema: {
        tags: ['cycle: business plans'],
        summary: 'Start a business plan (for a selected idea, or for a registered entity)',
        description:
          'Created as a `draft` (or filed at once with `submit: true`). With `ideaId` the idea must be `accepted`; one live plan per idea (409 otherwise). Amounts are whole VND. Idempotent with an `Idempotency-Key` header or `requestId`.',
        body: planBody,
        response: { 201: planDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { outcome, plan } = await service.createBusinessPlan(cycleCtx(request, db), request.body, { key: idempotencyKey(request) });
      return reply.code(outcome.statusCode).header('idempotent-replay', String(outcome.replayed)).send(plan);
    },
  );

  r.get(
    '/business-plans/:id',
    { schema: { tags: ['cycle: business plans'], summary: 'One business plan with its versions, attachments and timeline', params: idParams, response: { 200: planDetailSchema, ...errorResponses } } },
    async (request) => service.getBusinessPlan(cycleCtx(request, db), request.params.id),
  );

  r.put(
    '/business-plans/:id',
    {
      schema: {
        tags: ['cycle: business plans'],
        summary: 'Save the plan being written or revised (drafts and returned plans; send the version you read)',
        params: idParams,
        body: planBody.safeExtend({ version: z.number().int().min(1) }),
        response: { 200: planDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      return service.updateBusinessPlan(cycleCtx(request, db), request.params.id, version, input);
    },
  );

  r.post(
    '/business-plans/:id/transitions',
    {
      schema: {
        tags: ['cycle: business plans'],
        summary: 'Move a plan on: submit, forward, start-appraisal, accept, return, reject, resubmit, withdraw',
        description: transitionDescription(businessPlanMachine, legacyBusinessPlanMachine),
        params: idParams,
        body: transitionBody,
        response: { 200: planDetailSchema, ...errorResponses, 403: errorResponses[401] },
      },
    },
    async (request) => (await service.transitionBusinessPlan(cycleCtx(request, db), request.params.id, request.body, idempotencyKey(request))).plan,
  );

  r.get(
    '/business-plans/:id/versions/:number',
    { schema: { tags: ['cycle: business plans'], summary: 'A filed version of the plan (every version is kept)', params: versionParams, response: { 200: versionSchema, ...errorResponses } } },
    async (request) => service.businessPlanVersion(cycleCtx(request, db), request.params.id, request.params.number),
  );
}
