import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/evaluation-rounds.service';
import * as feedback from '../../services/feedback.service';
import { AUTHORITY_LEVELS } from '../../domain/criteria/types';
import { requireActor } from '../plugins/auth';
import { auditActor, auditEventSchema, errorResponses, idParams, pagination } from './common';
import { isoDateSchema } from './criteria-sets.routes';
import { certificateSchema } from './certificates.routes';


const parts = z.object({ A: z.number(), B: z.number(), C: z.number() });
const text = (max: number) => z.string().trim().min(1).max(max);

export const resultSchema = z.looseObject({
  productId: z.string(),
  productName: z.string(),
  entityName: z.string(),
  criteriaSetCode: z.string(),
  evaluated: z.boolean(),
  meanTotal: z.number().nullable().describe('mean of the counted members\' totals, unrounded (compare classes on this)'),
  meanTotalText: z.string().nullable().describe('the same, truncated to 2 decimals for display'),
  parts: parts.nullable().describe('per-part means'),
  stars: z.number().nullable(),
  disqualified: z.boolean(),
  disagreements: z.array(z.looseObject({ criterionCode: z.string(), min: z.number(), max: z.number(), range: z.number(), maxPoints: z.number() })).describe('criteria whose range across members exceeds half their maximum'),
  outcome: z.looseObject({ action: z.string() }).describe('recognise (stars) | forward (to a higher level) | not-recognised (reason) | not-evaluated'),
});

const memberSchema = z.object({ userId: z.string(), displayName: z.string(), username: z.string(), role: z.string() });

const roundProductSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  groupCode: z.string(),
  subgroupCode: z.string(),
  unitName: z.string().nullable(),
  currentStars: z.number().nullable(),
  criteriaSetCode: z.string(),
  source: z.string(),
  dossier: z.object({ status: z.string(), present: z.array(z.string()), missing: z.array(z.string()), note: z.string().nullable(), checkedAt: z.string().nullable() }),
  preAssessment: z.any().nullable(),
  conflicts: z.array(z.object({ userId: z.string(), displayName: z.string(), reason: z.string(), declaredAt: z.string() })),
  iHaveConflict: z.boolean(),
  progress: z.object({ expected: z.number(), complete: z.number(), started: z.number(), membersDone: z.array(z.string()) }).describe('who has finished, never the scores (sheets are private until closing)'),
  mySheet: z.object({ started: z.boolean(), complete: z.boolean(), updatedAt: z.string().nullable() }),
  result: resultSchema.nullable(),
  certificate: certificateSchema.nullable(),
});

const roundSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  unitStructure: z.string(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  date: z.string(),
  ruleVersion: z.string(),
  status: z.string().describe('open | closed | approved'),
  version: z.number(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionIssuer: z.string().nullable(),
  closedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
  procedure: z.object({ levels: z.array(z.any()), note: z.any().nullable(), thisLevel: z.any().nullable() }),
  members: z.array(memberSchema),
  me: z.object({
    role: z.string().nullable(),
    isOrganiser: z.boolean(),
    canScore: z.boolean(),
    canClose: z.boolean(),
    canReopen: z.boolean(),
    canApprove: z.boolean(),
    canEdit: z.boolean(),
    canCheckDossiers: z.boolean(),
  }),
  products: z.array(roundProductSchema),
  certificates: z.array(certificateSchema),
});

const roundListItem = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  date: z.string(),
  ruleVersion: z.string(),
  status: z.string(),
  decisionNumber: z.string().nullable(),
  products: z.number(),
  members: z.number(),
  myRole: z.string().nullable(),
  version: z.number(),
});

const membersBody = z
  .array(z.object({ userId: z.uuid('errors.round.memberNotEligible'), role: z.enum(service.MEMBER_ROLES) }))
  .min(1)
  .max(60);

const sheetSchema = z.object({
  roundId: z.string(),
  roundName: z.string(),
  roundStatus: z.string(),
  productId: z.string(),
  productName: z.string(),
  entityName: z.string(),
  groupCode: z.string(),
  criteriaSetCode: z.string(),
  dossierStatus: z.string(),
  preAssessment: z.any().nullable(),
  answers: z.record(z.string(), z.string()),
  total: z.number(),
  parts,
  complete: z.boolean(),
  missing: z.array(z.string()),
  disqualified: z.array(z.string()).describe('criteria whose chosen option excludes the product'),
  version: z.number(),
  updatedAt: z.string().nullable(),
  editable: z.boolean(),
  conflicted: z.boolean(),
});

