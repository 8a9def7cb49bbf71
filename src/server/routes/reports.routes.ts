import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/reports/reports.service';
import { reports } from '../../contracts/reports';
import { attachment } from './files';
import { route } from './route';

/** Programme reports: the catalogue and one report as JSON or a file (the public reaches the public ones). */
export async function reportRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, reports.list, async (request) => ({ items: service.listReports(request.actor ?? null, request.lang) }));

  route(app, reports.run, async (request, reply) => {
    const actor = request.actor ?? null;
    if (request.query.format === 'json') return service.runReport(db, actor, request.params.code, request.query, request.lang);
    const file = await service.renderReport(db, actor, request.params.code, request.query, request.lang);
    return reply
      .type(file.contentType)
      .header('content-disposition', attachment(`${file.fileName}.${file.extension}`))
      .header('cache-control', 'private, no-store')
      .send(file.body);
  });
}
