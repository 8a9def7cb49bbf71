import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/criteria-sets.service';
import { isIsoDate } from '../../domain/dates';
import { CRITERIA_SET_STATUSES, PRODUCT_GROUP_CODES } from '../../domain/criteria/types';
import { requireActor } from '../plugins/auth';
import { auditActor, errorResponses, noContent } from './common';


export const isoDateSchema = z.string().refine(isIsoDate, { message: 'errors.date.invalid' }).describe('YYYY-MM-DD');
const localized = z.object({ vi: z.string(), en: z.string() });

export const criteriaSetSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  ruleVersion: z.string(),
  decision: z.object({ number: z.string(), title: localized, issuer: localized, signedOn: z.string(), amends: z.string().optional(), replaces: z.array(z.string()).optional() }),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  groups: z.array(z.string()),
  status: z.string(),
  toBeConfirmed: z.boolean().describe('points are demo values an administrator must confirm against the official appendix'),
  official: z.boolean(),
  basedOn: z.string().nullable(),
  parts: z.array(z.object({ code: z.string(), name: localized, maxPoints: z.number() })),
  criteriaCount: z.number(),
  disqualifyingCount: z.number(),
  note: localized.nullable(),
  version: z.number(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  applies: z.boolean().optional().describe('with date and group: the version a round of that date uses for the group'),
});

const detailSchema = criteriaSetSummarySchema.extend({
  definition: z.any().describe('the whole criteria set: parts, sections, criteria with options and points, recognition procedure'),
});

const codeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'errors.notFound') });
const anySet = z.looseObject({}).describe('a criteria set (see GET /api/criteria-sets/{code} → definition)');

export async function criteriaSetRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  await service.ensureOfficialCriteriaSets(db);

  r.get(
    '/criteria-sets',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Criteria-set versions; with date (and group) only those in force that day',
        description: 'Public. Without a date: every version (drafts for administrators only). With `date` (and `group`): the published versions in force; `applies` marks the one a round of that date uses for the group.',
        querystring: z.object({
          date: isoDateSchema.optional(),
          group: z.enum(PRODUCT_GROUP_CODES).optional(),
          status: z.enum(CRITERIA_SET_STATUSES).optional(),
        }),
        response: { 200: z.object({ items: z.array(criteriaSetSummarySchema) }), 400: errorResponses[400] },
      },
    },
    async (request) => service.listCriteriaSets(db, request.actor, request.query),
  );

  r.get(
    '/criteria-sets/:code',
    { schema: { tags: ['evaluation'], summary: 'One criteria-set version with all its criteria and options', params: codeParams, response: { 200: detailSchema, ...errorResponses } } },
    async (request) => service.getCriteriaSet(db, request.actor, request.params.code),
  );

  r.post(
    '/criteria-sets',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Add a new version as a draft (administrators)',
        description: 'The body is a whole criteria set (same shape as `definition`); its status is always set to draft. Every problem is named by its path (e.g. `criteria.3.options.1.points`).',
        querystring: z.object({ basedOn: z.string().max(64).optional() }),
        body: anySet,
        response: { 201: detailSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createCriteriaSet(db, requireActor(request), auditActor(request), request.body, request.query.basedOn ?? null)),
  );

  r.post(
    '/criteria-sets/validate',
    { schema: { tags: ['evaluation'], summary: 'Check a criteria set without saving it', body: anySet, response: { 200: z.object({ valid: z.literal(true) }), 400: errorResponses[400] } } },
    async (request) => service.validateOnly(request.body),
  );

  r.put(
    '/criteria-sets/:code',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Replace a draft (published versions never change: 409)',
        params: codeParams,
        body: z.object({ version: z.number().int().min(1), definition: anySet }),
        response: { 200: detailSchema, ...errorResponses },
      },
    },
    async (request) => service.updateCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.body.version, request.body.definition),
  );

  r.post(
    '/criteria-sets/:code/publish',
    { schema: { tags: ['evaluation'], summary: 'Publish a draft (draft → published)', params: codeParams, body: z.object({ version: z.number().int().min(1) }), response: { 200: detailSchema, ...errorResponses } } },
    async (request) => service.publishCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.body.version),
  );

  r.post(
    '/criteria-sets/:code/withdraw',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Withdraw a published version (new rounds stop using it; its content never changes)',
        params: codeParams,
        body: z.object({ version: z.number().int().min(1), reason: z.string().trim().min(1).max(500) }),
        response: { 200: detailSchema, ...errorResponses },
      },
    },
    async (request) => service.withdrawCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.body.version, request.body.reason),
  );

  r.delete(
    '/criteria-sets/:code',
    { schema: { tags: ['evaluation'], summary: 'Delete an unused draft', params: codeParams, querystring: z.object({ version: z.coerce.number().int().min(1) }), response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await service.deleteCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.query.version);
      return reply.code(204).send(null);
    },
  );
}
