import type { Role } from '../../domain/users/roles';
import { and, asc, eq, gt, inArray, lt, sql, count, or, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../client';
import { loginThrottle, sessions, users } from '../schema';
import { searchKey } from '../../domain/text/normalize';

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row;
}

/** Optimistic update: returns undefined when the version has moved on. */
export async function updateUser(db: Executor, id: string, version: number, values: Partial<typeof users.$inferInsert>) {
  const [row] = await db
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return row;
}

const unitName = sql<string | null>`(select u.name from admin_units u where u.structure = users.unit_structure and u.code = users.unit_code)`;

export async function listUsers(db: Executor, q: { q?: string; role?: Role; page: number; pageSize: number }) {
  const conditions: SQL[] = [];
  if (q.role) conditions.push(eq(users.role, q.role));
  if (q.q) {
    const key = `%${searchKey(q.q)}%`;
    conditions.push(or(sql`lower(${users.username}) like ${key}`, sql`lower(${users.displayName}) like ${'%' + q.q.toLowerCase() + '%'}`)!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select({ user: users, unitName })
    .from(users)
    .where(where)
    .orderBy(asc(users.username))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await db.select({ total: count() }).from(users).where(where);
  return { rows, total };
}

export async function userWithUnit(db: Executor, id: string) {
  const [row] = await db
    .select({ user: users, unitName, provinceName: sql<string | null>`(select p.name from admin_units p where p.structure = 'current' and p.code = users.province_code)` })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

export async function insertSession(db: Executor, tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
}

export async function findSessionUser(db: Executor, tokenHash: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date()), eq(users.active, true)));
  return row?.user;
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/**
 * The throttle counters of `keys`, locked for the rest of the transaction (rows are created
 * first so that a first try locks too; keys are taken in one order so parallel sign-ins
 * cannot deadlock).
 */
export async function lockThrottleCounters(tx: Tx, keys: string[]): Promise<Map<string, ThrottleRow>> {
  const sorted = [...new Set(keys)].sort();
  await tx.insert(loginThrottle).values(sorted.map((key) => ({ key }))).onConflictDoNothing();
  const rows = await tx.select().from(loginThrottle).where(inArray(loginThrottle.key, sorted)).orderBy(asc(loginThrottle.key)).for('update');
  return new Map(rows.map((r) => [r.key, r]));
}

export type ThrottleRow = typeof loginThrottle.$inferSelect;

export async function saveThrottleCounter(db: Executor, key: string, state: { tries: number; blockedUntil: Date | null; updatedAt: Date }): Promise<void> {
  await db.update(loginThrottle).set(state).where(eq(loginThrottle.key, key));
}

export async function deleteThrottleCounter(db: Executor, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/**
 * Drops counters without a try since `before` (they count from zero again anyway). Rows a
 * sign-in has locked meanwhile are skipped, so this never waits for one (nor deadlocks with it).
 */
export async function forgetIdleThrottleCounters(db: Executor, before: Date): Promise<void> {
  const idle = db.select({ key: loginThrottle.key }).from(loginThrottle).where(lt(loginThrottle.updatedAt, before)).limit(1000).for('update', { skipLocked: true });
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, idle));
}
