import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import { dashboard } from '../../services/dashboard.service';
import { requireActor } from '../plugins/auth';
import { errorResponses } from './common';

export async function dashboardRoutes(app: FastifyInstance, { database }: RouteDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/dashboard',
    {
      schema: {
        tags: ['reports'],
        summary: 'Home-page counts for the signed-in user, computed from the records in their jurisdiction',
        response: {
          200: z.object({
            scope: z.object({ kind: z.string(), unitCode: z.string(), unitName: z.string().nullable() }),
            entities: z.number(),
            products: z.number(),
            recognised: z.number(),
            productsByStars: z.record(z.string(), z.number()),
            productsByGroup: z.array(z.object({ code: z.string(), count: z.number() })),
            entitiesByType: z.array(z.object({ type: z.string(), count: z.number() })),
            womanLedEntities: z.number(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => dashboard(database.db, requireActor(request)),
  );
}
