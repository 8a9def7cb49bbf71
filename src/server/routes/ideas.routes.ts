import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/ideas.service';
import { ideas } from '../../contracts/ideas';
import { cycleCtx, idempotencyKey } from './cycle-support';
import { route } from './route';

export async function ideaRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, ideas.list, async (request) => service.listIdeas(cycleCtx(request, db), request.query));

  route(app, ideas.create, async (request, reply) => {
    const { outcome, idea } = await service.createIdea(cycleCtx(request, db), request.body, { key: idempotencyKey(request) });
    return reply.code(outcome.statusCode).header('idempotent-replay', String(outcome.replayed)).send(idea);
  });

  route(app, ideas.get, async (request) => service.getIdea(cycleCtx(request, db), request.params.id));

  route(app, ideas.update, async (request) => {
    const { version, ...form } = request.body;
    return service.updateIdea(cycleCtx(request, db), request.params.id, version, form);
  });

  route(app, ideas.transition, async (request) => (await service.transitionIdea(cycleCtx(request, db), request.params.id, request.body, idempotencyKey(request))).idea);

  route(app, ideas.version, async (request) => service.ideaVersion(cycleCtx(request, db), request.params.id, request.params.number));
}
