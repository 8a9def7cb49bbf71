import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/reports/reports.service';
import { reports } from '../../contracts/reports';
import { attachment } from './files';
import { route } from './route';

/** Programme reports: the catalogue and one report as JSON or a file (the public reaches the public ones). */
export async function reportRoutes(app: FastifyInstance, { database, readDatabase }: RouteDeps) {
  // national reports and exports may read from a replica (DATABASE_READ_URL)
  const dbFor = (actor: Parameters<typeof service.readsFromReplica>[0], code: Parameters<typeof service.readsFromReplica>[1], query: Parameters<typeof service.readsFromReplica>[2]) =>
    (readDatabase && service.readsFromReplica(actor, code, query) ? readDatabase : database).db;

  route(app, reports.list, async (request) => ({ items: service.listReports(request.actor ?? null, request.lang) }));

  route(app, reports.run, async (request, reply) => {
    const actor = request.actor ?? null;
    const db = dbFor(actor, request.params.code, request.query);
    if (request.query.format === 'json') return service.runReport(db, actor, request.params.code, request.query, request.lang);
    const file = await service.renderReport(db, actor, request.params.code, request.query, request.lang);
    return reply
      .type(file.contentType)
      .header('content-disposition', attachment(`${file.fileName}.${file.extension}`))
      .header('cache-control', 'private, no-store')
      .send(file.body);
  });
}
