import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/entities.service';
import { entityCreateSchema, entityPatchSchema, ENTITY_TYPES, ENTITY_TYPE_LABELS } from '../../domain/entities/entity.schema';
import { requireActor } from '../plugins/auth';
import { auditActor, auditEventSchema, errorResponses, idParams, noContent, optionalQueryText, pagination } from './common';
import { toXlsx } from '../../services/exports/xlsx';

export const entitySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  type: z.string(),
  legalForm: z.string().nullable(),
  name: z.string(),
  taxCode: z.string().nullable(),
  representative: z.string(),
  address: z.string(),
  unitStructure: z.string(),
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
});

const listQuery = z.object({
  q: optionalQueryText.describe('accent-insensitive, typo-tolerant search on name, tax code and representative'),
  unit: z.string().max(5).optional().describe('province (2 digits), legacy district (3) or current commune (5) code'),
  type: z.enum(ENTITY_TYPES).optional(),
  ...pagination,
});

export async function entityRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'List entities (OCOP producers) in the caller\'s jurisdiction',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(entitySchema), total: z.number() }), ...errorResponses },
      },
    },
    async (request) => service.listEntities(db, requireActor(request), request.query),
  );

  r.get(
    '/entities/export.xlsx',
    { schema: { tags: ['entities'], summary: 'The filtered entity list as an Excel workbook', querystring: listQuery.omit({ page: true, pageSize: true }) } },
    async (request, reply) => {
      const actor = requireActor(request);
      const { items } = await service.listEntities(db, actor, { ...request.query, page: 1, pageSize: 50_000 });
      const vi = request.lang === 'vi';
      const buffer = await toXlsx(vi ? 'Chủ thể OCOP' : 'OCOP entities', [
        { header: vi ? 'Tên chủ thể' : 'Name', width: 45, value: (e) => e.name },
        { header: vi ? 'Loại hình' : 'Type', width: 22, value: (e) => ENTITY_TYPE_LABELS[e.type as keyof typeof ENTITY_TYPE_LABELS]?.[request.lang] ?? e.type },
        { header: vi ? 'Mã số thuế' : 'Tax code', width: 16, value: (e) => e.taxCode },
        { header: vi ? 'Người đại diện' : 'Representative', width: 25, value: (e) => e.representative },
        { header: vi ? 'Địa chỉ' : 'Address', width: 40, value: (e) => e.address },
        { header: vi ? 'Xã/phường' : 'Commune', width: 22, value: (e) => e.unitName },
        { header: vi ? 'Tỉnh/thành phố' : 'Province', width: 22, value: (e) => e.provinceName },
        { header: vi ? 'Năm thành lập' : 'Founded', width: 12, value: (e) => e.foundedYear },
        { header: vi ? 'Lao động' : 'Employees', width: 10, numFmt: '#,##0', value: (e) => e.employees },
        { header: vi ? 'Số sản phẩm' : 'Products', width: 10, value: (e) => e.productCount },
      ], items);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${vi ? 'chu-the-ocop' : 'ocop-entities'}.xlsx"`)
        .send(buffer);
    },
  );

  r.get(
    '/entities/:id',
    { schema: { tags: ['entities'], summary: 'One entity', params: idParams, response: { 200: entitySchema, ...errorResponses } } },
    async (request) => service.getEntity(db, requireActor(request), request.params.id),
  );

  r.post(
    '/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'Register an entity',
        description: 'Text is NFC-normalised. `taxCode` is checked (10-digit MST with check digit, or 12-digit personal number for households) and must be unique (409). `unitCode` is a current-structure commune inside the caller\'s jurisdiction.',
        body: entityCreateSchema,
        response: { 201: entitySchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createEntity(db, requireActor(request), auditActor(request), request.body)),
  );

  r.patch(
    '/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'Edit an entity (send the version you read; 409 when stale)',
        params: idParams,
        body: entityPatchSchema,
        response: { 200: entitySchema, ...errorResponses },
      },
    },
    async (request) => service.updateEntity(db, requireActor(request), auditActor(request), request.params.id, request.body),
  );

  r.delete(
    '/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'Delete an entity without products (soft delete, audited)',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteEntity(db, requireActor(request), auditActor(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/entities/:id/audit',
    { schema: { tags: ['entities'], summary: 'Audit timeline of an entity', params: idParams, response: { 200: z.object({ items: z.array(auditEventSchema) }), ...errorResponses } } },
    async (request) => ({ items: await service.entityTimeline(db, requireActor(request), request.params.id) }),
  );
}
