import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client';
import type { Config } from '../../config';
import { healthRoutes } from './health.routes';
import { authRoutes } from './auth.routes';
import { unitRoutes } from './units.routes';
import { productGroupRoutes } from './product-groups.routes';
import { entityRoutes } from './entities.routes';
import { productRoutes } from './products.routes';
import { userRoutes } from './users.routes';
import { dashboardRoutes } from './dashboard.routes';

export interface RouteDeps {
  database: Database;
  config: Pick<Config, 'sessionDays' | 'secureCookies'>;
}

/** Every API resource, each in its own file (mounted under /api). */
export async function registerRoutes(api: FastifyInstance, deps: RouteDeps): Promise<void> {
  for (const routes of [healthRoutes, authRoutes, unitRoutes, productGroupRoutes, entityRoutes, productRoutes, userRoutes, dashboardRoutes]) {
    await api.register(routes, deps);
  }
}
