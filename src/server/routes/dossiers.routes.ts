import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/dossiers.service';
import {
  communePreAssessmentSchema,
  cycleYearSchema,
  DOSSIER_ACTIONS,
  DOSSIER_ENTRY_PATHS,
  DOSSIER_STATUSES,
  dossierMachine,
  legacyDossierMachine,
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

const dossierSummarySchema = z.object({
  ...itemCoreShape,
  entryPath: z.enum(DOSSIER_ENTRY_PATHS).describe('how the product reached evaluation: through the cycle, or an existing product registered directly'),
  entryPathLabel: z.string(),
  productId: z.string().nullable(),
  businessPlanId: z.string().nullable(),
  ideaId: z.string().nullable(),
  checklistCode: z.string().describe('the dossier checklist (rule version) applied'),
});

const dossierDetailSchema = dossierSummarySchema.extend({
  checklist: z.object({
    code: z.string(),
    ruleVersion: z.string(),
    name: z.string(),
    toVerify: z.boolean(),
    items: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        description: z.string().nullable(),
        required: z.boolean(),
        acceptedTypes: z.array(z.string()),
        communePreAssessed: z.boolean(),
        present: z.boolean(),
        files: z.array(fileSchema),
      }),
    ),
  }),
  completeness: z.object({ complete: z.boolean(), missing: z.array(z.string()), required: z.array(z.string()) }),
  preAssessment: z.record(z.string(), z.unknown()).nullable(),
  preAssessedAt: z.string().nullable(),
  preAssessmentOutcome: z
    .object({ complete: z.boolean(), missing: z.array(z.string()), disqualifiedBy: z.array(z.string()), mayPropose: z.boolean() })
    .nullable(),
  preAssessmentCriteria: z.array(z.object({ code: z.string(), label: z.string(), disqualifying: z.boolean() })),
  timeline: z.array(timelineEntrySchema),
  versions: z.array(versionSummarySchema),
});

const createBody = z.strictObject({
  entryPath: z.enum(DOSSIER_ENTRY_PATHS),
  businessPlanId: z.uuid().optional().describe('the accepted business plan (entryPath `cycle`)'),
  productId: z.uuid().optional().describe('the registered product (required for `existing-product`; optional link for `cycle`)'),
  cycleYear: cycleYearSchema.optional(),
  requestId: requestIdField,
});

const transitionBody = z.object({
  action: z.enum(DOSSIER_ACTIONS),
  note: z.string().max(2000).nullish().describe('reason (required to return, reject or remove from a round)'),
  version: z.number().int().min(1).optional(),
  preAssessment: communePreAssessmentSchema.optional().describe('the commune’s pre-assessment, with action `pre-assess`'),
  requestId: requestIdField,
});

export async function dossierRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/dossiers',
    {
      schema: {
        tags: ['cycle: dossiers'],
        summary: 'Evaluation dossiers (step 5 entry) in the caller’s jurisdiction',
        description: `Statuses: ${DOSSIER_STATUSES.map((s) => `\`${s}\``).join(', ')}.`,
        querystring: z.object({
          ...listQueryBase,
          entryPath: z.enum(DOSSIER_ENTRY_PATHS).optional(),
          productId: z.uuid().optional(),
          businessPlanId: z.uuid().optional(),
          ...pagination,
        }),
        response: { 200: z.object({ items: z.array(dossierSummarySchema), total: z.number() }), ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return service.listDossiers(cycleCtx(request, db), { ...q, status: parseStatuses(q.status, DOSSIER_STATUSES) });
    },
  );

  r.post(
    '/dossiers',
    {
      schema: {
        tags: ['cycle: dossiers'],
        summary: 'Open an evaluation dossier (cycle product or existing product)',
        description:
          'A `cycle` dossier needs an accepted business plan of a registered entity; an `existing-product` dossier registers a product already in the registry directly. One live dossier per product or plan (409 otherwise). Then upload the checklist items (`POST /api/dossiers/{id}/files`) and `submit`. Idempotent with an `Idempotency-Key` header or `requestId`.',
        body: createBody,
        response: { 201: dossierDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { outcome, dossier } = await service.createDossier(cycleCtx(request, db), request.body, { key: idempotencyKey(request) });
      return reply.code(outcome.statusCode).header('idempotent-replay', String(outcome.replayed)).send(dossier);
    },
  );

  r.get(
    '/dossiers/:id',
    {
      schema: {
        tags: ['cycle: dossiers'],
        summary: 'One dossier: checklist with files, completeness, pre-assessment, timeline',
        params: idParams,
        response: { 200: dossierDetailSchema, ...errorResponses },
      },
    },
    async (request) => service.getDossier(cycleCtx(request, db), request.params.id),
  );

  r.post(
    '/dossiers/:id/transitions',
    {
      schema: {
        tags: ['cycle: dossiers'],
        summary: 'Move a dossier on: submit, pre-assess, forward, confirm-complete, return, reject, resubmit, withdraw, include-in-round…',
        description:
          transitionDescription(dossierMachine, legacyDossierMachine) +
          '\n\n`submit`, `resubmit` and `confirm-complete` need every required checklist item (409 listing the missing ones). Under the two-level procedure `pre-assess` carries `preAssessment`, and `forward` needs a pre-assessment that lets the commune propose the product.',
        params: idParams,
        body: transitionBody,
        response: { 200: dossierDetailSchema, ...errorResponses, 403: errorResponses[401] },
      },
    },
    async (request) => (await service.transitionDossier(cycleCtx(request, db), request.params.id, request.body, idempotencyKey(request))).dossier,
  );

  r.get(
    '/dossiers/:id/versions/:number',
    { schema: { tags: ['cycle: dossiers'], summary: 'A filed version of the dossier (its files at that time)', params: versionParams, response: { 200: versionSchema, ...errorResponses } } },
    async (request) => service.dossierVersion(cycleCtx(request, db), request.params.id, request.params.number),
  );
}
