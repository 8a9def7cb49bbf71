import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/communication.service';
import { activities } from '../../contracts/activities';
import { cycleCtx } from './cycle-support';
import { route } from './route';

/** Step 1 of the cycle: communication activity and training classes. */
export async function communicationRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, activities.list, async (request) => service.listActivity(cycleCtx(request, db), request.query));

  route(app, activities.summary, async (request) => service.activitySummary(cycleCtx(request, db), request.query));

  route(app, activities.addCommunication, async (request, reply) => reply.code(201).send(await service.addCommunication(cycleCtx(request, db), request.body)));

  route(app, activities.removeCommunication, async (request, reply) => {
    await service.deleteActivity(cycleCtx(request, db), 'communication', request.params.id);
    return reply.code(204).send(null);
  });

  route(app, activities.addTraining, async (request, reply) => reply.code(201).send(await service.addTraining(cycleCtx(request, db), request.body)));

  route(app, activities.removeTraining, async (request, reply) => {
    await service.deleteActivity(cycleCtx(request, db), 'training', request.params.id);
    return reply.code(204).send(null);
  });
}
