import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, auditTimeline, errorResponses, idParams, items, page, pagination } from './common';
import { evidenceSchema } from './evidence';
import { criteriaSetDefinitionSchema, isoDate, localizedSchema, partsSchema, recognitionLevelSchema } from './criteria-sets';
import { certificateSchema } from './certificates';
import { AUTHORITY_LEVELS } from '../domain/criteria/types';
import { DOSSIER_CHECK_STATUSES, ROUND_ENTRY_SOURCES, ROUND_LEVELS, ROUND_STATUSES } from '../domain/ranking/rounds';
import { APPROVAL_BLOCKS } from '../domain/ranking/approval-checks';
import { ROUND_ACTIONS, ROUND_ENTRY_ACTIONS, SEATS } from '../domain/policy/round';
import { ROLES } from '../domain/users/roles';

/**
 * Evaluation rounds (SPEC C4): a council at one level of one unit scores products on private
 * sheets; closing computes the results; the competent authority's decision approves them.
 */

const tags = ['evaluation'];

const text = (max: number) => z.string().trim().min(1).max(max);

/** What a round does with a product's total under its rule version and level. */
export const recognitionOutcomeSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('recognise'), stars: z.number().int() }),
    z.object({ action: z.literal('forward'), to: z.enum(AUTHORITY_LEVELS), provisionalStars: z.number().int() }),
    z.object({
      action: z.literal('not-recognised'),
      stars: z.number().int(),
      reason: z.enum(['below-3-stars', 'disqualified', 'stopped', 'outside-level-range']),
      recognisableAt: z.enum(AUTHORITY_LEVELS).optional(),
    }),
    z.object({ action: z.literal('not-evaluated') }),
  ])
  .describe('recognise (stars) | forward (to a higher level) | not-recognised (reason) | not-evaluated');
export type RecognitionOutcome = z.infer<typeof recognitionOutcomeSchema>;

export const disagreementSchema = z.object({
  criterionCode: z.string(),
  criterionName: z.string(),
  maxPoints: z.number(),
  min: z.number(),
  max: z.number(),
  range: z.number(),
});

/** A product's result, computed when the round closes and kept with the round. */
export const productResultSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  entityName: z.string(),
  criteriaSetCode: z.string(),
  sheetCode: z.string().nullable().optional().describe('the score sheet of the product set within the version'),
  evaluated: z.boolean(),
  reason: z.enum(['dossier-incomplete']).nullable().describe('why a product was not evaluated'),
  meanTotal: z.number().nullable().describe("mean of the counted members' totals, unrounded (compare classes on this)"),
  meanTotalText: z.string().nullable().describe('the same, truncated to 2 decimals for display'),
  parts: partsSchema.nullable().describe('per-part means'),
  stars: z.number().int().nullable(),
  disqualified: z.boolean(),
  disqualifyingVotes: z.array(z.object({ memberId: z.string(), criterionCode: z.string(), optionCode: z.string() })),
  stopped: z.boolean().optional().describe('scoring stopped on a "stop" knock-out for most members: not recognised'),
  stoppedVotes: z.array(z.object({ memberId: z.string(), rule: z.string(), criterionCode: z.string(), reason: localizedSchema })).optional(),
  knockOutReasons: z.array(z.object({ rule: z.string(), kind: z.enum(['excluded', 'stop']), criterionCode: z.string(), reason: localizedSchema, members: z.number() })).optional(),
  starsByTotal: z.number().int().nullable().optional().describe('class of the total before the per-star minimums'),
  missedMinimums: z
    .array(z.object({ stars: z.number().int(), criterion: z.string(), minPoints: z.number(), mean: z.number(), label: localizedSchema }))
    .optional()
    .describe('per-star minimum criteria the council means do not meet'),
  disagreements: z.array(disagreementSchema).describe("criteria whose range across members exceeds half their maximum"),
  memberTotals: z.array(z.object({ memberId: z.string(), name: z.string(), total: z.number() })),
  excludedMemberIds: z.array(z.string()).describe('members whose sheets were left out (conflict of interest)'),
  absentMemberIds: z.array(z.string()).describe('scoring members without a sheet'),
  criterionMeans: z.record(z.string(), z.number()),
  outcome: recognitionOutcomeSchema,
});
export type ProductResult = z.infer<typeof productResultSchema>;

