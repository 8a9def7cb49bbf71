import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/implementation.service';
import { capitalBySourceSchema, cycleYearSchema, isoDateSchema, supportRecordSchema, SUPPORT_KINDS } from '../../domain/cycle';
import { errorResponses, idParams, noContent, pagination } from './common';
import { cycleCtx, itemCoreShape } from './cycle-support';

const supportSchema = z.object({
  id: z.string(),
  kind: z.enum(SUPPORT_KINDS),
  date: z.string(),
  provider: z.string(),
  amountVnd: z.number().nullable(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

const capitalSchema = z.object({
  year: z.number(),
  own: z.number(),
  credit: z.number(),
  provincialBudget: z.number(),
  districtBudget: z.number(),
  integratedProgrammes: z.number(),
  other: z.number(),
  totalVnd: z.number(),
  updatedAt: z.string(),
});

const noteSchema = z.object({ id: z.string(), date: z.string(), text: z.string(), createdBy: z.string().nullable(), createdAt: z.string() });

const implementationSchema = z.object({
  plan: z.object(itemCoreShape),
  canEdit: z.boolean(),
  support: z.array(supportSchema),
  capital: z.array(capitalSchema),
  notes: z.array(noteSchema),
  totals: z.object({ supportCount: z.number(), supportVnd: z.number(), capitalBySource: z.record(z.string(), z.number()), capitalVnd: z.number() }),
});

const planParams = z.object({ id: z.uuid('errors.notFound') });

export async function implementationRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const tags = ['cycle: implementation'];

  r.get(
    '/implementation',
    {
      schema: {
        tags,
        summary: 'Accepted business plans in implementation (step 4), with support and capital totals',
        querystring: z.object({
          cycleYear: z.coerce.number().int().optional(),
          unit: z.string().max(5).optional(),
          q: z.string().max(200).optional(),
          ...pagination,
        }),
        response: {
          200: z.object({ items: z.array(z.object({ ...itemCoreShape, supportCount: z.number(), capitalVnd: z.number(), notesCount: z.number() })), total: z.number() }),
          ...errorResponses,
        },
      },
    },
    async (request) => service.listImplementation(cycleCtx(request, db), request.query),
  );

  r.get(
    '/business-plans/:id/implementation',
    { schema: { tags, summary: 'Support received, capital mobilised by source and year, progress notes', params: planParams, response: { 200: implementationSchema, ...errorResponses } } },
    async (request) => service.getImplementation(cycleCtx(request, db), request.params.id),
  );

  r.post(
    '/business-plans/:id/implementation/support',
    {
      schema: {
        tags,
        summary: 'Record support received (training, on-site advice, loan, S&T project, IP/trademark help, packaging/design help)',
        params: planParams,
        body: supportRecordSchema,
        response: { 201: supportSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await service.addSupport(cycleCtx(request, db), request.params.id, request.body)),
  );

  r.delete(
    '/business-plans/:id/implementation/support/:supportId',
    {
      schema: { tags, summary: 'Remove a support record', params: z.object({ id: z.uuid('errors.notFound'), supportId: z.uuid('errors.notFound') }), response: { 204: noContent, ...errorResponses } },
    },
    async (request, reply) => {
      await service.deleteSupport(cycleCtx(request, db), request.params.id, request.params.supportId);
      return reply.code(204).send(null);
    },
  );

  r.put(
    '/business-plans/:id/implementation/capital/:year',
    {
      schema: {
        tags,
        summary: 'Set the capital mobilised in a year, by source (VND): own, credit, provincial budget, district budget, integrated programmes, other',
        params: z.object({ id: z.uuid('errors.notFound'), year: z.coerce.number().int().min(2013).max(2100) }),
        body: capitalBySourceSchema,
        response: { 200: capitalSchema, ...errorResponses },
      },
    },
    async (request) => service.putCapital(cycleCtx(request, db), request.params.id, { ...request.body, year: cycleYearSchema.parse(request.params.year) }),
  );

  r.delete(
    '/business-plans/:id/implementation/capital/:year',
    {
      schema: { tags, summary: 'Remove a year of capital figures', params: z.object({ id: z.uuid('errors.notFound'), year: z.coerce.number().int() }), response: { 204: noContent, ...errorResponses } },
    },
    async (request, reply) => {
      await service.deleteCapital(cycleCtx(request, db), request.params.id, request.params.year);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/business-plans/:id/implementation/notes',
    {
      schema: {
        tags,
        summary: 'Add a progress note',
        params: idParams,
        body: z.strictObject({ date: isoDateSchema, text: z.string().trim().min(1, 'errors.required').max(5000, 'errors.tooLong').overwrite((s) => s.normalize('NFC')) }),
        response: { 201: noteSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await service.addNote(cycleCtx(request, db), request.params.id, request.body)),
  );
}
