import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/certificates.service';
import { publicOrigin } from '../../services/certificate-settings';
import { certificates } from '../../contracts/certificates';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { attachment } from './files';
import { route } from './route';

/** The public address for QR codes: PUBLIC_URL, else this request's own origin. */
export function originOf(request: FastifyRequest): string {
  return publicOrigin(`${request.protocol}://${request.host}`);
}

export async function certificateRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, certificates.list, async (request) => service.listCertificates(db, requireActor(request), request.query));

  route(app, certificates.reminders, async (request) => service.runReminders(db, requireActor(request), auditActor(request)));

  route(app, certificates.get, async (request) => service.getCertificate(db, requireActor(request), request.params.id));

  route(app, certificates.audit, async (request) => ({ items: await service.certificateTimeline(db, requireActor(request), request.params.id) }));

  route(app, certificates.pdf, async (request, reply) => {
    const { pdf, number } = await service.certificatePdf(db, requireActor(request), request.params.id, originOf(request));
    return reply.type('application/pdf').header('content-disposition', attachment(`giay-chung-nhan-${number}.pdf`, 'inline')).send(pdf);
  });

  route(app, certificates.qr, async (request, reply) =>
    reply.type('image/svg+xml').send(await service.certificateQrSvg(db, requireActor(request), request.params.id, originOf(request))),
  );

  route(app, certificates.revoke, async (request) => service.revokeCertificate(db, requireActor(request), auditActor(request), request.params.id, request.body));
}
