import { z } from 'zod';
import { machineToMarkdown, WORKFLOW_KINDS, type StateMachine } from '../domain/cycle';

/**
 * What the items of the annual cycle (ideas, business plans, evaluation dossiers) share in
 * the API: the fields every item answers with, its timeline, its filed versions, the
 * transition request, list filters and idempotency keys. Each kind's own contract
 * (ideas.ts, business-plans.ts, dossiers.ts) builds on these.
 */

export const ITEM_KINDS = WORKFLOW_KINDS;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const requestIdField = z
  .string()
  .min(1)
  .max(200)
  .optional()
  .describe('Client-generated id of this request (or send an `Idempotency-Key` header): a retry with the same id returns the first result instead of creating a duplicate.');

/** A yes/no query parameter ("true", "1", "false", "0"). */
export const queryBool = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1'));

/** `status=a,b`: one status or several, each one of the machine's (400 naming `status` otherwise). */
export function statusFilter(statuses: readonly string[]) {
  return z
    .string()
    .max(300)
    .optional()
    .transform((value, ctx) => {
      const list = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (list.some((s) => !statuses.includes(s))) {
        ctx.addIssue({ code: 'invalid_value', values: [...statuses], input: value });
        return z.NEVER;
      }
      return list.length ? list : undefined;
    })
    .describe(`one status or several separated by commas: ${statuses.map((s) => `\`${s}\``).join(', ')}`);
}

/** The filters every item list takes. */
export function itemListQuery(statuses: readonly string[]) {
  return {
    status: statusFilter(statuses),
    cycleYear: z.coerce.number().int().min(2013).max(2100).optional(),
    unit: z.string().max(5).optional().describe('province (2 digits), legacy district (3) or commune (5) code'),
    q: z.string().max(200).optional().describe('accent-insensitive search on product, entity and proposer names'),
    entityId: z.uuid().optional(),
  };
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
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const itemActionSchema = z.object({
  action: z.string(),
  label: z.string(),
  requiresNote: z.boolean(),
  to: z.string().nullable(),
});
export type ItemAction = z.infer<typeof itemActionSchema>;

/** The fields every cycle item (idea, business plan, dossier) answers with. */
export const itemCoreShape = {
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  version: z.number().int().describe('send it back with a transition to detect concurrent changes'),
  status: z.string(),
  statusLabel: z.string(),
  procedure: z.enum(['current', 'legacy']).describe('two-level procedure from 2025-07-01, or the legacy one with districts'),
  machine: z.string().describe('id of the state machine the item follows'),
  step: z.number().int().describe('step of the six-step cycle (1–6)'),
  stepStatus: z.enum(['wait', 'process', 'finish', 'error']),
  cycleId: z.string(),
  cycleYear: z.number().int(),
  unitStructure: z.enum(['current', 'legacy']),
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
  actions: z.array(itemActionSchema).describe('the transitions the signed-in user may take now'),
  yourTurn: z.boolean().describe('the item waits for the signed-in user'),
  editable: z.boolean().describe('the signed-in user may write the content and its files now (drafts and returned items, the filer side)'),
};
export const cycleItemSchema = z.object(itemCoreShape);
export type CycleItem = z.infer<typeof cycleItemSchema>;

/**
 * A document answered as it was filed: typed by the form schema that validated it on the way
 * in, passed through unchanged on the way out (an old filing still reads after a form changes).
 */
export function filed<T>(description: string) {
  return z.custom<T>((v) => typeof v === 'object' && v !== null).meta({ type: 'object', description });
}

const versionFileSchema = z.object({ id: z.string(), itemCode: z.string(), fileName: z.string() });

export const versionSummarySchema = z.object({
  number: z.number().int(),
  at: z.string(),
  by: z.string().nullable(),
  files: z.array(versionFileSchema).optional(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionParams = z.object({ id: z.uuid('errors.notFound'), number: z.coerce.number().int().min(1) });

/** A filed version of an item: its content as filed (`content`), and its files then. */
export function versionSchema<C extends z.ZodType>(content: C) {
  return z.object({
    number: z.number().int(),
    at: z.string(),
    by: z.string().nullable(),
    content,
    files: z.array(versionFileSchema).optional(),
  });
}

/** What every transition request carries besides its action. */
export const transitionFields = {
  note: z.string().max(2000).nullish().describe('reason (required to return or reject)'),
  version: z.number().int().min(1).optional().describe('the version you read: 409 when someone acted meanwhile'),
  requestId: requestIdField,
};

/** A transition request of a machine's actions. */
export function transitionBody<const A extends readonly [string, ...string[]]>(actions: A) {
  return z.object({ action: z.enum(actions), ...transitionFields });
}

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
