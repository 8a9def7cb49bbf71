import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import { auth } from '../../contracts/auth';
import { login, logout } from '../../services/auth.service';
import { me } from '../../services/users.service';
import { clearSessionCookie, requireActor, SESSION_COOKIE, setSessionCookie } from '../plugins/auth';
import { route } from './route';

export async function authRoutes(app: FastifyInstance, { database, config }: RouteDeps) {
  route(app, auth.login, async (request, reply) => {
    const result = await login(database.db, request.body.username.trim(), request.body.password, request.ip, config.sessionDays);
    setSessionCookie(reply, result.token, result.expiresAt, config.secureCookies);
    return { user: await me(database.db, result.user.id) };
  });

  route(app, auth.logout, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await logout(database.db, token);
    clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  route(app, auth.session, async (request) => ({ user: request.actor ? await me(database.db, request.actor.id) : null }));

  route(app, auth.me, async (request) => me(database.db, requireActor(request).id));
}
