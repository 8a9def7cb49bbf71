import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import type { CycleCtx } from '../../services/cycle/workflow';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';

/** What the cycle's route files share: the request context and idempotency keys (their schemas live in src/contracts). */

export function cycleCtx(request: FastifyRequest, db: Db): CycleCtx {
  return { db, actor: requireActor(request), who: auditActor(request), lang: request.lang };
}

/** The client's idempotency key: the `Idempotency-Key` header, else the body's `requestId`. */
export function idempotencyKey(request: FastifyRequest): string | null {
  const header = request.headers['idempotency-key'];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  if (fromHeader && fromHeader.trim()) return fromHeader.trim();
  const body = request.body as { requestId?: unknown } | undefined;
  return typeof body?.requestId === 'string' && body.requestId.trim() ? body.requestId.trim() : null;
}
