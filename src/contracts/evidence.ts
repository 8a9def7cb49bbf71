import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, errorResponses, idParams, noContent, problemSchema } from './common';
import { isoDate, localizedSchema } from './criteria-sets';
import { requestIdField } from './cycle-items';
import { httpUrl, requiredText } from '../domain/text/zod-fields';
import { MAX_UPLOAD_BYTES } from '../domain/cycle';
import { EVIDENCE_ACTIONS } from '../domain/policy/evidence';

/**
 * Evidence per criterion (issue 11, item 5): in the evaluation dossier the producer attaches,
 * per criterion of the product's score sheet, the file or link that justifies its
 * self-assessed option; council members read it beside the options while scoring; members'
 * per-criterion comments and their disagreements are discussed on the round page.
 */

const tags = ['cycle: dossiers'];

const criterionCode = z.string().min(1, 'errors.required').max(20, 'errors.tooLong').describe('a criterion code of the product’s score sheet, e.g. `A1.2`');
const optionCode = z.string().min(1).max(8, 'errors.tooLong').describe('the self-assessed option the evidence justifies');

export const evidenceSchema = z.object({
  id: z.string(),
  dossierId: z.string(),
  criterionCode: z.string(),
  optionCode: z.string().nullable(),
  kind: z.enum(['file', 'link']),
  title: z.string(),
  url: z.string().describe('the link itself, or where the file downloads (`/api/evidence/{id}/file`)'),
  fileName: z.string().nullable(),
  fileType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  validUntil: isoDate.nullable().describe('last valid day of the document, when it has one'),
  expired: z.boolean().describe('its `validUntil` has passed: to be replaced'),
  originalDate: isoDate.describe('the day it was first attached (kept when carried over)'),
  reused: z
    .object({ fromId: z.string(), originalDate: isoDate })
    .nullable()
    .describe('set when carried over from the product’s earlier dossier (re-recognition or upgrade)'),
  attachedBy: z.string().nullable(),
  createdAt: z.string(),
  actions: actionsOf(EVIDENCE_ACTIONS),
});
export type Evidence = z.infer<typeof evidenceSchema>;

const optionSchema = z.object({ code: z.string(), label: localizedSchema, points: z.number(), case: z.number().int().optional(), hint: localizedSchema.nullable() });

export const criterionEvidenceSchema = z.object({
  code: z.string(),
  part: z.string(),
  section: z.string(),
  name: localizedSchema,
  maxPoints: z.number(),
  hint: localizedSchema.nullable().describe('the evidence the council expects for the criterion as a whole'),
  options: z.array(optionSchema).describe('each option with its evidence hint (from the rule version’s data)'),
  selfAssessed: z.string().nullable().describe('the option the producer’s latest self-assessment on this version chose'),
  evidence: z.array(evidenceSchema),
});
export type CriterionEvidence = z.infer<typeof criterionEvidenceSchema>;

export const dossierEvidenceSchema = z.object({
  dossierId: z.string(),
  sheet: z
    .object({ criteriaSetCode: z.string(), sheetCode: z.string().nullable(), name: localizedSchema.nullable() })
    .nullable()
    .describe('the score sheet the product is scored on (the version in force today, its product set’s sheet); null when none applies'),
  criteria: z.array(criterionEvidenceSchema),
  /** Evidence of criteria the sheet no longer has (kept, shown apart). */
  other: z.array(evidenceSchema),
  actions: actionsOf(['attach'] as const),
});
export type DossierEvidence = z.infer<typeof dossierEvidenceSchema>;

export const evidenceLinkBody = z.strictObject({
  criterionCode,
  optionCode: optionCode.optional(),
  url: httpUrl(1000),
  title: requiredText(300),
  validUntil: isoDate.optional(),
  requestId: requestIdField,
});

const fileQuery = z.object({
  criterionCode,
  optionCode: optionCode.optional(),
  title: z.string().max(300, 'errors.tooLong').optional(),
  validUntil: isoDate.optional(),
});

export const disagreementsQuery = z.object({
  minSpread: z.coerce.number().min(0).max(100).optional().describe('threshold in points (default: more than half the criterion’s maximum, the results’ rule)'),
});

const disagreementSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  criterionCode: z.string(),
  criterionName: localizedSchema,
  maxPoints: z.number(),
  spread: z.number(),
  lowest: z.number(),
  highest: z.number(),
  members: z.array(z.object({ memberId: z.string(), memberName: z.string(), optionCode: z.string(), optionLabel: localizedSchema, points: z.number(), comment: z.string().nullable() })),
  otherComments: z.array(z.object({ memberId: z.string(), memberName: z.string(), comment: z.string() })),
});
export type RoundDisagreement = z.infer<typeof disagreementSchema>;

export const roundDisagreementsSchema = z.object({
  minSpread: z.number().nullable(),
  items: z.array(disagreementSchema),
  pending: z
    .array(z.object({ productId: z.string(), productName: z.string() }))
    .describe('products not every scoring member has finished yet: while the round is open their sheets stay private'),
});
export type RoundDisagreements = z.infer<typeof roundDisagreementsSchema>;

export const evidence = {
  list: endpoint({
    method: 'GET',
    path: '/dossiers/:id/evidence',
    tags,
    summary: 'Evidence per criterion of the product’s score sheet, with each option’s evidence hint',
    description: 'The dossier’s readers, and council seats of a round the product is in.',
    params: idParams,
    response: { 200: dossierEvidenceSchema, ...errorResponses },
  }),
  attachLink: endpoint({
    method: 'POST',
    path: '/dossiers/:id/evidence',
    tags,
    summary: 'Attach a link as evidence for one criterion',
    description: 'The dossier’s filer side, while it is a draft or returned. Idempotent with an `Idempotency-Key` header or `requestId`.',
    params: idParams,
    body: evidenceLinkBody,
    response: { 201: evidenceSchema, ...errorResponses },
  }),
  attachFile: endpoint({
    method: 'POST',
    path: '/dossiers/:id/evidence/files',
    tags,
    summary: 'Attach a file as evidence for one criterion',
    description: `multipart/form-data with one \`file\` (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: PDF, JPEG, PNG, WebP, DOCX or XLSX, read from its content and agreeing with its name); the criterion, option, title and validity in the query.`,
    params: idParams,
    querystring: fileQuery,
    multipart: true,
    response: { 201: evidenceSchema, ...errorResponses, 413: problemSchema },
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/evidence/:id',
    tags,
    summary: 'Remove evidence (the dossier’s filer side, while it is a draft or returned)',
    params: idParams,
    response: { 204: noContent, ...errorResponses },
  }),
  download: endpoint({
    method: 'GET',
    path: '/evidence/:id/file',
    tags,
    summary: 'Download the file of file evidence',
    description: 'Always as an attachment, with `X-Content-Type-Options: nosniff` and a sandboxing Content-Security-Policy.',
    params: idParams,
    produces: 'application/octet-stream',
    response: { 400: problemSchema, 401: problemSchema, 404: problemSchema },
  }),
  disagreements: endpoint({
    method: 'GET',
    path: '/evaluation-rounds/:id/disagreements',
    tags: ['evaluation'],
    summary: 'Criteria the council’s members disagree on, with their options and comments',
    description: 'For the council’s seats and the organising office. While the round is open only products every scoring member has finished are shown.',
    params: idParams,
    querystring: disagreementsQuery,
    response: { 200: roundDisagreementsSchema, ...errorResponses },
  }),
};
