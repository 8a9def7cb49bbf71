import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as documentsService from '../../services/registers/documents.service';
import * as targetsService from '../../services/registers/targets.service';
import { documents } from '../../contracts/documents';
import { targets } from '../../contracts/targets';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { route } from './route';

/** The registers behind the documents and targets reports: programme documents and yearly targets. */
export async function programmeRegisterRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, documents.list, async (request) => documentsService.listDocuments(db, requireActor(request), request.query, request.lang));
  route(app, documents.get, async (request) => documentsService.getDocument(db, requireActor(request), request.params.id));
  route(app, documents.create, async (request, reply) =>
    reply.code(201).send(await documentsService.createDocument(db, requireActor(request), auditActor(request), request.body)),
  );
  route(app, documents.update, async (request) => documentsService.updateDocument(db, requireActor(request), auditActor(request), request.params.id, request.body));
  route(app, documents.remove, async (request, reply) => {
    await documentsService.deleteDocument(db, requireActor(request), auditActor(request), request.params.id, request.query.version);
    return reply.code(204).send(null);
  });
  route(app, documents.audit, async (request) => ({ items: await documentsService.documentTimeline(db, requireActor(request), request.params.id) }));

  route(app, targets.list, async (request) => targetsService.listTargets(db, requireActor(request), request.query, request.lang));
  route(app, targets.get, async (request) => targetsService.getTarget(db, requireActor(request), request.params.id));
  route(app, targets.create, async (request, reply) =>
    reply.code(201).send(await targetsService.createTarget(db, requireActor(request), auditActor(request), request.body)),
  );
  route(app, targets.update, async (request) => targetsService.updateTarget(db, requireActor(request), auditActor(request), request.params.id, request.body));
  route(app, targets.remove, async (request, reply) => {
    await targetsService.deleteTarget(db, requireActor(request), auditActor(request), request.params.id, request.query.version);
    return reply.code(204).send(null);
  });
  route(app, targets.audit, async (request) => ({ items: await targetsService.targetTimeline(db, requireActor(request), request.params.id) }));
}
