import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import { getWorklist } from '../../services/cycle/worklist.service';
import { worklist } from '../../contracts/worklist';
import { cycleCtx } from './cycle-support';
import { route } from './route';

export async function worklistRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, worklist, async (request) => getWorklist(cycleCtx(request, db), request.query));
}
