import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/products.service';
import { figureSchema, figureYearSchema, productCreateSchema, productPatchSchema } from '../../domain/products/product.schema';
import { requireActor } from '../plugins/auth';
import { auditActor, auditEventSchema, errorResponses, idParams, noContent, optionalQueryText, pagination } from './common';
import { toXlsx } from '../../services/exports/xlsx';
import { productGroupNames } from '../../services/product-groups.service';

export const productSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  entityId: z.string(),
  entityName: z.string(),
  name: z.string(),
  groupCode: z.string(),
  subgroupCode: z.string(),
  description: z.string().nullable(),
  story: z.string().nullable(),
  rawMaterialOrigin: z.string().nullable(),
  packaging: z.string().nullable(),
  qualityStandard: z.string().nullable(),
  trademark: z.string().nullable(),
  gtin: z.string().nullable(),
  priceVnd: z.number().nullable(),
  priceUnit: z.string().nullable(),
  whereToBuy: z.string().nullable(),
  photos: z.array(z.string()),
  stars: z.number().int().min(1).max(5).nullable().describe('current star class; null when not rated'),
  starHistory: z.array(z.object({ stars: z.number(), year: z.number(), level: z.string(), unitName: z.string().nullable(), decision: z.string().nullable() })),
  unitStructure: z.string(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const figureOut = z.object({
  year: z.number(),
  revenueVnd: z.number(),
  costVnd: z.number(),
  profitVnd: z.number(),
  output: z.number().nullable(),
  outputUnit: z.string().nullable(),
  employees: z.number().nullable(),
});

/** `stars=3,4` or `stars=3&stars=4`; 0 means "not rated". */
const starsParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    const list = (Array.isArray(v) ? v : v.split(',')).map((s) => Number(s.trim()));
    if (list.some((n) => !Number.isInteger(n) || n < 0 || n > 5)) {
      ctx.addIssue({ code: 'custom', message: 'errors.invalid' });
      return z.NEVER;
    }
    return list;
  });

const listQuery = z.object({
  q: optionalQueryText.describe('accent-insensitive, typo-tolerant search ("ruou ba kich" finds "Rượu ba kích")'),
  province: z.string().max(3).optional(),
  unit: z.string().max(5).optional(),
  group: z.string().max(3).optional(),
  subgroup: z.string().max(6).optional(),
  stars: starsParam,
  entityId: z.uuid().optional(),
  catalogue: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('list the public catalogue (recognised products everywhere) even when signed in'),
  ...pagination,
});

const yearParams = idParams.extend({ year: figureYearSchema });

export async function productRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/products',
    {
      schema: {
        tags: ['products'],
        summary: 'List products; without a session, the public catalogue (recognised 3★+ products)',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(productSchema), total: z.number() }), 400: errorResponses[400] },
      },
    },
    async (request) => service.listProducts(db, request.actor, request.query),
  );

  r.get(
    '/products/export.xlsx',
    { schema: { tags: ['products'], summary: 'The filtered product list as an Excel workbook', querystring: listQuery.omit({ page: true, pageSize: true }) } },
    async (request, reply) => {
      const { items } = await service.listProducts(db, request.actor, { ...request.query, page: 1, pageSize: 50_000 });
      const vi = request.lang === 'vi';
      const groups = await productGroupNames(db, request.lang);
      const buffer = await toXlsx(vi ? 'Sản phẩm OCOP' : 'OCOP products', [
        { header: vi ? 'Tên sản phẩm' : 'Product', width: 45, value: (p) => p.name },
        { header: vi ? 'Chủ thể' : 'Entity', width: 40, value: (p) => p.entityName },
        { header: vi ? 'Nhóm' : 'Group', width: 28, value: (p) => groups.get(p.groupCode) ?? p.groupCode },
        { header: vi ? 'Phân nhóm' : 'Subgroup', width: 36, value: (p) => (p.subgroupCode ? (groups.get(p.subgroupCode) ?? p.subgroupCode) : null) },
        { header: vi ? 'Hạng sao' : 'Stars', width: 10, value: (p) => p.stars },
        { header: vi ? 'Xã/phường' : 'Commune', width: 22, value: (p) => p.unitName },
        { header: vi ? 'Tỉnh/thành phố' : 'Province', width: 22, value: (p) => p.provinceName },
        { header: vi ? 'Giá (đồng)' : 'Price (VND)', width: 14, numFmt: '#,##0', value: (p) => p.priceVnd },
      ], items);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${vi ? 'san-pham-ocop' : 'ocop-products'}.xlsx"`)
        .send(buffer);
    },
  );

  r.get(
    '/products/:id',
    { schema: { tags: ['products'], summary: 'One product with its star history', params: idParams, response: { 200: productSchema, ...errorResponses } } },
    async (request) => service.getProduct(db, request.actor, request.params.id),
  );

  r.post(
    '/products',
    {
      schema: {
        tags: ['products'],
        summary: 'Register a product of an entity in the caller\'s jurisdiction',
        description: '`groupCode`/`subgroupCode` come from `GET /api/product-groups`; `gtin` is checked (GS1 check digit).',
        body: productCreateSchema,
        response: { 201: productSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createProduct(db, requireActor(request), auditActor(request), request.body)),
  );

  r.patch(
    '/products/:id',
    {
      schema: { tags: ['products'], summary: 'Edit a product (send the version you read; 409 when stale)', params: idParams, body: productPatchSchema, response: { 200: productSchema, ...errorResponses } },
    },
    async (request) => service.updateProduct(db, requireActor(request), auditActor(request), request.params.id, request.body),
  );

  r.delete(
    '/products/:id',
    { schema: { tags: ['products'], summary: 'Delete a product (soft delete, audited)', params: idParams, querystring: z.object({ version: z.coerce.number().int().min(1) }), response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await service.deleteProduct(db, requireActor(request), auditActor(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/products/:id/audit',
    { schema: { tags: ['products'], summary: 'Audit timeline of a product', params: idParams, response: { 200: z.object({ items: z.array(auditEventSchema) }), ...errorResponses } } },
    async (request) => ({ items: await service.productTimeline(db, requireActor(request), request.params.id) }),
  );

  r.get(
    '/products/:id/figures',
    { schema: { tags: ['products'], summary: 'Yearly business figures (VND)', params: idParams, response: { 200: z.object({ items: z.array(figureOut) }), ...errorResponses } } },
    async (request) => ({ items: await service.listFigures(db, request.actor, request.params.id) }),
  );

  r.put(
    '/products/:id/figures/:year',
    { schema: { tags: ['products'], summary: 'Record or correct one year\'s figures (audited)', params: yearParams, body: figureSchema, response: { 200: figureOut, ...errorResponses } } },
    async (request) => service.putFigure(db, requireActor(request), auditActor(request), request.params.id, request.params.year, request.body),
  );

  r.delete(
    '/products/:id/figures/:year',
    { schema: { tags: ['products'], summary: 'Remove one year\'s figures (audited)', params: yearParams, response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await service.deleteFigure(db, requireActor(request), auditActor(request), request.params.id, request.params.year);
      return reply.code(204).send(null);
    },
  );
}
