import crypto from 'node:crypto';
import os from 'node:os';
import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/jobs.repository';
import { dailyRunDue, retryDelayMs } from '../../domain/jobs/schedule';

/**
 * A small persistent job queue on the platform's own database. pg-boss and graphile-worker
 * need a node-postgres pool and LISTEN/NOTIFY, which the embedded PGlite does not offer through
 * our driver; a table claimed with `FOR UPDATE SKIP LOCKED` works the same on both and is
 * enough here: each job runs once at a time across processes (the claim), survives restarts
 * (a dead worker's lease runs out and another worker takes the job), retries with back-off,
 * and records progress.
 */
export interface JobContext {
  db: Db;
  job: repo.JobRow;
  /** Records progress (0–1) and renews the lease. */
  progress(value: number): Promise<void>;
}

export type JobHandler = (ctx: JobContext) => Promise<void>;

export interface DailySchedule {
  type: string;
  /** Hour of the day in Vietnam from which the day's run is due. */
  hourVn: number;
  payload?: Record<string, unknown>;
}

export interface WorkerOptions {
  pollMs?: number;
  leaseMs?: number;
  schedules?: DailySchedule[];
  log?: (message: string, error?: unknown) => void;
  now?: () => Date;
}

export class Worker {
  readonly id = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private readonly beats = new Set<NodeJS.Timeout>();
  private readonly pollMs: number;
  private readonly leaseMs: number;

  constructor(
    private readonly db: Db,
    private readonly handlers: Record<string, JobHandler>,
    private readonly options: WorkerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 60_000;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops claiming; waits for the job in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /**
   * What a crash does: stops claiming and renewing leases at once, leaving the job in hand
   * unfinished (its lease runs out and another worker takes it). For tests of that path.
   */
  kill(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const b of this.beats) clearInterval(b);
    this.beats.clear();
  }

  /** Claims and runs due jobs until none is left (also what the poll loop does each tick). */
  async drain(): Promise<number> {
    let n = 0;
    while (await this.runOne()) n++;
    return n;
  }

  /** Wakes the loop now (a job was just enqueued by this process). */
  poke(): void {
    if (this.stopped || this.running) return;
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick().finally(() => {
        this.running = null;
        this.schedule(this.pollMs);
      });
    }, delay);
  }

  private async tick(): Promise<void> {
    try {
      await this.enqueueDue();
      while (!this.stopped && (await this.runOne()));
    } catch (e) {
      this.options.log?.('job worker tick failed', e);
    }
  }

  /** Daily schedules: the day's run enqueued once (its unique key), whichever server comes first. */
  private async enqueueDue(): Promise<void> {
    const now = this.options.now?.() ?? new Date();
    for (const s of this.options.schedules ?? []) {
      const day = dailyRunDue(now, s.hourVn);
      if (day) await repo.enqueue(this.db, { type: s.type, payload: { ...s.payload, day }, uniqueKey: `${s.type}:${day}`, maxAttempts: 3 });
    }
  }

  private async runOne(): Promise<boolean> {
    const job = await repo.claim(this.db, this.id, Object.keys(this.handlers), this.leaseMs);
    if (!job) return false;
    const beat = setInterval(() => void repo.heartbeat(this.db, job.id, this.id, this.leaseMs).catch(() => {}), Math.max(50, this.leaseMs / 3));
    this.beats.add(beat);
    try {
      await this.handlers[job.type]({
        db: this.db,
        job,
        progress: async (value) => {
          if (!this.beats.has(beat)) return; // killed
          await repo.heartbeat(this.db, job.id, this.id, this.leaseMs, value);
        },
      });
      await repo.complete(this.db, job.id, this.id);
    } catch (e) {
      const retryAt = job.attempts < job.maxAttempts ? new Date(Date.now() + retryDelayMs(job.attempts)) : null;
      this.options.log?.(`job ${job.type} ${job.id} failed (attempt ${job.attempts})`, e);
      await repo.fail(this.db, job.id, this.id, String((e as Error)?.message ?? e).slice(0, 2000), retryAt);
    } finally {
      clearInterval(beat);
      this.beats.delete(beat);
    }
    return true;
  }
}
