import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/criteria-sets.service';
import { criteriaSets } from '../../contracts/criteria-sets';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { route } from './route';

export async function criteriaSetRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;
  await service.ensureOfficialCriteriaSets(db);

  route(app, criteriaSets.list, async (request) => service.listCriteriaSets(db, request.actor, request.query));

  route(app, criteriaSets.get, async (request) => service.getCriteriaSet(db, request.actor, request.params.code));

  route(app, criteriaSets.create, async (request, reply) =>
    reply.code(201).send(await service.createCriteriaSet(db, requireActor(request), auditActor(request), request.body, request.query.basedOn ?? null)),
  );

  route(app, criteriaSets.validate, async (request) => service.validateOnly(request.body));

  route(app, criteriaSets.update, async (request) =>
    service.updateCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.body.version, request.body.definition),
  );

  route(app, criteriaSets.publish, async (request) =>
    service.publishCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.body.version),
  );

  route(app, criteriaSets.withdraw, async (request) =>
    service.withdrawCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.body.version, request.body.reason),
  );

  route(app, criteriaSets.remove, async (request, reply) => {
    await service.deleteCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.query.version);
    return reply.code(204).send(null);
  });
}