/** The commune's pre-assessment of a product (1489/2025), shown on the members' sheets. */
export const preAssessmentSchema = z.object({
  level: z.enum(AUTHORITY_LEVELS),
  answers: z.record(z.string(), z.string()),
  points: z.record(z.string(), z.number()),
  disqualified: z.array(z.string()),
  proposed: z.boolean(),
  note: z.string().nullable(),
  by: z.string().nullable(),
  at: z.string(),
});
export type PreAssessment = z.infer<typeof preAssessmentSchema>;

/** What the approver decided for a product the approval checks stopped (issue 11 item 6). */
export const approvalDecisionSchema = z.object({
  kind: z.enum(['excluded', 'override']).describe('excluded: left out of the decision; override: certified with the reason recorded'),
  reason: z.string().nullable(),
  blocks: z.array(z.enum(APPROVAL_BLOCKS)),
  decisionNumber: z.string(),
  by: z.string().nullable(),
  at: z.string(),
});
export type ApprovalDecision = z.infer<typeof approvalDecisionSchema>;

export const roundMemberSchema = z.object({ userId: z.string(), displayName: z.string(), username: z.string(), role: z.enum(SEATS) });
export type RoundMember = z.infer<typeof roundMemberSchema>;

export const roundProductSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  groupCode: z.string(),
  subgroupCode: z.string(),
  unitName: z.string().nullable(),
  currentStars: z.number().nullable(),
  criteriaSetCode: z.string(),
  productSetCode: z.string().nullable().optional(),
  sheet: z.object({ code: z.string(), name: localizedSchema, toBeConfirmed: z.boolean(), note: localizedSchema.nullable() }).nullable().optional(),
  source: z.enum(ROUND_ENTRY_SOURCES),
  dossier: z.object({
    status: z.enum(DOSSIER_CHECK_STATUSES),
    present: z.array(z.string()),
    missing: z.array(z.string()),
    note: z.string().nullable(),
    checkedAt: z.string().nullable(),
  }),
  preAssessment: preAssessmentSchema.nullable().describe("the pre-assessed sheet criteria: from the product's dossier when it came with one (one record), else the round's"),
  communePreAssessment: z
    .object({ recorded: z.boolean(), passed: z.boolean() })
    .nullable()
    .describe('the commune pre-assessment as the approval checks read it (dossier criteria and sheet criteria); null when the procedure has none'),
  approvalBlocks: z.array(z.enum(APPROVAL_BLOCKS)).describe('why the product would not be certified by an approval now (dossier not confirmed complete, pre-assessment missing or failed)'),
  approvalDecision: approvalDecisionSchema.nullable(),
  conflicts: z.array(z.object({ userId: z.string(), displayName: z.string(), reason: z.string(), declaredAt: z.string() })),
  iHaveConflict: z.boolean(),
  progress: z
    .object({ expected: z.number(), complete: z.number(), started: z.number(), membersDone: z.array(z.string()) })
    .describe('who has finished, never the scores (sheets are private until closing)'),
  mySheet: z.object({ started: z.boolean(), complete: z.boolean(), updatedAt: z.string().nullable() }),
  result: productResultSchema.nullable(),
  certificate: certificateSchema.nullable(),
  actions: actionsOf(ROUND_ENTRY_ACTIONS),
});
export type RoundProduct = z.infer<typeof roundProductSchema>;

export const roundSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(ROUND_LEVELS),
  unitStructure: z.enum(['current', 'legacy']),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  date: z.string(),
  ruleVersion: z.string(),
  status: z.enum(ROUND_STATUSES),
  version: z.number(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionIssuer: z.string().nullable(),
  closedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
  procedure: z
    .object({ levels: z.array(recognitionLevelSchema), note: localizedSchema.nullable(), thisLevel: recognitionLevelSchema.nullable() })
    .describe('the recognition procedure of the rule version, and the rule of this round’s level'),
  members: z.array(roundMemberSchema),
  me: z.object({ role: z.enum(SEATS).nullable().describe('the seat of the signed-in user'), isOrganiser: z.boolean() }),
  actions: actionsOf(ROUND_ACTIONS),
  products: z.array(roundProductSchema),
  certificates: z.array(certificateSchema),
});
export type Round = z.infer<typeof roundSchema>;

