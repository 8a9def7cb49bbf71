import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import { dashboard, health } from '../../contracts/system';
import { dashboard as dashboardCounts } from '../../services/dashboard.service';
import { requireActor } from '../plugins/auth';
import { route } from './route';

export async function healthRoutes(app: FastifyInstance, { database }: RouteDeps) {
  route(app, health, async () => {
    await database.db.execute(sql`select 1`);
    return { status: 'ok' as const, database: database.kind };
  });

  route(app, dashboard, async (request) => dashboardCounts(database.db, requireActor(request)));
}