const productParams = z.object({ id: z.uuid('errors.notFound'), productId: z.uuid('errors.notFound') });
const localized = z.object({ vi: z.string(), en: z.string() });
const feedbackSchema = z.object({
  total: z.number(),
  totalText: z.string(),
  stars: z.number(),
  lostPoints: z.array(z.looseObject({ criterionCode: z.string(), name: localized, maxPoints: z.number(), got: z.number(), lost: z.number() })),
  target: z.object({ stars: z.number(), threshold: z.number(), pointsNeeded: z.number() }).nullable(),
  reachable: z.boolean(),
  mustFix: z.array(z.object({ criterionCode: z.string(), name: localized, reason: localized.nullable() })),
  plan: z
    .object({
      gain: z.number(),
      overshoot: z.number(),
      upgrades: z.array(z.object({ criterionCode: z.string(), name: localized, fromPoints: z.number(), toOptionCode: z.string(), toOptionLabel: localized, toPoints: z.number(), gain: z.number() })),
    })
    .nullable(),
});

const selfAssessmentSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  criteriaSetCode: z.string(),
  answers: z.record(z.string(), z.any()),
  total: z.number(),
  parts,
  complete: z.boolean(),
  missing: z.array(z.string()),
  predictedStars: z.number(),
  isLowerBound: z.boolean(),
  disqualified: z.boolean(),
  disqualifiedBy: z.array(z.any()),
  eligibleForCertificate: z.boolean(),
  feedback: feedbackSchema,
});

