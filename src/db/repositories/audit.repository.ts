import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditEvents } from '../schema';

export interface AuditInput {
  actorId: string | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  changes?: Record<string, { from: unknown; to: unknown }> | Record<string, unknown> | null;
  note?: string | null;
}

export async function appendAudit(db: Executor, event: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({ ...event, changes: event.changes ?? null, note: event.note ?? null });
}

export async function listAudit(db: Executor, subjectType: string, subjectId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectType, subjectType), eq(auditEvents.subjectId, subjectId)))
    .orderBy(asc(auditEvents.id));
}