export const roundListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(ROUND_LEVELS),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  date: z.string(),
  ruleVersion: z.string(),
  status: z.enum(ROUND_STATUSES),
  decisionNumber: z.string().nullable(),
  products: z.number(),
  members: z.number(),
  myRole: z.enum(SEATS).nullable().describe('the seat of the signed-in user'),
  version: z.number(),
  actions: actionsOf(ROUND_ACTIONS),
});
export type RoundListItem = z.infer<typeof roundListItemSchema>;

export const sheetSchema = z.object({
  roundId: z.string(),
  roundName: z.string(),
  roundStatus: z.enum(ROUND_STATUSES),
  productId: z.string(),
  productName: z.string(),
  entityName: z.string(),
  groupCode: z.string(),
  criteriaSetCode: z.string(),
  dossierStatus: z.enum(DOSSIER_CHECK_STATUSES),
  preAssessment: preAssessmentSchema.nullable(),
  answers: z.record(z.string(), z.string()),
  total: z.number(),
  parts: partsSchema,
  complete: z.boolean(),
  missing: z.array(z.string()),
  disqualified: z.array(z.string()).describe('criteria whose chosen option excludes the product'),
  knockOuts: z
    .array(z.object({ rule: z.string(), kind: z.enum(['excluded', 'stop']), criterionCode: z.string(), reason: localizedSchema }))
    .optional()
    .describe('knock-out rules this sheet hits (stop: the criteria after it are not scored)'),
  definition: criteriaSetDefinitionSchema.optional().describe('the score sheet the product is scored on (its product set’s sheet of the version)'),
  comments: z.record(z.string(), z.string()).describe('the member’s own comment per criterion (discussed on the round page)'),
  evidence: z.array(evidenceSchema).describe('the evidence the producer attached per criterion in the product’s dossier'),
  version: z.number(),
  updatedAt: z.string().nullable(),
  editable: z.boolean().describe('the signed-in member may still change it'),
  conflicted: z.boolean(),
});
export type Sheet = z.infer<typeof sheetSchema>;

export const memberSheetSchema = z.object({
  productId: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  answers: z.record(z.string(), z.string()),
  total: z.number(),
  parts: z.record(z.string(), z.number()),
  complete: z.boolean(),
  updatedAt: z.string(),
});

export const eligibleMemberSchema = z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(ROLES), provinceCode: z.string().nullable() });
export const readyDossierSchema = z.object({ id: z.string(), productId: z.string(), productName: z.string(), entryPath: z.string(), since: z.string() });

export const dossierChecklistSchema = z.object({
  code: z.string(),
  name: localizedSchema,
  toVerify: z.boolean(),
  items: z.array(z.object({ code: z.string(), name: localizedSchema, required: z.boolean(), communePreAssessed: z.boolean() })),
});

export const closeResultSchema = z.object({ id: z.string(), status: z.enum(ROUND_STATUSES), version: z.number(), results: z.array(productResultSchema) });
export const approvalSchema = z.object({
  id: z.string(),
  status: z.enum(ROUND_STATUSES),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  issuer: z.string(),
  certificates: z.array(certificateSchema),
  excluded: z.array(z.string()).describe('recognised products left out of the decision (approval checks)'),
  overridden: z.array(z.object({ productId: z.string(), reason: z.string() })).describe('products certified although the checks stopped them, with the reason'),
});

export const membersBody = z
  .array(z.object({ userId: z.uuid('errors.round.memberNotEligible'), role: z.enum(SEATS) }))
  .min(1)
  .max(60);
export type MemberInput = z.infer<typeof membersBody>[number];

const productIds = z.array(z.uuid('errors.round.productUnknown')).max(300).default([]);
const dossierIds = z.array(z.uuid('errors.round.dossierNotReady')).max(300).default([]);

