import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import { productGroupTree } from '../../services/product-groups.service';

const named = z.object({ code: z.string(), vi: z.string(), en: z.string() });

export async function productGroupRoutes(app: FastifyInstance, { database }: RouteDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/product-groups',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'The official classification: 6 product groups and their subgroups (Decision 148/QĐ-TTg, Appendix I)',
        response: { 200: z.object({ items: z.array(named.extend({ subgroups: z.array(named) })) }) },
      },
    },
    async () => ({ items: await productGroupTree(database.db) }),
  );
}
