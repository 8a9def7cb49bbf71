import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteDeps } from './index';
import { openData } from '../../contracts/open-data';
import { OPEN_DATA_LICENCE, type DatasetName } from '../../domain/open-data/datasets';
import { datasetFile } from '../../services/portal/open-data.service';
import { attachment } from './files';
import { route } from './route';
import { sendCached } from '../portal/http-cache';

export async function openDataRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  async function send(request: FastifyRequest, reply: FastifyReply, name: DatasetName, format: 'csv' | 'json') {
    const file = await datasetFile(db, name, format);
    reply
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .header('link', `<${OPEN_DATA_LICENCE.url}>; rel="license"`)
      .header('access-control-allow-origin', '*');
    if (file.updatedAt) reply.header('last-modified', new Date(file.updatedAt).toUTCString());
    if (format === 'csv') reply.header('content-disposition', attachment(`ocop-${name}.csv`));
    return sendCached(request, reply, file.body, 'public, max-age=300');
  }

  for (const [name, pair] of [['products', openData.products], ['certificates', openData.certificates], ['sales-points', openData.salesPoints]] as const) {
    route(app, pair.csv, (request, reply) => send(request, reply, name, 'csv'));
    route(app, pair.json, (request, reply) => send(request, reply, name, 'json'));
  }
}
