import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../../services/audit.service';

export const idParams = z.object({ id: z.uuid('errors.notFound') });

export const pagination = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

/** Query-string text: empty means "not given". */
export const optionalQueryText = z
  .string()
  .max(200)
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string().optional(),
    code: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })).optional(),
  })
  .describe('RFC 9457 problem details');

export const auditEventSchema = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  changes: z.record(z.string(), z.unknown()).nullable(),
  note: z.string().nullable(),
});

export function auditActor(request: FastifyRequest): AuditActor {
  return { id: request.actor?.id ?? null, name: request.actorName };
}

export const errorResponses = {
  400: problemSchema,
  401: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

export const noContent = z.null().describe('No content');
