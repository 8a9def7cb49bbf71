import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../support/test-app';
import { jobs } from '../../src/db/schema';
import { enqueue, getJob } from '../../src/db/repositories/jobs.repository';
import { Worker, type JobHandler } from '../../src/services/jobs/worker';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({ jobs: { worker: false } });
});
afterAll(async () => t?.close());

const until = async (what: () => Promise<boolean>, ms = 30_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await what()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
};

describe('the job queue', () => {
  it('runs each job once with several workers claiming at the same time', async () => {
    const runs = new Map<string, number>();
    const handler: JobHandler = async ({ job }) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 5));
    };
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await enqueue(t.database.db, { type: 'test.once', payload: { i } }))!.id);
    const workers = [1, 2, 3].map(() => new Worker(t.database.db, { 'test.once': handler }, { pollMs: 20 }));
    await Promise.all(workers.map((w) => w.drain()));
    expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => 1));
    const rows = await t.database.db.select().from(jobs).where(eq(jobs.type, 'test.once'));
    expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
  });

  it('enqueues a unique job once', async () => {
    const a = await enqueue(t.database.db, { type: 'test.unique', uniqueKey: 'certificates.remind:2026-12-01' });
    const b = await enqueue(t.database.db, { type: 'test.unique', uniqueKey: 'certificates.remind:2026-12-01' });
    expect(a).toBeDefined();
    expect(b).toBeUndefined();
  });

  it('retries a failed job with back-off, then fails it for good', async () => {
    let calls = 0;
    const worker = new Worker(t.database.db, { 'test.flaky': async () => { calls++; throw new Error(`boom ${calls}`); } });
    const job = (await enqueue(t.database.db, { type: 'test.flaky', maxAttempts: 2 }))!;
    await worker.drain();
    let row = (await getJob(t.database.db, job.id))!;
    expect([row.status, row.attempts, row.lastError]).toEqual(['queued', 1, 'boom 1']);
    expect(row.runAt.getTime()).toBeGreaterThan(Date.now() + 3_000); // backed off ~5 s
    await t.database.db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, job.id));
    await worker.drain();
    row = (await getJob(t.database.db, job.id))!;
    expect([row.status, row.attempts, row.lastError]).toEqual(['failed', 2, 'boom 2']);
  });

  it('a job whose worker died is taken over once its lease runs out, and finishes once', async () => {
    const done: string[] = [];
    const job = (await enqueue(t.database.db, { type: 'test.crash' }))!;
    // the first worker claims the job and dies in the middle (its handler never returns, its lease is not renewed)
    let started!: () => void;
    const inHandler = new Promise<void>((r) => (started = r));
    const dying = new Worker(t.database.db, { 'test.crash': () => (started(), new Promise(() => {})) }, { leaseMs: 400 });
    void dying.drain();
    await inHandler;
    dying.kill();
    const restarted = new Worker(t.database.db, { 'test.crash': async ({ job: j }) => void done.push(j.id) }, { leaseMs: 400 });
    expect(await restarted.drain()).toBe(0); // the lease still holds
    await new Promise((r) => setTimeout(r, 500));
    expect(await restarted.drain()).toBe(1);
    const row = (await getJob(t.database.db, job.id))!;
    expect([row.status, row.attempts]).toEqual(['done', 2]);
    expect(done).toEqual([job.id]);
  });

  it.runIf(!!process.env.DATABASE_URL)('a worker process killed mid-job: another process finishes the job once after restart', async () => {
    const job = (await enqueue(t.database.db, { type: 'test.slow' }))!;
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/support/job-worker.ts'), t.databaseUrl!], { stdio: 'ignore' });
    await until(async () => {
      const r = (await getJob(t.database.db, job.id))!;
      return r.status === 'running' && r.progress > 0.02;
    });
    const killedBy = (await getJob(t.database.db, job.id))!.lockedBy;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const finished: string[] = [];
    const restarted = new Worker(t.database.db, { 'test.slow': async ({ job: j, progress }) => { await progress(0.5); finished.push(j.id); } }, { leaseMs: 1000 });
    await until(async () => (await restarted.drain()) > 0 || (await getJob(t.database.db, job.id))!.status === 'done');
    const row = (await getJob(t.database.db, job.id))!;
    expect([row.status, row.attempts, row.progress]).toEqual(['done', 2, 1]);
    expect(row.lockedBy).toBeNull();
    expect(killedBy).not.toBe(restarted.id);
    expect(finished).toEqual([job.id]);
  }, 60_000);
});
