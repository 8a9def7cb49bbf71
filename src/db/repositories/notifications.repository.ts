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
    if (role === 'commune') {
      parts.push(and(eq(users.role, 'commune'), eq(users.unitStructure, q.location.unitStructure), eq(users.unitCode, q.location.unitCode))!);
    } else if (role === 'province') {
      parts.push(and(eq(users.role, 'province'), eq(users.provinceCode, q.location.provinceCode))!);
    } else if (role === 'district' && q.location.districtCode) {
      parts.push(and(eq(users.role, 'district'), eq(users.districtCode, q.location.districtCode))!);
    }
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
