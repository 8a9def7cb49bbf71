import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, auditTimeline, errorResponses, idParams, items, noContent, optionalQueryText, page, pagination, versionQuery } from './common';
import { figureSchema, figureYearSchema, productCreateSchema, productPatchSchema } from '../domain/products/product.schema';
import { PRODUCT_ACTIONS } from '../domain/policy/product';
import { ENTITY_TYPES } from '../domain/entities/entity.schema';
import { photoSchema } from './portal';

/** Products of the registry and the public catalogue (SPEC C2, C7). */

const tags = ['products'];

export const starHistoryItemSchema = z.object({
  stars: z.number(),
  year: z.number(),
  level: z.string(),
  unitName: z.string().nullable(),
  decision: z.string().nullable(),
});

export const productSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  entityId: z.string(),
  entityName: z.string(),
  name: z.string(),
  groupCode: z.string(),
  subgroupCode: z.string(),
  productSetCode: z.string().nullable().describe('read-only: the product set (bộ sản phẩm) whose score sheet the product is evaluated on, derived from the subgroup (or the set recorded for it within the subgroup)'),
  productSetName: z.object({ vi: z.string(), en: z.string() }).nullable().describe('read-only: the product set’s name'),
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
  photos: z.array(z.string()).describe('photo addresses entered as links'),
  uploadedPhotos: z.array(photoSchema).describe('uploaded photos, resized (POST /api/products/{id}/photos)'),
  stars: z.number().int().min(1).max(5).nullable().describe('current star class; null when not rated'),
  starHistory: z.array(starHistoryItemSchema),
  unitStructure: z.enum(['current', 'legacy']),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  figuresPublic: z.boolean().describe('the producer publishes the yearly business figures'),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: actionsOf(PRODUCT_ACTIONS),
});
export type Product = z.infer<typeof productSchema>;
export type StarHistoryItem = z.infer<typeof starHistoryItemSchema>;
export type ProductInput = z.input<typeof productCreateSchema>;
export type ProductPatch = z.input<typeof productPatchSchema>;

export const figureOutSchema = z.object({
  year: z.number(),
  revenueVnd: z.number(),
  costVnd: z.number(),
  profitVnd: z.number(),
  output: z.number().nullable(),
  outputUnit: z.string().nullable(),
  employees: z.number().nullable(),
});
export type Figure = z.infer<typeof figureOutSchema>;
export type FigureInput = z.input<typeof figureSchema>;

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

export const productListQuery = z.object({
  q: optionalQueryText.describe('accent-insensitive, typo-tolerant search ("ruou ba kich" finds "Rượu ba kích")'),
  province: z.string().max(3).optional(),
  unit: z.string().max(5).optional(),
  group: z.string().max(3).optional(),
  subgroup: z.string().max(6).optional(),
  stars: starsParam,
  entityId: z.uuid().optional(),
  entityType: z.enum(ENTITY_TYPES).optional().describe("the producer's type"),
  catalogue: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('list the public catalogue (recognised products everywhere) even when signed in'),
  ...pagination,
});
export type ProductFilters = z.input<typeof productListQuery>;

const yearParams = idParams.extend({ year: figureYearSchema });

export const products = {
  list: endpoint({
    method: 'GET',
    path: '/products',
    tags,
    summary: 'List products; without a session, the public catalogue (recognised 3★+ products)',
    querystring: productListQuery,
    response: { 200: page(productSchema), 400: errorResponses[400] },
  }),
  export: endpoint({
    method: 'GET',
    path: '/products/export.xlsx',
    tags,
    summary: 'The filtered product list as an Excel workbook',
    querystring: productListQuery.omit({ page: true, pageSize: true }),
    produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    response: { 400: errorResponses[400] },
  }),
  get: endpoint({
    method: 'GET',
    path: '/products/:id',
    tags,
    summary: 'One product with its star history',
    params: idParams,
    response: { 200: productSchema, ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/products',
    tags,
    summary: "Register a product of an entity in the caller's jurisdiction",
    description:
      '`groupCode`/`subgroupCode` come from `GET /api/product-groups`; `gtin` is checked (GS1 check digit). A product with the same name (accents and case aside) as a live product of the same entity is refused with 409 unless `distinct: true` confirms it is another product.',
    body: productCreateSchema,
    response: { 201: productSchema, ...errorResponses },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/products/:id',
    tags,
    summary: 'Edit a product (send the version you read; 409 when stale)',
    params: idParams,
    body: productPatchSchema,
    response: { 200: productSchema, ...errorResponses },
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/products/:id',
    tags,
    summary: 'Delete a product (soft delete, audited)',
    params: idParams,
    querystring: versionQuery,
    response: { 204: noContent, ...errorResponses },
  }),
  audit: endpoint({
    method: 'GET',
    path: '/products/:id/audit',
    tags,
    summary: 'Audit timeline of a product (for those who may edit it, and national oversight)',
    params: idParams,
    response: { 200: auditTimeline, ...errorResponses },
  }),
  figures: endpoint({
    method: 'GET',
    path: '/products/:id/figures',
    tags,
    summary: 'Yearly business figures (VND): for the producer and officers in scope; public only where the producer publishes them',
    params: idParams,
    response: { 200: items(figureOutSchema), ...errorResponses },
  }),
  putFigure: endpoint({
    method: 'PUT',
    path: '/products/:id/figures/:year',
    tags,
    summary: "Record or correct one year's figures (audited)",
    params: yearParams,
    body: figureSchema,
    response: { 200: figureOutSchema, ...errorResponses },
  }),
  removeFigure: endpoint({
    method: 'DELETE',
    path: '/products/:id/figures/:year',
    tags,
    summary: "Remove one year's figures (audited)",
    params: yearParams,
    response: { 204: noContent, ...errorResponses },
  }),
};
