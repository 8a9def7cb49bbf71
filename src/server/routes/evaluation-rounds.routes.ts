import type { FastifyInstance } from 'fastify';
import { evidence } from '../../contracts/evidence';
import * as discussion from '../../services/round-discussion.service';
import type { RouteDeps } from './index';
import * as service from '../../services/evaluation-rounds.service';
import * as feedbackService from '../../services/feedback.service';
import { rounds } from '../../contracts/rounds';
import { feedback } from '../../contracts/feedback';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { route } from './route';

export async function evaluationRoundRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, rounds.list, async (request) => service.listRounds(db, requireActor(request), request.query));

  route(app, rounds.eligibleMembers, async (request) => service.eligibleMembers(db, requireActor(request), request.query.level, request.query.unitCode));

  route(app, rounds.readyDossiers, async (request) => service.readyDossiers(db, requireActor(request), request.query.level, request.query.unitCode));

  route(app, rounds.create, async (request, reply) => reply.code(201).send(await service.createRound(db, requireActor(request), auditActor(request), request.body)));

  route(app, rounds.get, async (request) => service.getRound(db, requireActor(request), request.params.id));

  route(app, rounds.audit, async (request) => ({ items: await service.roundTimeline(db, requireActor(request), request.params.id) }));

  route(app, rounds.addProducts, async (request) =>
    service.addProducts(db, requireActor(request), auditActor(request), request.params.id, request.body.productIds, request.body.dossierIds),
  );

  route(app, rounds.removeProduct, async (request) => service.removeProduct(db, requireActor(request), auditActor(request), request.params.id, request.params.productId));

  route(app, rounds.replaceMembers, async (request) =>
    service.replaceMembers(db, requireActor(request), auditActor(request), request.params.id, request.body.version, request.body.members),
  );

  route(app, rounds.dossierChecklist, async (request) => service.dossierChecklist(db, requireActor(request), request.params.id, request.params.productId));

  route(app, rounds.checkDossier, async (request) =>
    service.checkDossier(db, requireActor(request), auditActor(request), request.params.id, request.params.productId, request.body),
  );

  route(app, rounds.preAssess, async (request) =>
    service.preAssess(db, requireActor(request), auditActor(request), request.params.id, request.params.productId, request.body),
  );

  route(app, rounds.declareConflict, async (request) =>
    service.declareConflict(db, requireActor(request), auditActor(request), request.params.id, request.params.productId, request.body.reason),
  );

  route(app, rounds.sheets, async (request) => service.listSheets(db, requireActor(request), request.params.id));

  route(app, rounds.mySheet, async (request) => service.getMySheet(db, requireActor(request), request.params.id, request.params.productId));

  route(app, rounds.saveSheet, async (request) =>
    service.putMySheet(db, requireActor(request), auditActor(request), request.params.id, request.params.productId, request.body),
  );

  route(app, evidence.disagreements, async (request) => discussion.roundDisagreements(db, requireActor(request), request.params.id, request.query.minSpread));

  route(app, rounds.close, async (request) => service.closeRound(db, requireActor(request), auditActor(request), request.params.id));

  route(app, rounds.reopen, async (request) => service.reopenRound(db, requireActor(request), auditActor(request), request.params.id, request.body.reason));

  route(app, rounds.approve, async (request) => service.approveRound(db, requireActor(request), auditActor(request), request.params.id, request.body));

  // producer feedback and self-assessment (on the product, from the evaluation results)
  route(app, feedback.product, async (request) => feedbackService.productFeedback(db, requireActor(request), request.params.id, request.query.roundId));

  route(app, feedback.latestSelfAssessment, async (request) => feedbackService.latestSelfAssessment(db, requireActor(request), request.params.id));

  route(app, feedback.selfAssess, async (request, reply) =>
    reply.code(201).send(await feedbackService.saveSelfAssessment(db, requireActor(request), auditActor(request), request.params.id, request.body)),
  );
}
