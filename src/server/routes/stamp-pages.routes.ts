import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../db/client';
import { verifyLot, verifyStamp } from '../../services/stamps/stamp-verification';
import { currentProvinces, resolveDigitalLink } from '../../services/stamps/digital-link.service';
import { renderNotFoundPage, renderStampPage } from '../pages/stamp-page';

/**
 * Public pages outside the API: a stamp's page (`/s/{serial}`), a lot's page (`/lot/{id}`) and
 * the GS1 Digital Link resolver (`/01/{gtin}[/10/{lot}[/21/{serial}]]`, 307 to the product page
 * `/p/{id}`, the lot page or the stamp page). Server-rendered: they work without the web client.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function langOf(request: FastifyRequest): 'vi' | 'en' {
  const q = (request.query as Record<string, unknown>)?.lang;
  return q === 'en' || q === 'vi' ? q : request.lang;
}

const text = (v: unknown, max: number) => (typeof v === 'string' && v.length <= max ? v : undefined);

export async function stampPageRoutes(app: FastifyInstance, { database }: { database: Database }) {
  const db = database.db;

  app.get('/s/:serial', { schema: { hide: true } }, async (request, reply) => {
    const { serial } = request.params as { serial: string };
    const query = request.query as Record<string, unknown>;
    const token = text(query.t, 2000);
    const provinceParam = text(query.province, 2);
    const province = provinceParam && /^\d{2}$/.test(provinceParam) ? provinceParam : undefined;
    const result = await verifyStamp(db, serial.slice(0, 64), { token, province, address: request.ip });
    const html = renderStampPage({ lang: langOf(request), result, provinces: await currentProvinces(db), token, province });
    return reply.code(200).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  });

  app.get('/lot/:id', { schema: { hide: true } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const result = UUID.test(id) ? await verifyLot(db, id) : null;
    const lang = langOf(request);
    reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
    return result ? reply.send(renderStampPage({ lang, result, lot: true })) : reply.code(404).send(renderNotFoundPage(lang));
  });

  app.get('/01/*', { schema: { hide: true } }, async (request, reply) => {
    const target = await resolveDigitalLink(db, request.url);
    if (!target) return reply.code(404).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderNotFoundPage(langOf(request)));
    return reply.header('cache-control', 'no-store').redirect(target, 307);
  });
}
