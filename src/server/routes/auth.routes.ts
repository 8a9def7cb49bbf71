import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import { login, logout } from '../../services/auth.service';
import { me } from '../../services/users.service';
import { clearSessionCookie, requireActor, SESSION_COOKIE, setSessionCookie } from '../plugins/auth';
import { problemSchema } from './common';

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  unitStructure: z.string(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  entityId: z.string().nullable(),
});

export async function authRoutes(app: FastifyInstance, { database, config }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the HttpOnly session cookie',
        description: 'Answers 401 on wrong credentials and 429 (with Retry-After) after repeated failures for a username or address.',
        body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
        response: { 200: z.object({ user: userSchema }), 401: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const result = await login(database.db, request.body.username.trim(), request.body.password, request.ip, config.sessionDays);
      setSessionCookie(reply, result.token, result.expiresAt, config.secureCookies);
      return { user: await me(database.db, result.user.id) };
    },
  );

  r.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out (ends the session)' } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await logout(database.db, token);
    clearSessionCookie(reply);
    return reply.code(204).send();
  });

  r.get(
    '/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The current session: the signed-in user, or null without a session',
        description: 'Unlike `GET /api/me` (401 without a session), this answers 200 either way, so a page can ask whether someone is signed in without an error.',
        response: { 200: z.object({ user: userSchema.nullable() }) },
      },
    },
    async (request) => ({ user: request.actor ? await me(database.db, request.actor.id) : null }),
  );

  r.get(
    '/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user with role and unit', response: { 200: userSchema, 401: problemSchema } } },
    async (request) => me(database.db, requireActor(request).id),
  );
}
