import type { FastifyInstance } from 'fastify';

/**
 * The home page and the catalogue of the back office are for signed-in users: an anonymous
 * visitor opening `/` or `/catalogue` lands on the light public portal (`/p`, the same filters in
 * the query string) instead of loading the back office's JavaScript. Signed-in users keep the
 * back office. Registered on the root instance after the session is resolved (plugins/auth.ts).
 */
const LANDING = new Set(['/', '/catalogue', '/index.html']);

export function anonymousLanding(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const at = request.url.indexOf('?');
    const pathname = at < 0 ? request.url : request.url.slice(0, at);
    if (!LANDING.has(pathname) || request.actor) return;
    const query = at < 0 ? '' : request.url.slice(at);
    // Whether the visitor is signed in decides where it goes: never cached, varies by cookie.
    return reply.header('cache-control', 'no-store').header('vary', 'cookie').redirect(`/p${query}`, 302);
  });
}
