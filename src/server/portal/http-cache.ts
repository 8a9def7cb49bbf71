import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A strong ETag of a body: the same bytes, the same tag, on every server process. */
export function etagOf(body: string | Buffer): string {
  return `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when an If-None-Match header names `etag` (or is `*`). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/**
 * Sends a generated body with its ETag and Cache-Control; a client that already holds these
 * bytes (If-None-Match) gets 304 and no body.
 */
export function sendCached(request: FastifyRequest, reply: FastifyReply, body: string | Buffer, cacheControl: string): FastifyReply {
  const etag = etagOf(body);
  reply.header('etag', etag).header('cache-control', cacheControl);
  if (reply.statusCode === 200 && matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.send(body);
}
