import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, errorResponses, idParams, noContent, optionalQueryText, page, pagination, problemSchema } from './common';
import { isoDate, localizedSchema } from './criteria-sets';
import { requestIdField } from './cycle-items';
import { optionalText, requiredText } from '../domain/text/zod-fields';
import { INSPECTION_OUTCOMES, INSPECTION_STATUSES, ITEM_RESULTS } from '../domain/inspections/inspection';
import { INSPECTION_ACTIONS } from '../domain/policy/inspection';
import { MAX_PHOTO_BYTES, PHOTO_VARIANTS } from '../domain/portal/photos';

/**
 * Post-recognition inspections (hậu kiểm) of certified OCOP products: planned by the
 * provincial office, recorded once with a checklist (per rule version), findings, photos and an
 * outcome — compliant, to fix by a date, or revoke (the certificate is revoked with it).
 */

const tags = ['inspections'];

export const inspectionChecklistSchema = z.object({
  code: z.string().describe('rule version of the checklist, e.g. 1489-2025'),
  ruleVersion: z.string(),
  name: localizedSchema,
  toVerify: z.boolean().describe('true while the checklist has not been checked against the official text'),
  items: z.array(z.object({ code: z.string(), label: localizedSchema, description: localizedSchema.nullable() })),
});

export const itemResultSchema = z
  .object({
    code: z.string().min(1).max(60),
    result: z.enum(ITEM_RESULTS).describe('pass | fail | na (not applicable)'),
    note: optionalText(1000),
  })
  .strict();

export const inspectionPhotoSchema = z.object({
  id: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  alt: z.string().nullable(),
  src: z.string().describe('the 640 px copy'),
  srcset: z.string(),
});
export type InspectionPhoto = z.infer<typeof inspectionPhotoSchema>;

export const inspectionSchema = z.object({
  id: z.string(),
  certificateId: z.string(),
  certificateNumber: z.string(),
  certificateStatus: z.string().describe('valid | expiring | expired | revoked | superseded (today)'),
  certificateIssuedOn: z.string().describe("the certificate's first valid day: the earliest planned day, and the day whose checklist a plan may use instead"),
  stars: z.number().int(),
  productId: z.string(),
  productName: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string(),
  status: z.enum(INSPECTION_STATUSES),
  plannedOn: z.string(),
  planNote: z.string().nullable(),
  inspectors: z.string().nullable(),
  inspectedOn: z.string().nullable(),
  checklist: inspectionChecklistSchema,
  results: z.array(z.object({ code: z.string(), result: z.enum(ITEM_RESULTS), note: z.string().nullable() })),
  counts: z.object({ pass: z.number().int(), fail: z.number().int(), na: z.number().int() }),
  findings: z.string().nullable(),
  outcome: z.enum(INSPECTION_OUTCOMES).nullable(),
  fixBy: z.string().nullable(),
  cancelReason: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  photos: z.array(inspectionPhotoSchema),
  version: z.number(),
  createdAt: z.string(),
  actions: actionsOf(INSPECTION_ACTIONS),
});
export type Inspection = z.infer<typeof inspectionSchema>;

export const inspectionListQuery = z.object({
  status: z.enum(INSPECTION_STATUSES).optional(),
  outcome: z.enum(INSPECTION_OUTCOMES).optional(),
  productId: z.uuid().optional(),
  certificateId: z.uuid().optional(),
  unit: optionalQueryText.describe('unit code (a commune, district or province) of the products'),
  year: z.coerce.number().int().min(2014).max(2100).optional(),
  q: optionalQueryText.describe('certificate number, product or producer'),
  ...pagination,
});
export type InspectionFilters = z.input<typeof inspectionListQuery>;

export const inspectionPlanBody = z
  .object({
    certificateId: z.uuid('errors.notFound'),
    plannedOn: isoDate,
    planNote: optionalText(1000),
    inspectors: optionalText(300),
    requestId: requestIdField,
  })
  .strict();
export type InspectionPlanInput = z.input<typeof inspectionPlanBody>;

export const inspectionUpdateBody = z
  .object({
    plannedOn: isoDate.optional(),
    planNote: optionalText(1000).optional(),
    inspectors: optionalText(300).optional(),
    checklistCode: z.string().min(1).max(40).optional()
      .describe("checklist version: the one in force on the planned day (default) or on the certificate's issue day"),
    version: z.number().int().min(1),
  })
  .strict();
export type InspectionUpdateInput = z.input<typeof inspectionUpdateBody>;

