import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import type { RouteDeps } from './index';
import { publishedKeys, verifyCode, verifyUrl } from '../../services/verification.service';
import { MAX_CODE, verification } from '../../contracts/verification';
import { originOf } from './certificates.routes';
import { route } from './route';

export async function verifyRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, verification.keys, async (_request, reply) => reply.header('cache-control', 'public, max-age=3600').send(await publishedKeys(db)));

  route(app, verification.qr, async (request, reply) => {
    const svg = await QRCode.toString(verifyUrl(originOf(request), request.params.code), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg);
  });

  route(app, verification.verify, async (request, reply) => {
    const result = await verifyCode(db, request.params.code.slice(0, MAX_CODE));
    return reply.header('cache-control', 'no-store').send(result);
  });
}
