import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/implementation.service';
import { implementation } from '../../contracts/implementation';
import { cycleYearSchema } from '../../domain/cycle';
import { cycleCtx } from './cycle-support';
import { route } from './route';

export async function implementationRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, implementation.list, async (request) => service.listImplementation(cycleCtx(request, db), request.query));

  route(app, implementation.get, async (request) => service.getImplementation(cycleCtx(request, db), request.params.id));

  route(app, implementation.addSupport, async (request, reply) => reply.code(201).send(await service.addSupport(cycleCtx(request, db), request.params.id, request.body)));

  route(app, implementation.removeSupport, async (request, reply) => {
    await service.deleteSupport(cycleCtx(request, db), request.params.id, request.params.supportId);
    return reply.code(204).send(null);
  });

  route(app, implementation.putCapital, async (request) =>
    service.putCapital(cycleCtx(request, db), request.params.id, { ...request.body, year: cycleYearSchema.parse(request.params.year) }),
  );

  route(app, implementation.removeCapital, async (request, reply) => {
    await service.deleteCapital(cycleCtx(request, db), request.params.id, request.params.year);
    return reply.code(204).send(null);
  });

  route(app, implementation.addNote, async (request, reply) => reply.code(201).send(await service.addNote(cycleCtx(request, db), request.params.id, request.body)));
}
