import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/users.service';
import { users } from '../../contracts/users';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { route } from './route';

export async function userRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;
  route(app, users.list, async (request) => service.listUsers(db, requireActor(request), request.query));
  route(app, users.create, async (request, reply) =>
    reply.code(201).send(await service.createUser(db, requireActor(request), auditActor(request), request.body)),
  );
  route(app, users.update, async (request) => service.updateUser(db, requireActor(request), auditActor(request), request.params.id, request.body));
  route(app, users.resetPassword, async (request, reply) => {
    await service.resetPassword(db, requireActor(request), auditActor(request), request.params.id, request.body.password);
    return reply.code(204).send(null);
  });
}
