import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../../i18n/lang';
import { pickLang } from '../i18n/messages';
import type { Actor } from '../../domain/policy';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    /** The signed-in user, or null for the public. Set by the auth plugin. */
    actor: Actor | null;
    actorName: string | null;
  }
}

/** Language of the caller (lang cookie, then Accept-Language; Vietnamese by default). */
export const requestContextPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('lang', 'vi');
  app.decorateRequest('actor', null);
  app.decorateRequest('actorName', null);
  app.addHook('onRequest', async (request) => {
    request.lang = pickLang(request.headers['accept-language'], request.cookies?.lang);
  });
});
