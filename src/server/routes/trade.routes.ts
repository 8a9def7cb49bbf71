import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteDeps } from './index';
import { fairs, giftCombos, listings, salesPoints, tradeContracts } from '../../contracts/trade';
import { comboService, contractService, fairService, listingService, salesPointService } from '../../services/trade';
import { tradeExportColumns, tradeExportTitle } from '../../services/exports/trade-columns';
import { toXlsx } from '../../services/exports/xlsx';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { idempotencyKey } from './cycle-support';
import { route } from './route';
import { sendXlsx } from './files';

/** Trade promotion (SPEC C6): fairs, sales points, contracts, e-commerce listings, gift combos. */
export async function tradeRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;
  const created = (reply: FastifyReply, r: { record: unknown; created: boolean }) => reply.code(r.created ? 201 : 200).send(r.record);
  async function exportList<T>(request: FastifyRequest, reply: FastifyReply, kind: Parameters<typeof tradeExportColumns>[0], items: T[]) {
    const buffer = await toXlsx(tradeExportTitle(kind, request.lang), tradeExportColumns(kind, request.lang) as never, items);
    return sendXlsx(reply, buffer, tradeExportTitle(kind, 'en').toLowerCase().replace(/[^a-z]+/g, '-'));
  }
  const all = { page: 1, pageSize: 50_000 };

  /* fairs and exhibitions */
  route(app, fairs.list, async (request) => fairService.list(db, requireActor(request), { ...request.query, category: request.query.level }));
  route(app, fairs.export, async (request, reply) => {
    const { items } = await fairService.list(db, requireActor(request), { ...request.query, category: request.query.level, ...all });
    return exportList(request, reply, 'fair', items);
  });
  route(app, fairs.get, async (request) => fairService.get(db, requireActor(request), request.params.id));
  route(app, fairs.create, async (request, reply) =>
    created(reply, await fairService.create(db, requireActor(request), auditActor(request), request.body, idempotencyKey(request))),
  );
  route(app, fairs.update, async (request) => fairService.update(db, requireActor(request), auditActor(request), request.params.id, request.body));
  route(app, fairs.audit, async (request) => ({ items: await fairService.timeline(db, requireActor(request), request.params.id) }));

  /* sales points and centres */
  route(app, salesPoints.list, async (request) => salesPointService.list(db, requireActor(request), { ...request.query, category: request.query.funding }));
  route(app, salesPoints.export, async (request, reply) => {
    const { items } = await salesPointService.list(db, requireActor(request), { ...request.query, category: request.query.funding, ...all });
    return exportList(request, reply, 'salesPoint', items);
  });
  route(app, salesPoints.get, async (request) => salesPointService.get(db, requireActor(request), request.params.id));
  route(app, salesPoints.create, async (request, reply) =>
    created(reply, await salesPointService.create(db, requireActor(request), auditActor(request), request.body, idempotencyKey(request))),
  );
  route(app, salesPoints.update, async (request) => salesPointService.update(db, requireActor(request), auditActor(request), request.params.id, request.body));
  route(app, salesPoints.audit, async (request) => ({ items: await salesPointService.timeline(db, requireActor(request), request.params.id) }));

  /* distribution contracts and memoranda */
  route(app, tradeContracts.list, async (request) => contractService.list(db, requireActor(request), { ...request.query, category: request.query.kind }));
  route(app, tradeContracts.export, async (request, reply) => {
    const { items } = await contractService.list(db, requireActor(request), { ...request.query, category: request.query.kind, ...all });
    return exportList(request, reply, 'tradeContract', items);
  });
  route(app, tradeContracts.get, async (request) => contractService.get(db, requireActor(request), request.params.id));
  route(app, tradeContracts.create, async (request, reply) =>
    created(reply, await contractService.create(db, requireActor(request), auditActor(request), request.body, idempotencyKey(request))),
  );
  route(app, tradeContracts.update, async (request) => contractService.update(db, requireActor(request), auditActor(request), request.params.id, request.body));
  route(app, tradeContracts.audit, async (request) => ({ items: await contractService.timeline(db, requireActor(request), request.params.id) }));

  /* e-commerce listings */
  route(app, listings.list, async (request) => listingService.list(db, requireActor(request), { ...request.query, category: request.query.platform }));
  route(app, listings.export, async (request, reply) => {
    const { items } = await listingService.list(db, requireActor(request), { ...request.query, category: request.query.platform, ...all });
    return exportList(request, reply, 'listing', items);
  });
  route(app, listings.get, async (request) => listingService.get(db, requireActor(request), request.params.id));
  route(app, listings.create, async (request, reply) =>
    created(reply, await listingService.create(db, requireActor(request), auditActor(request), request.body, idempotencyKey(request))),
  );
  route(app, listings.update, async (request) => listingService.update(db, requireActor(request), auditActor(request), request.params.id, request.body));
  route(app, listings.audit, async (request) => ({ items: await listingService.timeline(db, requireActor(request), request.params.id) }));

  /* gift combos */
  route(app, giftCombos.list, async (request) => comboService.list(db, requireActor(request), { ...request.query, category: request.query.occasion }));
  route(app, giftCombos.export, async (request, reply) => {
    const { items } = await comboService.list(db, requireActor(request), { ...request.query, category: request.query.occasion, ...all });
    return exportList(request, reply, 'giftCombo', items);
  });
  route(app, giftCombos.get, async (request) => comboService.get(db, requireActor(request), request.params.id));
  route(app, giftCombos.create, async (request, reply) =>
    created(reply, await comboService.create(db, requireActor(request), auditActor(request), request.body, idempotencyKey(request))),
  );
  route(app, giftCombos.update, async (request) => comboService.update(db, requireActor(request), auditActor(request), request.params.id, request.body));
  route(app, giftCombos.audit, async (request) => ({ items: await comboService.timeline(db, requireActor(request), request.params.id) }));
}
