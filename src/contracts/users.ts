import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, errorResponses, idParams, noContent, optionalQueryText, page, pagination } from './common';
import { ROLES } from '../domain/users/roles';
import { requiredText } from '../domain/text/zod-fields';
import { USER_ACTIONS } from '../domain/policy/user';

/** User accounts, each bound to a role and a unit (administrators). */

const tags = ['users'];

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitStructure: z.enum(['current', 'legacy']),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  entityId: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  actions: actionsOf(USER_ACTIONS),
});
export type User = z.infer<typeof userSchema>;

const password = z.string().min(8, 'errors.password.weak').max(200);

export const userCreateSchema = z
  .object({
    username: z.string().regex(/^[a-z0-9._-]{3,50}$/i, 'errors.invalidFormat'),
    displayName: requiredText(200),
    password,
    role: z.enum(ROLES),
    unitStructure: z.enum(['current', 'legacy']).default('current'),
    unitCode: z.string().max(10).default(''),
    entityId: z.uuid().nullish().transform((v) => v ?? null),
  })
  .strict();
export type UserInput = z.input<typeof userCreateSchema>;

export const userPatchSchema = z
  .object({
    displayName: requiredText(200).optional(),
    role: z.enum(ROLES).optional(),
    unitStructure: z.enum(['current', 'legacy']).optional(),
    unitCode: z.string().max(10).optional(),
    entityId: z.uuid().nullable().optional(),
    active: z.boolean().optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type UserPatch = z.input<typeof userPatchSchema>;

export const userListQuery = z.object({ q: optionalQueryText, role: z.enum(ROLES).optional(), ...pagination });
export type UserFilters = z.input<typeof userListQuery>;

export const users = {
  list: endpoint({
    method: 'GET',
    path: '/users',
    tags,
    summary: 'User accounts (administrators)',
    querystring: userListQuery,
    response: { 200: page(userSchema), ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/users',
    tags,
    summary: 'Create an account bound to a role and a unit',
    description:
      'Provincial, trade and council accounts bind to a province; commune officers to a commune; district officers to a legacy district; producers to an entity; admin and central are national.',
    body: userCreateSchema,
    response: { 201: userSchema, ...errorResponses },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/users/:id',
    tags,
    summary: "Change a user's name, role, unit, entity or status (ends their sessions when the binding changes)",
    params: idParams,
    body: userPatchSchema,
    response: { 200: userSchema, ...errorResponses },
  }),
  resetPassword: endpoint({
    method: 'POST',
    path: '/users/:id/password',
    tags,
    summary: "Reset a user's password (ends their sessions)",
    params: idParams,
    body: z.object({ password }).strict(),
    response: { 204: noContent, ...errorResponses },
  }),
};
