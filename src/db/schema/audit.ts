import { pgTable, text, uuid, timestamp, jsonb, bigserial, index } from 'drizzle-orm/pg-core';

/** Append-only audit log (a trigger in the migrations refuses UPDATE and DELETE). */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    changes: jsonb('changes'),
    note: text('note'),
  },
  (t) => [index('audit_events_subject_idx').on(t.subjectType, t.subjectId, t.id)],
);
