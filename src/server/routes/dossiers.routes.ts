import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/dossiers.service';
import { dossiers } from '../../contracts/dossiers';
import { cycleCtx, idempotencyKey } from './cycle-support';
import { route } from './route';

export async function dossierRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, dossiers.list, async (request) => service.listDossiers(cycleCtx(request, db), request.query));

  route(app, dossiers.create, async (request, reply) => {
    const { outcome, dossier } = await service.createDossier(cycleCtx(request, db), request.body, { key: idempotencyKey(request) });
    return reply.code(outcome.statusCode).header('idempotent-replay', String(outcome.replayed)).send(dossier);
  });

  route(app, dossiers.get, async (request) => service.getDossier(cycleCtx(request, db), request.params.id));

  route(app, dossiers.transition, async (request) =>
    (await service.transitionDossier(cycleCtx(request, db), request.params.id, request.body, idempotencyKey(request))).dossier,
  );

  route(app, dossiers.version, async (request) => service.dossierVersion(cycleCtx(request, db), request.params.id, request.params.number));
}
