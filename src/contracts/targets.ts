import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, auditTimeline, errorResponses, idParams, items, noContent, versionQuery } from './common';
import { TARGET_MEASURES } from '../domain/reports/targets';
import { TARGET_ACTIONS } from '../domain/policy/target';
import { optionalText } from '../domain/text/zod-fields';

/**
 * Yearly programme targets per unit (the nation, a province, a commune), entered by the
 * provincial and central offices; the `targets` report sets them against what the records achieved.
 */

const tags = ['targets'];
export { TARGET_MEASURES, TARGET_ACTIONS };

const measureValues = z
  .object(Object.fromEntries(TARGET_MEASURES.map((m) => [m, z.number().int().min(0).max(1_000_000).optional()])) as Record<(typeof TARGET_MEASURES)[number], z.ZodOptional<z.ZodNumber>>)
  .strict();

export const targetSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  year: z.number().int(),
  /** `VN` for national targets. */
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  /** Target per measure; a measure left out has no target. */
  values: measureValues,
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: actionsOf(TARGET_ACTIONS),
});
export type Target = z.infer<typeof targetSchema>;

export const targetCreateSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    unitCode: z.string().regex(/^(VN|\d{2}|\d{5})$/, { error: 'errors.target.unit' }).describe('`VN`, a current province or commune'),
    values: measureValues,
    note: optionalText(2000),
  })
  .strict();
export const targetPatchSchema = z
  .object({ version: z.number().int().min(1), values: measureValues.optional(), note: optionalText(2000) })
  .strict();
export type TargetInput = z.input<typeof targetCreateSchema>;
export type TargetPatch = z.input<typeof targetPatchSchema>;

export const targetListQuery = z.object({
  unit: z.string().max(20).regex(/^(VN|\d{2}|\d{5})$/, { error: 'errors.target.unit' }).optional().describe('the unit and the units under it'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const targets = {
  list: endpoint({
    method: 'GET',
    path: '/targets',
    tags,
    summary: "Yearly targets in the caller's jurisdiction",
    querystring: targetListQuery,
    response: { 200: items(targetSchema), ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/targets/:id',
    tags,
    summary: "One unit's targets for a year",
    params: idParams,
    response: { 200: targetSchema, ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/targets',
    tags,
    summary: "Set a unit's targets for a year (one record per unit and year: 409 when it exists)",
    body: targetCreateSchema,
    response: { 201: targetSchema, ...errorResponses },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/targets/:id',
    tags,
    summary: 'Change targets (send the version you read; 409 when stale)',
    params: idParams,
    body: targetPatchSchema,
    response: { 200: targetSchema, ...errorResponses },
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/targets/:id',
    tags,
    summary: "Delete a unit's targets for a year",
    params: idParams,
    querystring: versionQuery,
    response: { 204: noContent, ...errorResponses },
  }),
  audit: endpoint({
    method: 'GET',
    path: '/targets/:id/audit',
    tags,
    summary: 'Audit timeline of a target record',
    params: idParams,
    response: { 200: auditTimeline, ...errorResponses },
  }),
};
