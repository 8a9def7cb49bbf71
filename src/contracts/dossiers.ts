import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams, page, pagination, problemSchema } from './common';
import {
  cycleItemSchema,
  filed,
  itemListQuery,
  requestIdField,
  timelineEntrySchema,
  transitionBody,
  transitionDescription,
  versionParams,
  versionSchema,
  versionSummarySchema,
} from './cycle-items';
import { fileSchema } from './files';
import { preAssessmentSchema } from './rounds';
import {
  COMMUNE_PRE_ASSESSMENT_CRITERIA,
  communePreAssessmentSchema,
  cycleYearSchema,
  DOSSIER_ACTIONS,
  DOSSIER_ENTRY_PATHS,
  DOSSIER_PURPOSES,
  DOSSIER_STATUSES,
  dossierMachine,
  legacyDossierMachine,
  type CommunePreAssessment,
} from '../domain/cycle';

/** Step 5 entry of the annual cycle: evaluation dossiers, their checklists and the commune's pre-assessment. */

const tags = ['cycle: dossiers'];

export const dossierSchema = cycleItemSchema.extend({
  entryPath: z.enum(DOSSIER_ENTRY_PATHS).describe('how the product reached evaluation: through the cycle, or an existing product registered directly'),
  entryPathLabel: z.string(),
  productId: z.string().nullable(),
  businessPlanId: z.string().nullable(),
  ideaId: z.string().nullable(),
  checklistCode: z.string().describe('the dossier checklist (rule version) applied'),
  purpose: z.enum(DOSSIER_PURPOSES).nullable().describe('`re-recognition` or `upgrade` when started from the product’s last dossier; null for a first evaluation'),
  reusedFromId: z.string().nullable().describe('the dossier whose documents were carried over'),
});
export type Dossier = z.infer<typeof dossierSchema>;

export const checklistItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  required: z.boolean(),
  acceptedTypes: z.array(z.string()),
  communePreAssessed: z.boolean(),
  present: z.boolean(),
  files: z.array(fileSchema),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

const [firstCriterion, ...otherCriteria] = COMMUNE_PRE_ASSESSMENT_CRITERIA.map((c) => c.code);

export const dossierDetailSchema = dossierSchema.extend({
  checklist: z.object({
    code: z.string(),
    ruleVersion: z.string(),
    name: z.string(),
    toVerify: z.boolean(),
    items: z.array(checklistItemSchema),
  }),
  completeness: z.object({ complete: z.boolean(), missing: z.array(z.string()), required: z.array(z.string()) }),
  preAssessment: filed<CommunePreAssessment>('the commune’s pre-assessment as recorded (the `preAssessment` of action `pre-assess`)').nullable(),
  sheetPreAssessment: preAssessmentSchema
    .nullable()
    .describe('the sheet criteria the commune pre-assessed for the round (same record as `preAssessment`; the round page shows it too)'),
  preAssessedAt: z.string().nullable(),
  preAssessmentOutcome: z
    .object({ complete: z.boolean(), missing: z.array(z.string()), disqualifiedBy: z.array(z.string()), mayPropose: z.boolean() })
    .nullable(),
  preAssessmentCriteria: z.array(z.object({ code: z.enum([firstCriterion, ...otherCriteria]), label: z.string(), disqualifying: z.boolean() })),
  timeline: z.array(timelineEntrySchema),
  versions: z.array(versionSummarySchema),
});
export type DossierDetail = z.infer<typeof dossierDetailSchema>;

export const dossierVersionSchema = versionSchema(z.record(z.string(), z.unknown()).describe('what the dossier named when filed: product, entry path, plan, checklist'));
export type DossierVersion = z.infer<typeof dossierVersionSchema>;

export const dossierBody = z.strictObject({
  entryPath: z.enum(DOSSIER_ENTRY_PATHS),
  businessPlanId: z.uuid().optional().describe('the accepted business plan (entryPath `cycle`)'),
  productId: z.uuid().optional().describe('the registered product (required for `existing-product`; optional link for `cycle`)'),
  cycleYear: cycleYearSchema.optional(),
  purpose: z
    .enum(DOSSIER_PURPOSES)
    .optional()
    .describe('re-recognition (from 180 days before the certificate’s last valid day, or after it expired) or upgrade (any time while in force, below 5★) of a certified product (`existing-product`): the new dossier carries over the documents of the product’s last dossier'),
  requestId: requestIdField,
});
export type DossierInput = z.input<typeof dossierBody>;

export const dossierListQuery = z.object({
  ...itemListQuery(DOSSIER_STATUSES),
  entryPath: z.enum(DOSSIER_ENTRY_PATHS).optional(),
  productId: z.uuid().optional(),
  businessPlanId: z.uuid().optional(),
  ...pagination,
});
export type DossierFilters = z.input<typeof dossierListQuery>;

export const dossierTransitionBody = transitionBody(DOSSIER_ACTIONS).extend({
  note: z.string().max(2000).nullish().describe('reason (required to return, reject or remove from a round)'),
  preAssessment: communePreAssessmentSchema.optional().describe('the commune’s pre-assessment, with action `pre-assess`'),
});

export const dossiers = {
  list: endpoint({
    method: 'GET',
    path: '/dossiers',
    tags,
    summary: 'Evaluation dossiers (step 5 entry) in the caller’s jurisdiction',
    description: `Statuses: ${DOSSIER_STATUSES.map((s) => `\`${s}\``).join(', ')}.`,
    querystring: dossierListQuery,
    response: { 200: page(dossierSchema), ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/dossiers',
    tags,
    summary: 'Open an evaluation dossier (cycle product or existing product)',
    description:
      'A `cycle` dossier needs an accepted business plan of a registered entity; an `existing-product` dossier registers a product already in the registry directly. One live dossier per product or plan (409 otherwise). Then upload the checklist items (`POST /api/dossiers/{id}/files`) and `submit`. Idempotent with an `Idempotency-Key` header or `requestId`.',
    body: dossierBody,
    response: { 201: dossierDetailSchema, ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/dossiers/:id',
    tags,
    summary: 'One dossier: checklist with files, completeness, pre-assessment, timeline',
    params: idParams,
    response: { 200: dossierDetailSchema, ...errorResponses },
  }),
  transition: endpoint({
    method: 'POST',
    path: '/dossiers/:id/transitions',
    tags,
    summary: 'Move a dossier on: submit, pre-assess, forward, confirm-complete, return, reject, resubmit, withdraw, include-in-round…',
    description:
      transitionDescription(dossierMachine, legacyDossierMachine) +
      '\n\n`submit`, `resubmit` and `confirm-complete` need every required checklist item (409 listing the missing ones). Under the two-level procedure `pre-assess` carries `preAssessment`, and `forward` needs a pre-assessment that lets the commune propose the product.',
    params: idParams,
    body: dossierTransitionBody,
    response: { 200: dossierDetailSchema, ...errorResponses, 403: problemSchema },
  }),
  version: endpoint({
    method: 'GET',
    path: '/dossiers/:id/versions/:number',
    tags,
    summary: 'A filed version of the dossier (its files at that time)',
    params: versionParams,
    response: { 200: dossierVersionSchema, ...errorResponses },
  }),
};
