import { accountsCovering, type UnitStructure } from '../../domain/policy';
import { isRole } from '../../domain/users/roles';
import { and, count, desc, eq, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { notifications, users } from '../schema';

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationInsert = typeof notifications.$inferInsert;

/**
 * Active accounts concerned by an item: the producers of an entity, and officers of given
 * roles in the item's commune (commune officers), province (provincial staff) or legacy
 * district (district officers).
 */
export async function recipients(
  db: Executor,
  q: {
    producerEntityId: string | null;
    officerRoles: string[];
    location: { unitStructure: string; unitCode: string; provinceCode: string; districtCode: string | null };
    excludeUserId: string | null;
  },
): Promise<string[]> {
  const parts: SQL[] = [];
  if (q.producerEntityId) parts.push(and(eq(users.role, 'producer'), eq(users.entityId, q.producerEntityId))!);
  for (const role of q.officerRoles) {
    const covering = isRole(role) ? accountsCovering(role, { ...q.location, unitStructure: q.location.unitStructure as UnitStructure }) : null;
    if (!covering) continue;
    const match: SQL[] = [eq(users.role, covering.role)];
    if (covering.unitStructure) match.push(eq(users.unitStructure, covering.unitStructure));
    if (covering.unitCode) match.push(eq(users.unitCode, covering.unitCode));
    if (covering.provinceCode) match.push(eq(users.provinceCode, covering.provinceCode));
    if (covering.districtCode) match.push(eq(users.districtCode, covering.districtCode));
    parts.push(and(...match)!);
  }
  if (parts.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), or(...parts), q.excludeUserId ? ne(users.id, q.excludeUserId) : undefined));
  return rows.map((r) => r.id);
}

export async function insertNotifications(db: Executor, rows: NotificationInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(notifications).values(rows);
}

export async function listNotifications(db: Executor, userId: string, q: { unreadOnly: boolean; page: number; pageSize: number }) {
  const where = and(eq(notifications.userId, userId), q.unreadOnly ? isNull(notifications.readAt) : undefined);
  const rows = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await db.select({ total: count() }).from(notifications).where(where);
  const [{ unread }] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { rows, total, unread };
}

/** Marks notifications of a user read (all, or the given ids); returns how many changed. */
export async function markRead(db: Executor, userId: string, ids?: string[]): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function findNotification(db: Executor, userId: string, id: string) {
  const [row] = await db.select().from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row;
}

/** Marks every notification created before a time read (demo data: only recent ones stay unread). */
export async function markReadBefore(db: Executor, before: Date): Promise<void> {
  await db.update(notifications).set({ readAt: sql`now()` }).where(and(isNull(notifications.readAt), lt(notifications.createdAt, before)));
}
