import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/ideas.service';
import { IDEA_ACTIONS, IDEA_STATUSES, ideaFormSchema, ideaMachine, legacyIdeaMachine, unitCodeSchema } from '../../domain/cycle';
import { errorResponses, idParams, pagination } from './common';
import {
  cycleCtx,
  idempotencyKey,
  itemCoreShape,
  listQueryBase,
  parseStatuses,
  requestIdField,
  timelineEntrySchema,
  transitionDescription,
  versionParams,
  versionSchema,
} from './cycle-support';

const ideaSummarySchema = z.object({
  ...itemCoreShape,
  proposerName: z.string(),
  proposedEntity: z.object({ name: z.string(), type: z.string() }).nullable(),
});

const lookAlikeSchema = z.object({
  products: z.array(z.object({ id: z.string(), name: z.string(), entityName: z.string(), stars: z.number().nullable(), unitName: z.string().nullable(), score: z.number() })),
  ideas: z.array(z.object({ id: z.string(), name: z.string(), status: z.string(), cycleYear: z.number(), entityName: z.string().nullable(), proposerName: z.string(), unitName: z.string().nullable(), score: z.number() })),
});

const ideaDetailSchema = ideaSummarySchema.extend({
  form: z.record(z.string(), z.unknown()).describe('the idea form as filed'),
  timeline: z.array(timelineEntrySchema),
  versions: z.array(z.object({ number: z.number(), at: z.string(), by: z.string().nullable() })),
  businessPlanId: z.string().nullable().describe('the live business plan written for this idea'),
  lookAlikes: lookAlikeSchema.nullable().describe('registered products and other ideas of the province with a similar name (officers only)'),
});

const ideaBody = ideaFormSchema.safeExtend({
  unitCode: unitCodeSchema.optional().describe('commune of a would-be entity (officers; defaults to a commune officer’s commune)'),
  submit: z.boolean().optional().describe('file it with the commune right away (action `submit`)'),
  requestId: requestIdField,
});

const transitionBody = z.object({
  action: z.enum(IDEA_ACTIONS),
  note: z.string().max(2000).nullish().describe('reason (required to return or reject)'),
  version: z.number().int().min(1).optional(),
  requestId: requestIdField,
});

export async function ideaRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/ideas',
    {
      schema: {
        tags: ['cycle: ideas'],
        summary: 'Product ideas (step 2) in the caller’s jurisdiction',
        description: `Statuses: ${IDEA_STATUSES.map((s) => `\`${s}\``).join(', ')}.`,
        querystring: z.object({ ...listQueryBase, ...pagination }),
        response: { 200: z.object({ items: z.array(ideaSummarySchema), total: z.number() }), ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return service.listIdeas(cycleCtx(request, db), { ...q, status: parseStatuses(q.status, IDEA_STATUSES) });
    },
  );

  r.post(
    '/ideas',
    {
      schema: {
        tags: ['cycle: ideas'],
        summary: 'Register a product idea (the idea form)',
        description:
          'Created as a `draft` (or filed at once with `submit: true`) by a producer, or by a commune officer on a producer’s behalf. Give `entityId` (a registered entity) or `proposedEntity` (the entity to be founded). Idempotent with an `Idempotency-Key` header or `requestId`: a retry answers the first result. 409 when the same idea is already registered in the cycle or the province has no open cycle for the year.',
        body: ideaBody,
        response: { 201: ideaDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { outcome, idea } = await service.createIdea(cycleCtx(request, db), request.body, { key: idempotencyKey(request) });
      return reply.code(outcome.statusCode).header('idempotent-replay', String(outcome.replayed)).send(idea);
    },
  );

  r.get(
    '/ideas/:id',
    {
      schema: {
        tags: ['cycle: ideas'],
        summary: 'One product idea with its status, timeline and possible look-alikes',
        params: idParams,
        response: { 200: ideaDetailSchema, ...errorResponses },
      },
    },
    async (request) => service.getIdea(cycleCtx(request, db), request.params.id),
  );

  r.put(
    '/ideas/:id',
    {
      schema: {
        tags: ['cycle: ideas'],
        summary: 'Revise the idea form (drafts and returned ideas; send the version you read)',
        params: idParams,
        body: ideaBody.safeExtend({ version: z.number().int().min(1) }),
        response: { 200: ideaDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { version, ...form } = request.body;
      return service.updateIdea(cycleCtx(request, db), request.params.id, version, form);
    },
  );

  r.post(
    '/ideas/:id/transitions',
    {
      schema: {
        tags: ['cycle: ideas'],
        summary: 'Move an idea on: submit, receive, forward, accept, return, reject, resubmit, withdraw',
        description: transitionDescription(ideaMachine, legacyIdeaMachine),
        params: idParams,
        body: transitionBody,
        response: { 200: ideaDetailSchema, ...errorResponses, 403: errorResponses[401] },
      },
    },
    async (request) => {
      const { outcome, idea } = await service.transitionIdea(cycleCtx(request, db), request.params.id, request.body, idempotencyKey(request));
      void outcome;
      return idea;
    },
  );

  r.get(
    '/ideas/:id/versions/:number',
    { schema: { tags: ['cycle: ideas'], summary: 'A filed version of the idea form', params: versionParams, response: { 200: versionSchema, ...errorResponses } } },
    async (request) => service.ideaVersion(cycleCtx(request, db), request.params.id, request.params.number),
  );
}
