import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses } from './common';

/** Liveness and the registry's home-page counts. */

export const health = endpoint({
  method: 'GET',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness and database check',
  response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
});

export const dashboardSchema = z.object({
  scope: z.object({ kind: z.string(), unitCode: z.string(), unitName: z.string().nullable() }),
  entities: z.number(),
  products: z.number(),
  recognised: z.number(),
  productsByStars: z.record(z.string(), z.number()),
  productsByGroup: z.array(z.object({ code: z.string(), count: z.number() })),
  entitiesByType: z.array(z.object({ type: z.string(), count: z.number() })),
  womanLedEntities: z.number(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const dashboard = endpoint({
  method: 'GET',
  path: '/dashboard',
  tags: ['reports'],
  summary: 'Home-page counts for the signed-in user, computed from the records in their jurisdiction',
  response: { 200: dashboardSchema, ...errorResponses },
});
