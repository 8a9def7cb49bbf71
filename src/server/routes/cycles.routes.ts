import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/cycles.service';
import { cycles } from '../../contracts/cycles';
import {
  businessPlanMachine,
  CAPITAL_SOURCE_LABELS,
  COMMUNICATION_KIND_LABELS,
  cycleMachine,
  cycleSteps,
  describeMachine,
  DOSSIER_CHECKLISTS,
  DOSSIER_ENTRY_PATH_LABELS,
  dossierMachine,
  ideaMachine,
  legacyBusinessPlanMachine,
  legacyDossierMachine,
  legacyIdeaMachine,
  SUPPORT_LABELS,
  ENTITY_TYPE_LABELS,
  type StateMachine,
} from '../../domain/cycle';
import { cycleCtx } from './cycle-support';
import { route } from './route';

export async function cycleRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, cycles.reference, async (request) => {
    cycleCtx(request, db);
    return {
      steps: cycleSteps,
      machines: ([ideaMachine, legacyIdeaMachine, businessPlanMachine, legacyBusinessPlanMachine, dossierMachine, legacyDossierMachine, cycleMachine] as StateMachine<string, string>[]).map((m) => describeMachine(m)),
      checklists: DOSSIER_CHECKLISTS,
      entryPaths: DOSSIER_ENTRY_PATH_LABELS,
      supportKinds: SUPPORT_LABELS,
      capitalSources: CAPITAL_SOURCE_LABELS,
      communicationKinds: COMMUNICATION_KIND_LABELS,
      entityTypes: ENTITY_TYPE_LABELS,
    };
  });

  route(app, cycles.list, async (request) => service.listCycles(cycleCtx(request, db), request.query));

  route(app, cycles.current, async (request) => service.currentCycle(cycleCtx(request, db), request.query.year, request.query.province));

  route(app, cycles.create, async (request, reply) => reply.code(201).send(await service.createCycle(cycleCtx(request, db), request.body)));

  route(app, cycles.get, async (request) => service.getCycle(cycleCtx(request, db), request.params.id));

  route(app, cycles.update, async (request) => service.updateCycle(cycleCtx(request, db), request.params.id, request.body));

  route(app, cycles.transition, async (request) => service.transitionCycle(cycleCtx(request, db), request.params.id, request.body));
}
