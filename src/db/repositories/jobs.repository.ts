import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { jobs } from '../schema';

export type JobRow = typeof jobs.$inferSelect;

export interface EnqueueInput {
  type: string;
  payload?: Record<string, unknown>;
  runAt?: Date;
  uniqueKey?: string;
  maxAttempts?: number;
}

/** Adds a job; with a unique key already used, nothing (and undefined). */
export async function enqueue(db: Executor, input: EnqueueInput): Promise<JobRow | undefined> {
  const [row] = await db
    .insert(jobs)
    .values({ type: input.type, payload: input.payload ?? {}, runAt: input.runAt ?? new Date(), uniqueKey: input.uniqueKey, maxAttempts: input.maxAttempts ?? 5 })
    .onConflictDoNothing()
    .returning();
  return row;
}

/**
 * Claims the next due job for this worker: a queued one whose time has come, or a running one
 * whose worker's lease ran out (it died). SKIP LOCKED lets several workers claim at once
 * without waiting on, or taking, each other's job.
 */
export async function claim(db: Executor, workerId: string, types: string[], leaseMs: number): Promise<JobRow | undefined> {
  if (types.length === 0) return undefined;
  const typeList = sql.join(types.map((t) => sql`${t}`), sql`, `);
  const result = await db.execute(sql`
    update jobs set status = 'running', locked_by = ${workerId}, locked_until = now() + ${`${leaseMs} milliseconds`}::interval,
      attempts = attempts + 1, started_at = coalesce(started_at, now())
    where id = (
      select id from jobs
      where type in (${typeList})
        and ((status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now()))
      order by run_at
      limit 1
      for update skip locked)
    returning id`);
  const rows = (result as unknown as { rows?: Array<{ id: string }> }).rows ?? (result as unknown as Array<{ id: string }>);
  const id = rows[0]?.id;
  if (!id) return undefined;
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/** Renews the lease (and records progress) while the worker still holds the job. */
export async function heartbeat(db: Executor, id: string, workerId: string, leaseMs: number, progress?: number): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ lockedUntil: sql`now() + ${`${leaseMs} milliseconds`}::interval`, ...(progress === undefined ? {} : { progress }) })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export async function complete(db: Executor, id: string, workerId: string): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'done', progress: 1, finishedAt: new Date(), lockedBy: null, lockedUntil: null })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId)));
}

/** A failed attempt: queued again at `retryAt`, or failed for good when none is left. */
export async function fail(db: Executor, id: string, workerId: string, error: string, retryAt: Date | null): Promise<void> {
  await db
    .update(jobs)
    .set(retryAt ? { status: 'queued', runAt: retryAt, lastError: error, lockedBy: null, lockedUntil: null } : { status: 'failed', lastError: error, finishedAt: new Date(), lockedBy: null, lockedUntil: null })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId)));
}

export async function getJob(db: Executor, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

export async function recentJobs(db: Executor, type: string, limit = 20): Promise<JobRow[]> {
  return db.select().from(jobs).where(eq(jobs.type, type)).orderBy(desc(jobs.createdAt)).limit(limit);
}
