import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's security headers (CSP, HSTS, X-Frame-Options…) on every response, worked out once.
 * The Fastify wrapper of helmet builds helmet's whole middleware again for every request, CSP
 * parsing included — a tenth of the CPU of a stamp check, the busiest public call. These
 * options set the same headers on every request (no per-request nonces), so helmet runs once
 * here against a recording response and each request gets the recorded headers.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
      return recorder;
    },
    removeHeader() {},
    getHeader: () => undefined,
  };
  let failed: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (e?: unknown) => (failed = e));
  if (failed) throw failed;
  return headers;
}

/** Sets the headers `securityHeaders` worked out on every answer. */
export const securityHeadersPlugin = fp(async (app: FastifyInstance, { headers }: { headers: Record<string, string> }) => {
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
});
