import { z } from 'zod';

/**
 * Shapes shared by every resource's contract: ids, pages, problems, audit events.
 * Messages are keys the server translates (see the message catalogue).
 */

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

/** A page of a list: `{"items":[…],"total":n}`. */
export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

/** A whole (short) list: `{"items":[…]}`. */
export const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Items<T> {
  items: T[];
}

/**
 * The actions the signed-in user may take on a record, computed by the server's policy; the
 * client shows buttons from it and keeps no copy of the rules.
 */
export const actionsOf = <const A extends readonly [string, ...string[]]>(actions: A) =>
  z.array(z.enum(actions)).describe('actions the signed-in user may take on this record');

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
export type Problem = z.infer<typeof problemSchema>;

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
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditTimeline = items(auditEventSchema);

export const errorResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

export const noContent = z.null().describe('No content');

/** `?version=n` on a DELETE: the version the caller read. */
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });
