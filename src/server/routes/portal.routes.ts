import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import { portal } from '../../contracts/portal';
import * as service from '../../services/portal/portal.service';
import * as trade from '../../services/portal/trade.service';
import { resourcesDir } from '../../seed/resources';
import { originOf } from './certificates.routes';
import { route } from './route';
import { sendCached } from '../portal/http-cache';

const MAP_FILE = path.join(resourcesDir, 'maps', 'provinces-2025.geojson');

export async function portalRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;
  let map: Buffer | undefined;

  route(app, portal.product, async (request, reply) => {
    const product = await service.publicProduct(db, request.params.id, request.lang);
    // Revalidated on every load (a revocation shows at once), cheaply by ETag.
    return sendCached(request, reply.type('application/json; charset=utf-8'), JSON.stringify(product), 'public, no-cache');
  });

  route(app, portal.qr, async (request, reply) => {
    const product = await service.publicProduct(db, request.params.id, request.lang);
    const svg = await QRCode.toString(originOf(request) + product.pagePath, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg);
  });

  route(app, portal.stats, async (request, reply) =>
    sendCached(request, reply.type('application/json; charset=utf-8'), JSON.stringify(await service.portalStats(db)), 'public, max-age=300'),
  );

  // Trade promotion for the public (sales-point map, fairs calendar): a new point shows at once; revalidated cheaply by ETag.
  route(app, portal.salesPoints, async (request, reply) =>
    sendCached(request, reply.type('application/json; charset=utf-8'), JSON.stringify(await trade.portalSalesPoints(db, request.query)), 'public, no-cache'),
  );

  route(app, portal.fairs, async (request, reply) =>
    sendCached(request, reply.type('application/json; charset=utf-8'), JSON.stringify(await trade.portalFairs(db, request.query)), 'public, no-cache'),
  );

  route(app, portal.provinces, async (request, reply) => {
    map ??= await fs.promises.readFile(MAP_FILE);
    reply.type('application/geo+json');
    return sendCached(request, reply, map, 'public, max-age=86400');
  });
}
