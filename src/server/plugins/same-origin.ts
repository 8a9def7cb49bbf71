import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors';

/**
 * Defence against cross-site request forgery, for every state-changing request (POST, PUT,
 * PATCH, DELETE):
 * - its `Origin` (or, without one, its `Referer`) must be the platform's own: the origin of
 *   PUBLIC_URL when that is set, else the request's own host. 403 otherwise. Requests with
 *   neither header (API clients, scripts, tests) are not from a browser page and pass;
 * - a body must be of a type the route takes: JSON unless its schema declares `consumes`
 *   (the upload routes: multipart/form-data). 415 otherwise — so the "simple" types a page on
 *   another site may send without asking (text/plain, form encodings) never reach a handler.
 */

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

export interface SameOriginOptions {
  /** PUBLIC_URL: the address users reach the platform at (omitted: the request's own host). */
  publicUrl?: string;
}

function originOf(value: string): { origin: string; host: string } | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return { origin: url.origin, host: url.host };
  } catch {
    return null;
  }
}

/** Where a request says it comes from: its Origin, else its Referer (undefined: neither was sent). */
function claimedSource(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin;
  const referer = request.headers.referer;
  return typeof referer === 'string' ? referer : undefined;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

export const sameOriginPlugin = fp(async (app: FastifyInstance, opts: SameOriginOptions) => {
  const own = opts.publicUrl ? originOf(opts.publicUrl) : null;
  if (opts.publicUrl && !own) throw new Error(`PUBLIC_URL is not an http(s) address: ${opts.publicUrl}`);

  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;

    const source = claimedSource(request);
    if (source !== undefined) {
      const claimed = originOf(source);
      const allowed = claimed !== null && (own ? claimed.origin === own.origin : claimed.host === request.host);
      if (!allowed) throw new AppError(403, 'errors.crossSite', { origin: claimed?.origin ?? source.slice(0, 100) });
    }

    if (!hasBody(request)) return;
    const type = mediaType(request);
    const consumes = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes;
    const accepted = consumes?.length ? consumes.map((c) => c.toLowerCase()) : null;
    const ok = accepted ? accepted.includes(type) : JSON_TYPE.test(type);
    if (!ok) {
      throw new AppError(415, 'errors.unsupportedMediaType', { expected: accepted ? accepted.join(', ') : 'application/json', received: type || '(none)' });
    }
  });
});
