import { z } from 'zod';
import { endpoint } from './http';
import { noContent, problemSchema } from './common';
import { userSchema } from './users';
import { CAPABILITIES } from '../domain/policy';

/** Signing in and out, and who is signed in. */

const tags = ['auth'];

export const meSchema = userSchema.omit({ actions: true }).extend({
  provinceName: z.string().nullable(),
  capabilities: z.array(z.enum(CAPABILITIES)).describe('what the user may start: the menus and "new" buttons to show'),
});
export type Me = z.infer<typeof meSchema>;

export const auth = {
  login: endpoint({
    method: 'POST',
    path: '/auth/login',
    tags,
    summary: 'Sign in; sets the HttpOnly session cookie',
    description: 'Answers 401 on wrong credentials and 429 (with Retry-After) after repeated failures for a username or address.',
    body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
    response: { 200: z.object({ user: meSchema }), 400: problemSchema, 401: problemSchema, 429: problemSchema },
  }),
  logout: endpoint({
    method: 'POST',
    path: '/auth/logout',
    tags,
    summary: 'Sign out (ends the session)',
    response: { 204: noContent },
  }),
  session: endpoint({
    method: 'GET',
    path: '/auth/session',
    tags,
    summary: 'The signed-in user, or null without a session (never 401: for pages open to the public)',
    response: { 200: z.object({ user: meSchema.nullable() }) },
  }),
  me: endpoint({
    method: 'GET',
    path: '/me',
    tags,
    summary: 'The signed-in user with role and unit',
    response: { 200: meSchema, 401: problemSchema },
  }),
};
