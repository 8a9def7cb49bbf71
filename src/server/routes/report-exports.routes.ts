import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import { reportExports } from '../../contracts/report-exports';
import * as service from '../../services/reports/exports.service';
import { requireActor } from '../plugins/auth';
import { attachment } from './files';
import { route } from './route';

/** Report exports as background jobs: start, follow, download (only the user who asked). */
export async function reportExportRoutes(app: FastifyInstance, { database, reportExports: deps }: RouteDeps) {
  if (!deps) return;
  const db = database.db;
  route(app, reportExports.create, async (request, reply) => {
    const started = await service.startReportExport({ db, poke: deps.poke }, requireActor(request), request.body, request.lang);
    return reply.code(202).send(started);
  });
  route(app, reportExports.list, async (request) => ({ items: await service.listReportExports(db, requireActor(request)) }));
  route(app, reportExports.get, async (request) => service.getReportExport(db, requireActor(request), request.params.id));
  route(app, reportExports.file, async (request, reply) => {
    const f = await service.reportExportFile(db, deps.files, requireActor(request), request.params.id);
    return reply.type(f.contentType).header('content-disposition', attachment(f.fileName)).header('cache-control', 'private, no-store').send(f.stream);
  });
}