export const roundCreateBody = z.object({
  name: z.string().trim().max(300).optional(),
  level: z.enum(AUTHORITY_LEVELS),
  unitCode: z.string().trim().min(1).max(10).describe('province code for provincial rounds, legacy district code for district rounds, VN for national rounds'),
  date: isoDate,
  members: membersBody,
  productIds,
  dossierIds: dossierIds.describe('evaluation dossiers confirmed complete (GET /api/evaluation-rounds/ready-dossiers); they move to "in-round"'),
});
export type RoundCreateInput = z.output<typeof roundCreateBody>;

const productParams = z.object({ id: z.uuid('errors.notFound'), productId: z.uuid('errors.notFound') });
const placeQuery = z.object({ level: z.enum(ROUND_LEVELS), unitCode: z.string().min(1).max(10) });

export const rounds = {
  list: endpoint({
    method: 'GET',
    path: '/evaluation-rounds',
    tags,
    summary: "Evaluation rounds: those of the caller's jurisdiction and those the caller sits on",
    querystring: z.object({ status: z.enum(ROUND_STATUSES).optional(), ...pagination }),
    response: { 200: page(roundListItemSchema), ...errorResponses },
  }),
  eligibleMembers: endpoint({
    method: 'GET',
    path: '/evaluation-rounds/eligible-members',
    tags,
    summary: 'People who may sit on a council of a unit (organisers)',
    querystring: placeQuery,
    response: { 200: items(eligibleMemberSchema), ...errorResponses },
  }),
  readyDossiers: endpoint({
    method: 'GET',
    path: '/evaluation-rounds/ready-dossiers',
    tags,
    summary: 'Evaluation dossiers confirmed complete and waiting for a round (organisers)',
    querystring: placeQuery,
    response: { 200: items(readyDossierSchema), ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/evaluation-rounds',
    tags,
    summary: 'Create an evaluation round with its council and products',
    description:
      'The rule version (criteria and recognition procedure) is the one in force on `date`. `members`: `[{"userId","role"}]` with exactly one `chair`; roles chair | member | advisor (advisory team, does not score). `productIds`: products of the unit added directly; `dossierIds`: ready dossiers of the cycle (their products join with the dossier confirmed complete). More can be added while the round is open.',
    body: roundCreateBody,
    response: { 201: roundSchema, ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/evaluation-rounds/:id',
    tags,
    summary: 'A round: council, products, progress, and the results once closed',
    params: idParams,
    response: { 200: roundSchema, ...errorResponses },
  }),
  audit: endpoint({
    method: 'GET',
    path: '/evaluation-rounds/:id/audit',
    tags,
    summary: 'Audit timeline of a round',
    params: idParams,
    response: { 200: auditTimeline, ...errorResponses },
  }),
  addProducts: endpoint({
    method: 'POST',
    path: '/evaluation-rounds/:id/products',
    tags,
    summary: 'Add products (directly or from ready dossiers) to an open round',
    params: idParams,
    body: z.object({ productIds, dossierIds }),
    response: { 200: roundSchema, ...errorResponses },
  }),
  removeProduct: endpoint({
    method: 'DELETE',
    path: '/evaluation-rounds/:id/products/:productId',
    tags,
    summary: 'Remove an unscored product from an open round',
    params: productParams,
    response: { 200: roundSchema, ...errorResponses },
  }),
  replaceMembers: endpoint({
    method: 'PUT',
    path: '/evaluation-rounds/:id/members',
    tags,
    summary: 'Replace the council of an open round',
    params: idParams,
    body: z.object({ version: z.number().int().min(1), members: membersBody }),
    response: { 200: roundSchema, ...errorResponses },
  }),
  dossierChecklist: endpoint({
    method: 'GET',
    path: '/evaluation-rounds/:id/products/:productId/dossier-checklist',
    tags,
    summary: "The dossier checklist in force on the round's date, with the items required for this product",
    params: productParams,
    response: { 200: dossierChecklistSchema, ...errorResponses },
  }),
  checkDossier: endpoint({
    method: 'PUT',
    path: '/evaluation-rounds/:id/products/:productId/dossier',
    tags,
    summary: 'Record the dossier completeness check of a product (organiser, chair or advisory team)',
    description: 'An incomplete dossier cannot be scored and is left out of the results.',
    params: productParams,
    body: z.object({ present: z.array(z.string().max(80)).max(100), note: z.string().trim().max(1000).nullable().optional() }),
    response: { 200: roundSchema, ...errorResponses },
  }),
  preAssess: endpoint({
    method: 'PUT',
    path: '/evaluation-rounds/:id/products/:productId/pre-assessment',
    tags,
    summary: "The commune's pre-assessment under the two-level procedure (1489/2025)",
    params: productParams,
    body: z.object({ answers: z.record(z.string(), z.string()), proposed: z.boolean(), note: z.string().trim().max(1000).nullable().optional() }),
    response: { 200: z.object({ ok: z.boolean() }), ...errorResponses },
  }),
  declareConflict: endpoint({
    method: 'POST',
    path: '/evaluation-rounds/:id/products/:productId/conflict',
    tags,
    summary: 'Declare a conflict of interest: the signed-in member is excluded from this product',
    params: productParams,
    body: z.object({ reason: text(1000) }),
    response: { 200: roundSchema, ...errorResponses },
  }),
  sheets: endpoint({
    method: 'GET',
    path: '/evaluation-rounds/:id/sheets',
    tags,
    summary: "Every member's sheets, once the round is closed (409 while open: sheets are private)",
    params: idParams,
    response: { 200: items(memberSheetSchema), ...errorResponses },
  }),
  mySheet: endpoint({
    method: 'GET',
    path: '/evaluation-rounds/:id/sheets/:productId',
    tags,
    summary: "The signed-in member's own sheet for a product",
    params: productParams,
    response: { 200: sheetSchema, ...errorResponses },
  }),
  saveSheet: endpoint({
    method: 'PUT',
    path: '/evaluation-rounds/:id/sheets/:productId',
    tags,
    summary: 'Save the signed-in member\'s sheet: {"answers": {criterionCode: optionCode}, "comments": {criterionCode: text}}',
    description:
      "Replaces the member's answers (unanswered criteria may be left out or null). Answers with the sheet's `total` and per-part `parts`. Send the `version` you read to detect concurrent edits (409).",
    params: productParams,
    body: z.object({
      answers: z.record(z.string(), z.string().max(8).nullable()),
      comments: z.record(z.string().max(20), z.string().max(2000, 'errors.tooLong').nullable()).optional().describe('comments per criterion (null or empty removes one); left out: kept as they are'),
      version: z.number().int().min(0).optional(),
    }),
    response: { 200: sheetSchema, ...errorResponses },
  }),
  close: endpoint({
    method: 'POST',
    path: '/evaluation-rounds/:id/close',
    tags,
    summary: "Close the round and compute each product's results (chair or organiser; repeated calls return the same results)",
    params: idParams,
    response: { 200: closeResultSchema, ...errorResponses },
  }),
  reopen: endpoint({
    method: 'POST',
    path: '/evaluation-rounds/:id/reopen',
    tags,
    summary: 'Reopen a closed round before approval (chair)',
    params: idParams,
    body: z.object({ reason: text(1000) }),
    response: { 200: roundSchema, ...errorResponses },
  }),
  approve: endpoint({
    method: 'POST',
    path: '/evaluation-rounds/:id/approve',
    tags,
    summary: "Record the competent authority's decision and issue the certificates (organiser; idempotent)",
    params: idParams,
    description:
      'A recognised product whose dossier is not confirmed complete, or whose commune pre-assessment (two-level procedure) is missing or failed, is certified only with a reason (`overrides`) or left out (`excluded`); a product in neither answers 409 naming it. The choices are stored with the product and audited.',
    body: z.object({
      decisionNumber: text(100),
      decisionDate: isoDate,
      issuer: z.string().trim().max(200).optional(),
      excluded: z.array(z.uuid('errors.round.productUnknown')).max(300).default([]).describe('blocked products left out of this decision'),
      overrides: z
        .array(z.object({ productId: z.uuid('errors.round.productUnknown'), reason: text(1000) }))
        .max(300)
        .default([])
        .describe('blocked products certified anyway, with the approver’s reason'),
    }),
    response: { 200: approvalSchema, ...errorResponses },
  }),
};
