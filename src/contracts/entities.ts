import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, auditTimeline, errorResponses, idParams, noContent, optionalQueryText, page, pagination, versionQuery } from './common';
import { ENTITY_TYPES, entityCreateSchema, entityPatchSchema } from '../domain/entities/entity.schema';
import { ENTITY_ACTIONS } from '../domain/policy/entity';

/** Entities (OCOP producers): the registry of SPEC C2. */

const tags = ['entities'];

export const entitySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  type: z.enum(ENTITY_TYPES),
  legalForm: z.string().nullable(),
  name: z.string(),
  taxCode: z.string().nullable(),
  representative: z.string(),
  address: z.string(),
  unitStructure: z.enum(['current', 'legacy']),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  foundedYear: z.number().nullable(),
  members: z.number().nullable(),
  employees: z.number().nullable(),
  womanLed: z.boolean(),
  ethnicMinorityLed: z.boolean(),
  certifications: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  productCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: actionsOf(ENTITY_ACTIONS),
});
export type Entity = z.infer<typeof entitySchema>;
export type EntityInput = z.input<typeof entityCreateSchema>;
export type EntityPatch = z.input<typeof entityPatchSchema>;

export const entityListQuery = z.object({
  q: optionalQueryText.describe('accent-insensitive, typo-tolerant search on name, tax code and representative'),
  unit: z.string().max(5).optional().describe('province (2 digits), legacy district (3) or current commune (5) code'),
  type: z.enum(ENTITY_TYPES).optional(),
  ...pagination,
});
export type EntityFilters = z.input<typeof entityListQuery>;

export const entities = {
  list: endpoint({
    method: 'GET',
    path: '/entities',
    tags,
    summary: "List entities (OCOP producers) in the caller's jurisdiction",
    querystring: entityListQuery,
    response: { 200: page(entitySchema), ...errorResponses },
  }),
  export: endpoint({
    method: 'GET',
    path: '/entities/export.xlsx',
    tags,
    summary: 'The filtered entity list as an Excel workbook',
    querystring: entityListQuery.omit({ page: true, pageSize: true }),
    produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    response: { 400: errorResponses[400], 401: errorResponses[401] },
  }),
  get: endpoint({
    method: 'GET',
    path: '/entities/:id',
    tags,
    summary: 'One entity',
    params: idParams,
    response: { 200: entitySchema, ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/entities',
    tags,
    summary: 'Register an entity',
    description:
      "Text is NFC-normalised. `taxCode` is checked (10-digit MST with check digit, or 12-digit personal number for households) and must be unique (409). `unitCode` is a current-structure commune inside the caller's jurisdiction.",
    body: entityCreateSchema,
    response: { 201: entitySchema, ...errorResponses },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/entities/:id',
    tags,
    summary: 'Edit an entity (send the version you read; 409 when stale)',
    description:
      'Moving an entity to another commune (`unitCode`) is allowed only to officers whose own unit holds both the old and the new commune (400 naming `unitCode` otherwise); the move is audited.',
    params: idParams,
    body: entityPatchSchema,
    response: { 200: entitySchema, ...errorResponses },
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/entities/:id',
    tags,
    summary: 'Delete an entity without products (soft delete, audited)',
    params: idParams,
    querystring: versionQuery,
    response: { 204: noContent, ...errorResponses },
  }),
  audit: endpoint({
    method: 'GET',
    path: '/entities/:id/audit',
    tags,
    summary: 'Audit timeline of an entity (for those who may edit it, and national oversight)',
    params: idParams,
    response: { 200: auditTimeline, ...errorResponses },
  }),
};
