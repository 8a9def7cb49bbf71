import type { Executor } from '../db/client';
import { appendAudit, listAudit } from '../db/repositories/audit.repository';

/** Who does something, as recorded in the audit log. */
export interface AuditActor {
  id: string | null;
  name: string | null;
}

/** Field-by-field differences between two versions of a record (only changed fields). */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: string[]) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const f of fields) {
    const from = before ? (before[f] ?? null) : null;
    const to = after ? (after[f] ?? null) : null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[f] = { from, to };
  }
  return changes;
}

export async function audit(
  db: Executor,
  actor: AuditActor,
  action: string,
  subjectType: string,
  subjectId: string,
  changes: Record<string, unknown> | null = null,
  note: string | null = null,
): Promise<void> {
  await appendAudit(db, { actorId: actor.id, actorName: actor.name, action, subjectType, subjectId, changes, note });
}

export async function timeline(db: Executor, subjectType: string, subjectId: string) {
  const rows = await listAudit(db, subjectType, subjectId);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorName: r.actorName,
    action: r.action,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    changes: (r.changes as Record<string, { from: unknown; to: unknown }> | null) ?? null,
    note: r.note,
  }));
}
