import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/communication.service';
import { COMMUNICATION_KINDS, communicationLogSchema, trainingClassSchema } from '../../domain/cycle';
import { errorResponses, idParams, noContent } from './common';
import { cycleCtx } from './cycle-support';

const commSchema = z.object({
  id: z.string(),
  year: z.number(),
  kind: z.string().describe(`one of ${COMMUNICATION_KINDS.join(', ')}`),
  count: z.number(),
  budgetVnd: z.number(),
  date: z.string(),
  title: z.string().nullable(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  unitLevel: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

const trainingSchema = z.object({
  id: z.string(),
  year: z.number(),
  topic: z.string(),
  participants: z.number(),
  budgetVnd: z.number(),
  date: z.string(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  unitLevel: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

const changeSchema = z.object({ current: z.number(), previous: z.number(), change: z.number(), changePercent: z.number().nullable() });

const filter = z.object({
  year: z.coerce.number().int().min(2013).max(2100).optional(),
  unit: z.string().max(5).optional().describe('province (2 digits) or commune (5) code'),
});

export async function communicationRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const tags = ['cycle: communication and training'];

  r.get(
    '/communication',
    {
      schema: {
        tags,
        summary: 'Step 1 logs: communication activity and training classes per unit and year',
        querystring: filter,
        response: { 200: z.object({ communication: z.array(commSchema), training: z.array(trainingSchema), canEdit: z.boolean() }), ...errorResponses },
      },
    },
    async (request) => service.listActivity(cycleCtx(request, db), request.query),
  );

  r.get(
    '/communication/summary',
    {
      schema: {
        tags,
        summary: 'A year’s communication and training totals beside the previous year, with the change (absolute and %)',
        querystring: filter.extend({ year: z.coerce.number().int().min(2013).max(2100) }),
        response: {
          200: z.object({
            year: z.number(),
            previousYear: z.number(),
            communication: z.array(z.object({ kind: z.string(), count: changeSchema, budgetVnd: changeSchema })),
            training: z.object({ classes: changeSchema, participants: changeSchema, budgetVnd: changeSchema }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => service.activitySummary(cycleCtx(request, db), request.query),
  );

  r.post(
    '/communication',
    {
      schema: {
        tags,
        summary: 'Log communication activity (articles, reportages, broadcasts, loudspeaker slots, conferences)',
        description: '`unitCode` is the province or commune the activity is counted for, inside your jurisdiction.',
        body: communicationLogSchema,
        response: { 201: commSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await service.addCommunication(cycleCtx(request, db), request.body)),
  );

  r.delete(
    '/communication/:id',
    { schema: { tags, summary: 'Delete a communication log entry', params: idParams, response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await service.deleteActivity(cycleCtx(request, db), 'communication', request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/training-classes',
    {
      schema: {
        tags,
        summary: 'Log a training class (topic, participants, budget)',
        description: '`unitCode` defaults to your own unit (your province for provincial staff).',
        body: trainingClassSchema,
        response: { 201: trainingSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await service.addTraining(cycleCtx(request, db), request.body)),
  );

  r.delete(
    '/training-classes/:id',
    { schema: { tags, summary: 'Delete a training class', params: idParams, response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await service.deleteActivity(cycleCtx(request, db), 'training', request.params.id);
      return reply.code(204).send(null);
    },
  );
}
