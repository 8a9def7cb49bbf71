import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import { annualReport } from '../../contracts/annual-report';
import { annualReportDocx } from '../../services/reports/annual-report';
import { attachment } from './files';
import { route } from './route';
import { requireActor } from '../plugins/auth';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The province's annual report as an editable Word document. */
export async function annualReportRoutes(app: FastifyInstance, { database, readDatabase }: RouteDeps) {
  route(app, annualReport.get, async (request, reply) => {
    // an export: it may read from the replica (DATABASE_READ_URL)
    const file = await annualReportDocx((readDatabase ?? database).db, requireActor(request), request.query, request.lang);
    return reply.type(DOCX).header('content-disposition', attachment(`${file.fileName}.docx`)).header('cache-control', 'private, no-store').send(file.body);
  });
}
