import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/business-plans.service';
import { businessPlans } from '../../contracts/business-plans';
import { cycleCtx, idempotencyKey } from './cycle-support';
import { route } from './route';

export async function businessPlanRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, businessPlans.list, async (request) => service.listBusinessPlans(cycleCtx(request, db), request.query));

  route(app, businessPlans.create, async (request, reply) => {
    const { outcome, plan } = await service.createBusinessPlan(cycleCtx(request, db), request.body, { key: idempotencyKey(request) });
    return reply.code(outcome.statusCode).header('idempotent-replay', String(outcome.replayed)).send(plan);
  });

  route(app, businessPlans.get, async (request) => service.getBusinessPlan(cycleCtx(request, db), request.params.id));

  route(app, businessPlans.update, async (request) => {
    const { version, ...input } = request.body;
    return service.updateBusinessPlan(cycleCtx(request, db), request.params.id, version, input);
  });

  route(app, businessPlans.transition, async (request) =>
    (await service.transitionBusinessPlan(cycleCtx(request, db), request.params.id, request.body, idempotencyKey(request))).plan,
  );

  route(app, businessPlans.version, async (request) => service.businessPlanVersion(cycleCtx(request, db), request.params.id, request.params.number));
}