export async function evaluationRoundRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/evaluation-rounds',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Evaluation rounds: those of the caller\'s jurisdiction and those the caller sits on',
        querystring: z.object({ status: z.enum(['open', 'closed', 'approved']).optional(), ...pagination }),
        response: { 200: z.object({ items: z.array(roundListItem), total: z.number() }), ...errorResponses },
      },
    },
    async (request) => service.listRounds(db, requireActor(request), request.query),
  );

  r.get(
    '/evaluation-rounds/eligible-members',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'People who may sit on a council of a unit (organisers)',
        querystring: z.object({ level: z.enum(service.ROUND_LEVELS), unitCode: z.string().min(1).max(10) }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.string(), provinceCode: z.string().nullable() })) }), ...errorResponses },
      },
    },
    async (request) => service.eligibleMembers(db, requireActor(request), request.query.level, request.query.unitCode),
  );

  r.get(
    '/evaluation-rounds/ready-dossiers',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Evaluation dossiers confirmed complete and waiting for a round (organisers)',
        querystring: z.object({ level: z.enum(service.ROUND_LEVELS), unitCode: z.string().min(1).max(10) }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), productId: z.string(), productName: z.string(), entryPath: z.string(), since: z.string() })) }), ...errorResponses },
      },
    },
    async (request) => service.readyDossiers(db, requireActor(request), request.query.level, request.query.unitCode),
  );

  r.post(
    '/evaluation-rounds',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Create an evaluation round with its council and products',
        description:
          'The rule version (criteria and recognition procedure) is the one in force on `date`. `members`: `[{"userId","role"}]` with exactly one `chair`; roles chair | member | advisor (advisory team, does not score). `productIds`: products of the unit added directly; `dossierIds`: ready dossiers of the cycle (their products join with the dossier confirmed complete). More can be added while the round is open.',
        body: z.object({
          name: z.string().trim().max(300).optional(),
          level: z.enum(AUTHORITY_LEVELS),
          unitCode: z.string().trim().min(1).max(10).describe('province code for provincial rounds, legacy district code for district rounds, VN for national rounds'),
          date: isoDateSchema,
          members: membersBody,
          productIds: z.array(z.uuid('errors.round.productUnknown')).max(300).default([]),
          dossierIds: z.array(z.uuid('errors.round.dossierNotReady')).max(300).default([]).describe('evaluation dossiers confirmed complete (GET /api/evaluation-rounds/ready-dossiers); they move to "in-round"'),
        }),
        response: { 201: roundSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createRound(db, requireActor(request), auditActor(request), request.body)),
  );

  r.get(
    '/evaluation-rounds/:id',
    { schema: { tags: ['evaluation'], summary: 'A round: council, products, progress, and the results once closed', params: idParams, response: { 200: roundSchema, ...errorResponses } } },
    async (request) => service.getRound(db, requireActor(request), request.params.id),
  );

  r.get(
    '/evaluation-rounds/:id/audit',
    { schema: { tags: ['evaluation'], summary: 'Audit timeline of a round', params: idParams, response: { 200: z.object({ items: z.array(auditEventSchema) }), ...errorResponses } } },
    async (request) => ({ items: await service.roundTimeline(db, requireActor(request), request.params.id) }),
  );

  r.post(
    '/evaluation-rounds/:id/products',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Add products (directly or from ready dossiers) to an open round',
        params: idParams,
        body: z.object({ productIds: z.array(z.uuid('errors.round.productUnknown')).max(300).default([]), dossierIds: z.array(z.uuid('errors.round.dossierNotReady')).max(300).default([]) }),
        response: { 200: roundSchema, ...errorResponses },
      },
    },
    async (request) => service.addProducts(db, requireActor(request), auditActor(request), request.params.id, request.body.productIds, request.body.dossierIds),
  );

  r.delete(
    '/evaluation-rounds/:id/products/:productId',
    { schema: { tags: ['evaluation'], summary: 'Remove an unscored product from an open round', params: productParams, response: { 200: roundSchema, ...errorResponses } } },
    async (request) => service.removeProduct(db, requireActor(request), auditActor(request), request.params.id, request.params.productId),
  );

  r.put(
    '/evaluation-rounds/:id/members',
    {
      schema: { tags: ['evaluation'], summary: 'Replace the council of an open round', params: idParams, body: z.object({ version: z.number().int().min(1), members: membersBody }), response: { 200: roundSchema, ...errorResponses } },
    },
    async (request) => service.replaceMembers(db, requireActor(request), auditActor(request), request.params.id, request.body.version, request.body.members),
  );

  r.get(
    '/evaluation-rounds/:id/products/:productId/dossier-checklist',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'The dossier checklist in force on the round\'s date, with the items required for this product',
        params: productParams,
        response: { 200: z.object({ code: z.string(), name: localized, toVerify: z.boolean(), items: z.array(z.object({ code: z.string(), name: localized, required: z.boolean(), communePreAssessed: z.boolean() })) }), ...errorResponses },
      },
    },
    async (request) => service.dossierChecklist(db, requireActor(request), request.params.id, request.params.productId),
  );

  r.put(
    '/evaluation-rounds/:id/products/:productId/dossier',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Record the dossier completeness check of a product (organiser, chair or advisory team)',
        description: 'An incomplete dossier cannot be scored and is left out of the results.',
        params: productParams,
        body: z.object({ present: z.array(z.string().max(80)).max(100), note: z.string().trim().max(1000).nullable().optional() }),
        response: { 200: roundSchema, ...errorResponses },
      },
    },
    async (request) => service.checkDossier(db, requireActor(request), auditActor(request), request.params.id, request.params.productId, request.body),
  );

  r.put(
    '/evaluation-rounds/:id/products/:productId/pre-assessment',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'The commune\'s pre-assessment under the two-level procedure (1489/2025)',
        params: productParams,
        body: z.object({ answers: z.record(z.string(), z.string()), proposed: z.boolean(), note: z.string().trim().max(1000).nullable().optional() }),
        response: { 200: z.object({ ok: z.boolean() }), ...errorResponses },
      },
    },
    async (request) => service.preAssess(db, requireActor(request), auditActor(request), request.params.id, request.params.productId, request.body),
  );

  r.post(
    '/evaluation-rounds/:id/products/:productId/conflict',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Declare a conflict of interest: the signed-in member is excluded from this product',
        params: productParams,
        body: z.object({ reason: text(1000) }),
        response: { 200: roundSchema, ...errorResponses },
      },
    },
    async (request) => service.declareConflict(db, requireActor(request), auditActor(request), request.params.id, request.params.productId, request.body.reason),
  );

  r.get(
    '/evaluation-rounds/:id/sheets',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Every member\'s sheets, once the round is closed (409 while open: sheets are private)',
        params: idParams,
        response: {
          200: z.object({ items: z.array(z.object({ productId: z.string(), memberId: z.string(), memberName: z.string(), answers: z.record(z.string(), z.string()), total: z.number(), parts: z.record(z.string(), z.number()), complete: z.boolean(), updatedAt: z.string() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => service.listSheets(db, requireActor(request), request.params.id),
  );

  r.get(
    '/evaluation-rounds/:id/sheets/:productId',
    { schema: { tags: ['evaluation'], summary: 'The signed-in member\'s own sheet for a product', params: productParams, response: { 200: sheetSchema, ...errorResponses } } },
    async (request) => service.getMySheet(db, requireActor(request), request.params.id, request.params.productId),
  );

  r.put(
    '/evaluation-rounds/:id/sheets/:productId',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Save the signed-in member\'s sheet: {"answers": {criterionCode: optionCode}}',
        description: 'Replaces the member\'s answers (unanswered criteria may be left out or null). Answers with the sheet\'s `total` and per-part `parts`. Send the `version` you read to detect concurrent edits (409).',
        params: productParams,
        body: z.object({ answers: z.record(z.string(), z.string().max(8).nullable()), version: z.number().int().min(0).optional() }),
        response: { 200: sheetSchema, ...errorResponses },
      },
    },
    async (request) => service.putMySheet(db, requireActor(request), auditActor(request), request.params.id, request.params.productId, request.body),
  );

  r.post(
    '/evaluation-rounds/:id/close',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Close the round and compute each product\'s results (chair or organiser; repeated calls return the same results)',
        params: idParams,
        response: { 200: z.object({ id: z.string(), status: z.string(), version: z.number(), results: z.array(resultSchema) }), ...errorResponses },
      },
    },
    async (request) => service.closeRound(db, requireActor(request), auditActor(request), request.params.id),
  );

  r.post(
    '/evaluation-rounds/:id/reopen',
    { schema: { tags: ['evaluation'], summary: 'Reopen a closed round before approval (chair)', params: idParams, body: z.object({ reason: text(1000) }), response: { 200: roundSchema, ...errorResponses } } },
    async (request) => service.reopenRound(db, requireActor(request), auditActor(request), request.params.id, request.body.reason),
  );

  r.post(
    '/evaluation-rounds/:id/approve',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Record the competent authority\'s decision and issue the certificates (organiser; idempotent)',
        params: idParams,
        body: z.object({ decisionNumber: text(100), decisionDate: isoDateSchema, issuer: z.string().trim().max(200).optional() }),
        response: {
          200: z.object({ id: z.string(), status: z.string(), decisionNumber: z.string(), decisionDate: z.string(), issuer: z.string(), certificates: z.array(certificateSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => service.approveRound(db, requireActor(request), auditActor(request), request.params.id, request.body),
  );

  r.get(
    '/products/:id/feedback',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Producer feedback from the latest round: lost points, points needed for the next class, cheapest improvements',
        params: idParams,
        querystring: z.object({ roundId: z.uuid().optional() }),
        response: {
          200: z.object({
            productId: z.string(),
            productName: z.string(),
            entityName: z.string(),
            groupCode: z.string(),
            history: z.array(z.looseObject({ roundId: z.string(), date: z.string() })),
            current: z
              .object({
                stars: z.number().nullable().describe("the product's current class, as the catalogue shows it"),
                certificate: z.looseObject({ number: z.string(), stars: z.number(), validUntil: z.string() }).nullable().describe('its valid certificate, if any'),
                recognition: z.looseObject({ stars: z.number(), year: z.number() }).nullable().describe('its latest recognition on record'),
              })
              .describe('what the current class rests on, so the feedback of a round is not mistaken for it'),
            round: z.looseObject({ id: z.string() }).nullable(),
            criteriaSetCode: z.string().nullable(),
            result: z.looseObject({}).nullable(),
            feedback: feedbackSchema.nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => feedback.productFeedback(db, requireActor(request), request.params.id, request.query.roundId),
  );

  r.get(
    '/products/:id/self-assessment',
    { schema: { tags: ['evaluation'], summary: 'The latest self-assessment of a product', params: idParams, response: { 200: z.object({ item: selfAssessmentSchema.nullable() }), ...errorResponses } } },
    async (request) => feedback.latestSelfAssessment(db, requireActor(request), request.params.id),
  );

  r.post(
    '/products/:id/self-assessment',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Self-assess a product on the criteria in force and get the predicted class',
        params: idParams,
        body: z.object({ answers: z.record(z.string(), z.string().max(8).nullable()), criteriaSetCode: z.string().max(64).optional() }),
        response: { 201: selfAssessmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await feedback.saveSelfAssessment(db, requireActor(request), auditActor(request), request.params.id, request.body)),
  );
}
