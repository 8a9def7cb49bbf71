import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/stamps/stamps.service';
import { verifyStamp } from '../../services/stamps/stamp-verification';
import { listenForChanges } from '../../services/verification-cache';
import { stamps } from '../../contracts/stamps';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { attachment } from './files';
import { originOf } from './certificates.routes';
import { route } from './route';

export async function stampRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;
  // Changes to certificates and batches from any process reach the verification cache; pending
  // scan counts are written before the server stops.
  const stop = await listenForChanges(database);
  app.addHook('onClose', async () => stop());

  route(app, stamps.create, async (request, reply) => {
    const { created, batch } = await service.issueStampBatch(db, requireActor(request), auditActor(request), request.params.id, request.body, originOf(request));
    return reply.code(created ? 201 : 200).send(batch);
  });

  route(app, stamps.list, async (request) => service.listStampBatches(db, requireActor(request), request.params.id));

  route(app, stamps.get, async (request) => service.getStampBatch(db, requireActor(request), request.params.id, originOf(request)));

  route(app, stamps.pdf, async (request, reply) => {
    const { pdf, name } = await service.stampSheetPdf(db, requireActor(request), request.params.id, originOf(request));
    return reply.type('application/pdf').header('content-disposition', attachment(`${name}.pdf`, 'inline')).send(pdf);
  });

  route(app, stamps.csv, async (request, reply) => {
    const { csv, name } = await service.stampSerialsCsv(db, requireActor(request), request.params.id, originOf(request));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`${name}.csv`)).send(csv);
  });

  route(app, stamps.verify, async (request, reply) => {
    const result = await verifyStamp(db, request.params.serial, { token: request.query.t, province: request.query.province, address: request.ip });
    return reply.header('cache-control', 'no-store').send(result);
  });
}
