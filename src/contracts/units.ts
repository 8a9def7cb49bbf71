import { z } from 'zod';
import { endpoint } from './http';
import { items, optionalQueryText, problemSchema } from './common';
import { UNIT_LEVELS, type UnitLevel } from '../domain/units/structure';
import { isoDateSchema } from '../domain/cycle/forms';

/** Administrative units of both structures and the legacy → current mapping (SPEC C1). */

const tags = ['units'];
export const UNIT_STRUCTURES = ['current', 'legacy'] as const;
export { UNIT_LEVELS, type UnitLevel };

export const unitSchema = z.object({
  structure: z.enum(UNIT_STRUCTURES),
  code: z.string(),
  level: z.enum(UNIT_LEVELS),
  name: z.string(),
  shortName: z.string(),
  type: z.string(),
  parentCode: z.string().nullable(),
  provinceCode: z.string(),
});
export const unitListItemSchema = unitSchema.extend({ hasChildren: z.boolean() });
export const unitDetailSchema = unitSchema.extend({ path: z.array(unitSchema) });
export const unitMappingSchema = z.object({
  legacyCode: z.string(),
  legacyName: z.string().nullable(),
  currentCode: z.string(),
  currentName: z.string().nullable(),
  legacyProvinceCode: z.string(),
  currentProvinceCode: z.string(),
  part: z.enum(['full', 'partial']),
});
export type Unit = z.infer<typeof unitListItemSchema>;
export type UnitDetail = z.infer<typeof unitDetailSchema>;
export type UnitMapping = z.infer<typeof unitMappingSchema>;

export const unitListQuery = z.object({
  structure: z.enum(UNIT_STRUCTURES).optional(),
  date: isoDateSchema.optional(),
  parent: z.string().max(10).optional(),
  q: optionalQueryText,
  level: z.enum(UNIT_LEVELS).optional(),
  province: z.string().max(3).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type UnitQuery = z.input<typeof unitListQuery>;

export const units = {
  list: endpoint({
    method: 'GET',
    path: '/units',
    tags,
    summary: 'Browse and search administrative units',
    description:
      'Without `parent` or `q`: the provinces. `structure` picks the current (since 2025-07-01, province → commune) or legacy ' +
      '(province → district → commune) structure; `date` picks the structure in force on that date. `q` is accent-insensitive.',
    querystring: unitListQuery,
    response: { 200: z.object({ structure: z.enum(UNIT_STRUCTURES), items: z.array(unitListItemSchema) }), 400: problemSchema },
  }),
  mapping: endpoint({
    method: 'GET',
    path: '/units/mapping',
    tags,
    summary: 'Legacy → current mapping of communes',
    querystring: z.object({ legacy: z.string().max(10).optional(), current: z.string().max(10).optional() }),
    response: { 200: items(unitMappingSchema), 400: problemSchema },
  }),
  get: endpoint({
    method: 'GET',
    path: '/units/:structure/:code',
    tags,
    summary: 'One unit with its ancestors (province first)',
    params: z.object({ structure: z.enum(UNIT_STRUCTURES), code: z.string().max(10) }),
    response: { 200: unitDetailSchema, 400: problemSchema, 404: problemSchema },
  }),
};

const namedSchema = z.object({ code: z.string(), vi: z.string(), en: z.string() });
export const productGroupSchema = namedSchema.extend({ subgroups: z.array(namedSchema) });
export type ProductSubgroup = z.infer<typeof namedSchema>;
export type ProductGroup = z.infer<typeof productGroupSchema>;

export const productGroups = endpoint({
  method: 'GET',
  path: '/product-groups',
  tags: ['catalogue'],
  summary: 'The official classification: 6 product groups and their subgroups (Decision 148/QĐ-TTg, Appendix I)',
  response: { 200: items(productGroupSchema) },
});