export const inspectionCancelBody = z
  .object({
    version: z.number().int().min(1),
    reason: requiredText(1000).describe('why the planned inspection will not take place'),
  })
  .strict();
export type InspectionCancelInput = z.input<typeof inspectionCancelBody>;

export const inspectionRecordBody = z
  .object({
    version: z.number().int().min(1),
    inspectedOn: isoDate,
    inspectors: optionalText(300).optional(),
    results: z.array(itemResultSchema).min(1).max(60),
    findings: optionalText(4000),
    outcome: z.enum(INSPECTION_OUTCOMES),
    fixBy: isoDate.nullish(),
    revokeReason: requiredText(1000).optional().describe('reason written on the revocation (outcome revoke); defaults to the findings'),
  })
  .strict();
export type InspectionRecordInput = z.input<typeof inspectionRecordBody>;

export const inspections = {
  list: endpoint({
    method: 'GET',
    path: '/inspections',
    tags,
    summary: "Inspections in the caller's jurisdiction (producers: of their own products)",
    querystring: inspectionListQuery,
    response: { 200: page(inspectionSchema), ...errorResponses },
  }),
  plan: endpoint({
    method: 'POST',
    path: '/inspections',
    tags,
    summary: 'Plan an inspection of a certified product',
    description:
      'The checklist is the version in force on `plannedOn`. Idempotent with an `Idempotency-Key` header or `requestId` (200 with the first inspection).',
    body: inspectionPlanBody,
    response: { 200: inspectionSchema, 201: inspectionSchema, ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/inspections/:id',
    tags,
    summary: 'One inspection',
    params: idParams,
    response: { 200: inspectionSchema, ...errorResponses },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/inspections/:id',
    tags,
    summary: 'Change a planned inspection (date, note, inspectors, checklist version); 409 once recorded or cancelled',
    description:
      'Only the fields sent change; `version` is the one read (409 `errors.conflict.stale` when it has moved on). A new `plannedOn` keeps the checklist ' +
      "while it is still allowed, else takes the one in force on the new day; `checklistCode` may name the checklist in force on the planned day or on the certificate's issue day (400 otherwise).",
    params: idParams,
    body: inspectionUpdateBody,
    response: { 200: inspectionSchema, ...errorResponses },
  }),
  record: endpoint({
    method: 'POST',
    path: '/inspections/:id/record',
    tags,
    summary: 'Record a planned inspection: checklist results, findings and outcome',
    description:
      'One result per checklist item (a failed item needs a note). `compliant` only without failed items; `fix_by` needs `fixBy` after `inspectedOn`; ' +
      '`revoke` revokes the certificate in the same transaction (as POST /certificates/{id}/revoke, dated `inspectedOn`).',
    params: idParams,
    body: inspectionRecordBody,
    response: { 200: inspectionSchema, ...errorResponses },
  }),
  cancel: endpoint({
    method: 'POST',
    path: '/inspections/:id/cancel',
    tags,
    summary: 'Cancel a planned inspection, with a reason',
    description: 'A cancelled inspection is final (409 on any later change) and keeps its reason; it is not counted in the reports.',
    params: idParams,
    body: inspectionCancelBody,
    response: { 200: inspectionSchema, ...errorResponses },
  }),
  uploadPhoto: endpoint({
    method: 'POST',
    path: '/inspections/:id/photos',
    tags,
    summary: 'Add a photo taken during the inspection',
    description: `multipart/form-data with one \`file\` (at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB) and optionally \`alt\` before it; stored as resized copies without metadata, like product photos.`,
    params: idParams,
    multipart: true,
    response: { 200: inspectionPhotoSchema, 201: inspectionPhotoSchema, ...errorResponses, 413: problemSchema },
  }),
  removePhoto: endpoint({
    method: 'DELETE',
    path: '/inspections/:id/photos/:photoId',
    tags,
    summary: 'Remove a photo from a planned inspection (409 once recorded or cancelled)',
    description: 'The photo is no longer listed nor served; the audit keeps its removal.',
    params: idParams.extend({ photoId: z.uuid('errors.notFound') }),
    response: { 204: noContent, ...errorResponses },
  }),
  photoFile: endpoint({
    method: 'GET',
    path: '/inspection-photos/:id/:variant',
    tags,
    summary: 'A resized copy of an inspection photo (for those who may read the inspection)',
    params: idParams.extend({ variant: z.enum(PHOTO_VARIANTS) }),
    produces: 'image/webp',
    response: { 400: problemSchema, 404: problemSchema },
  }),
};
