import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { machineToMarkdown, type StateMachine } from '../../domain/cycle';
import { ValidationError } from '../../domain/errors';
import type { CycleCtx } from '../../services/cycle/workflow';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';

/** What the cycle's route files share: the request context, idempotency keys, schemas. */

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

export const requestIdField = z
  .string()
  .min(1)
  .max(200)
  .optional()
  .describe('Client-generated id of this request (or send an `Idempotency-Key` header): a retry with the same id returns the first result instead of creating a duplicate.');

/** Parses `status=a,b` against a machine's status codes (400 naming `status` otherwise). */
export function parseStatuses(value: string | undefined, known: readonly string[]): string[] | undefined {
  if (!value) return undefined;
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((s) => !known.includes(s));
  if (unknown.length) throw new ValidationError([{ path: 'status', code: 'errors.invalidEnum', params: { options: known.join(', ') } }]);
  return list.length ? list : undefined;
}

export const timelineEntrySchema = z.object({
  action: z.string().describe('the action taken (`create` for the creation)'),
  from: z.string().nullable().describe('status before (null for the creation)'),
  to: z.string().describe('status after'),
  by: z.string().nullable().describe('display name of the person who acted'),
  byId: z.string().nullable(),
  byRole: z.string().nullable(),
  at: z.string().describe('ISO 8601 timestamp'),
  note: z.string().nullable().describe('reason or remark given with the action'),
  contentVersion: z.number().nullable().describe('content version filed by this action'),
});

export const itemActionSchema = z.object({
  action: z.string(),
  label: z.string(),
  requiresNote: z.boolean(),
  to: z.string().nullable(),
});

/** The fields every cycle item (idea, business plan, dossier) answers with. */
export const itemCoreShape = {
  id: z.string(),
  kind: z.enum(['idea', 'business-plan', 'dossier']),
  version: z.number().int().describe('send it back with a transition to detect concurrent changes'),
  status: z.string(),
  statusLabel: z.string(),
  procedure: z.enum(['current', 'legacy']).describe('two-level procedure from 2025-07-01, or the legacy one with districts'),
  machine: z.string().describe('id of the state machine the item follows'),
  step: z.number().int().describe('step of the six-step cycle (1–6)'),
  stepStatus: z.enum(['wait', 'process', 'finish', 'error']),
  cycleId: z.string(),
  cycleYear: z.number().int(),
  unitStructure: z.string(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  entityId: z.string().nullable(),
  entityName: z.string().nullable(),
  ownerEntityId: z.string().nullable(),
  productName: z.string(),
  groupCode: z.string(),
  subgroupCode: z.string().nullable(),
  filedByRole: z.string(),
  contentVersion: z.number().int().describe('number of filed versions of the content'),
  late: z.boolean().describe('first filed after the step deadline'),
  lastNote: z.string().nullable(),
  dueOn: z.string().nullable().describe('date by which the next action is due'),
  overdue: z.boolean(),
  daysLeft: z.number().nullable(),
  waitingFor: z.array(z.string()).describe('roles the item waits for'),
  statusChangedAt: z.string(),
  firstSubmittedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(itemActionSchema).describe('actions the caller may take now'),
};

export const versionSummarySchema = z.object({
  number: z.number().int(),
  at: z.string(),
  by: z.string().nullable(),
  files: z.array(z.object({ id: z.string(), itemCode: z.string(), fileName: z.string() })).optional(),
});

export const fileSchema = z.object({
  id: z.string(),
  itemCode: z.string(),
  fileName: z.string(),
  fileType: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
  url: z.string(),
});

export const versionParams = z.object({ id: z.uuid('errors.notFound'), number: z.coerce.number().int().min(1) });

export const versionSchema = z.object({
  number: z.number().int(),
  at: z.string(),
  by: z.string().nullable(),
  content: z.record(z.string(), z.unknown()),
  files: z.array(z.object({ id: z.string(), itemCode: z.string(), fileName: z.string() })).optional(),
});

/** The transition endpoint's description: the machine's statuses and actions (current and legacy). */
export function transitionDescription(current: StateMachine<string, string>, legacy: StateMachine<string, string>): string {
  return [
    'Applies an action to the item. Send `version` (the one you read) to be told with 409 when someone acted meanwhile; send an `Idempotency-Key` header or `requestId` so a retry returns the first result. 409 when the action is not allowed in the current status, 403 when your role may not take it, 400 when a reason (`note`) is required and missing, 404 outside your jurisdiction.',
    '',
    machineToMarkdown(current, 'en'),
    '',
    machineToMarkdown(legacy, 'en'),
  ].join('\n');
}

export const listQueryBase = {
  status: z.string().max(300).optional().describe('one status or several separated by commas'),
  cycleYear: z.coerce.number().int().min(2013).max(2100).optional(),
  unit: z.string().max(5).optional().describe('province (2 digits), legacy district (3) or commune (5) code'),
  q: z.string().max(200).optional().describe('accent-insensitive search on product, entity and proposer names'),
  entityId: z.uuid().optional(),
};

/** A yes/no query parameter ("true", "1", "false", "0"). */
export const queryBool = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1'));
