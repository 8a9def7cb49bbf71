import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import { getUnit, listUnits, unitMapping } from '../../services/units.service';
import { isoDateSchema } from '../../domain/cycle';
import { optionalQueryText, problemSchema } from './common';

const unitSchema = z.object({
  structure: z.string(),
  code: z.string(),
  level: z.string(),
  name: z.string(),
  shortName: z.string(),
  type: z.string(),
  parentCode: z.string().nullable(),
  provinceCode: z.string(),
});

export async function unitRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Browse and search administrative units',
        description:
          'Without `parent` or `q`: the provinces. `structure` picks the current (since 2025-07-01, province → commune) or legacy ' +
          '(province → district → commune) structure; `date` picks the structure in force on that date. `q` is accent-insensitive.',
        querystring: z.object({
          structure: z.enum(['current', 'legacy']).optional(),
          date: isoDateSchema.optional(),
          parent: z.string().max(10).optional(),
          q: optionalQueryText,
          level: z.enum(['province', 'district', 'commune']).optional(),
          province: z.string().max(3).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ structure: z.string(), items: z.array(unitSchema.extend({ hasChildren: z.boolean() })) }) },
      },
    },
    async (request) => listUnits(database.db, request.query),
  );

  r.get(
    '/units/mapping',
    {
      schema: {
        tags: ['units'],
        summary: 'Legacy → current mapping of communes',
        querystring: z.object({ legacy: z.string().max(10).optional(), current: z.string().max(10).optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                legacyCode: z.string(),
                legacyName: z.string().nullable(),
                currentCode: z.string(),
                currentName: z.string().nullable(),
                legacyProvinceCode: z.string(),
                currentProvinceCode: z.string(),
                part: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await unitMapping(database.db, request.query) }),
  );

  r.get(
    '/units/:structure/:code',
    {
      schema: {
        tags: ['units'],
        summary: 'One unit with its ancestors (province first)',
        params: z.object({ structure: z.enum(['current', 'legacy']), code: z.string().max(10) }),
        response: { 200: unitSchema.extend({ path: z.array(unitSchema) }), 404: problemSchema },
      },
    },
    async (request) => getUnit(database.db, request.params.structure, request.params.code),
  );
}
