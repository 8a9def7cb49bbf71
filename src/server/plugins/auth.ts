import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { actorOf, userForToken } from '../../services/auth.service';
import { UnauthorizedError } from '../../domain/errors';
import type { Actor } from '../../domain/policy';

export const SESSION_COOKIE = 'ocop_session';

/** Resolves the session cookie to the signed-in actor on every request (sessions live in the database). */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const user = await userForToken(opts.db, token);
    if (user) {
      request.actor = actorOf(user);
      request.actorName = user.displayName;
    }
  });
});

/** The signed-in actor, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError();
  return request.actor;
}

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
