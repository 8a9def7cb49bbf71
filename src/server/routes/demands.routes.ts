import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import { demands } from '../../contracts/demands';
import { buyers } from '../../contracts/buyers';
import * as demandService from '../../services/trade/demands.service';
import * as buyerService from '../../services/trade/buyers.service';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { idempotencyKey } from './cycle-support';
import { route } from './route';

/** Buyers' demand (SPEC C6): buyer accounts, demands, their matches and the producers' offers. */
export async function demandRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, buyers.register, async (request, reply) => reply.code(201).send(await buyerService.registerBuyer(db, request.body)));
  route(app, buyers.list, async (request) => buyerService.listBuyers(db, requireActor(request), request.query));
  route(app, buyers.create, async (request, reply) => reply.code(201).send(await buyerService.createBuyer(db, requireActor(request), auditActor(request), request.body)));
  route(app, buyers.get, async (request) => buyerService.getBuyer(db, requireActor(request), request.params.id));
  route(app, buyers.approve, async (request) => buyerService.approveBuyer(db, requireActor(request), auditActor(request), request.params.id, request.body.version));
  route(app, buyers.reject, async (request) => buyerService.rejectBuyer(db, requireActor(request), auditActor(request), request.params.id, request.body.version));

  route(app, demands.list, async (request) => demandService.listDemands(db, requireActor(request), request.query));
  route(app, demands.create, async (request, reply) => {
    const r = await demandService.createDemand(db, requireActor(request), auditActor(request), request.body, idempotencyKey(request));
    return reply.code(r.created ? 201 : 200).send(r.record);
  });
  route(app, demands.get, async (request) => demandService.getDemand(db, requireActor(request), request.params.id));
  route(app, demands.update, async (request) => demandService.updateDemand(db, requireActor(request), auditActor(request), request.params.id, request.body));
  route(app, demands.matches, async (request) => demandService.demandMatches(db, requireActor(request), request.params.id));
  route(app, demands.offer, async (request, reply) => reply.code(201).send(await demandService.makeOffer(db, requireActor(request), auditActor(request), request.params.id, request.body)));
  route(app, demands.audit, async (request) => ({ items: await demandService.demandTimeline(db, requireActor(request), request.params.id) }));
}
