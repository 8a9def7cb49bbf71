import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../../services/audit.service';

/**
 * Route helpers. Shapes shared by every contract (ids, pages, problems) live in
 * src/contracts/common.ts; this file keeps what only the HTTP layer needs.
 */

export function auditActor(request: FastifyRequest): AuditActor {
  return { id: request.actor?.id ?? null, name: request.actorName };
}

export { errorResponses, idParams, noContent, optionalQueryText, pagination, problemSchema, auditEventSchema } from '../../contracts/common';
