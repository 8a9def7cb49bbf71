import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/users.service';
import { ROLES } from '../../domain/users/roles';
import { requiredText } from '../../domain/text/zod-fields';
import { requireActor } from '../plugins/auth';
import { auditActor, errorResponses, idParams, noContent, optionalQueryText, pagination } from './common';

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  unitStructure: z.string(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  entityId: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
});

const password = z.string().min(8, 'errors.password.weak').max(200);

export async function userRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'User accounts (administrators)',
        querystring: z.object({ q: optionalQueryText, role: z.enum(ROLES).optional(), ...pagination }),
        response: { 200: z.object({ items: z.array(userSchema), total: z.number() }), ...errorResponses },
      },
    },
    async (request) => service.listUsers(db, requireActor(request), request.query),
  );

  r.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create an account bound to a role and a unit',
        description: 'Provincial, trade and council accounts bind to a province; commune officers to a commune; district officers to a legacy district; producers to an entity; admin and central are national.',
        body: z
          .object({
            username: z.string().regex(/^[a-z0-9._-]{3,50}$/i, 'errors.invalidFormat'),
            displayName: requiredText(200),
            password,
            role: z.enum(ROLES),
            unitStructure: z.enum(['current', 'legacy']).default('current'),
            unitCode: z.string().max(10).default(''),
            entityId: z.uuid().nullish().transform((v) => v ?? null),
          })
          .strict(),
        response: { 201: userSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createUser(db, requireActor(request), auditActor(request), request.body)),
  );

  r.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Change a user\'s name, role, unit, entity or status (ends their sessions when the binding changes)',
        params: idParams,
        body: z
          .object({
            displayName: requiredText(200).optional(),
            role: z.enum(ROLES).optional(),
            unitStructure: z.enum(['current', 'legacy']).optional(),
            unitCode: z.string().max(10).optional(),
            entityId: z.uuid().nullable().optional(),
            active: z.boolean().optional(),
            version: z.number().int().min(1),
          })
          .strict(),
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => service.updateUser(db, requireActor(request), auditActor(request), request.params.id, request.body),
  );

  r.post(
    '/users/:id/password',
    { schema: { tags: ['users'], summary: 'Reset a user\'s password (ends their sessions)', params: idParams, body: z.object({ password }).strict(), response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await service.resetPassword(db, requireActor(request), auditActor(request), request.params.id, request.body.password);
      return reply.code(204).send(null);
    },
  );
}
