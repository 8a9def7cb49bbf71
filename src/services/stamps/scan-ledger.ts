import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/stamps.repository';
import { Lru } from '../lru';

/**
 * Scan counts of stamps, kept in memory and written to the database in batches: a scan costs
 * no write on the request's path. Pending increments are flushed every FLUSH_MS, as soon as
 * FLUSH_AT of them wait, and when the server closes; a failed flush keeps them for the next
 * try. A crash loses at most the last FLUSH_MS of counts (they are counts, not records).
 *
 * Each stamp's totals are read from the database the first time it is scanned here and again
 * after RELOAD_MS, so scans counted by other server processes show up too.
 */
const FLUSH_MS = 1000;
const FLUSH_AT = 2000;
const RELOAD_MS = 60_000;

interface Totals {
  /** Per region, as last read from the database plus what this process has flushed since. */
  base: Map<string, number>;
  loadedAt: number;
}

export class ScanLedger {
  private readonly totals = new Lru<string, Totals>(100_000);
  /** Pending increments per stamp and region. */
  private pending = new Map<string, Map<string, repo.ScanIncrement>>();
  private pendingCount = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  /**
   * Counts one scan and answers the stamp's regions with their counts, this scan included.
   * `fresh`: the stamp's counts as just read from the database, when the caller has them.
   */
  async record(stampId: string, region: string, fresh?: Array<{ region: string; scans: number }>, at = new Date()): Promise<Array<{ region: string; scans: number }>> {
    let t = this.loaded(stampId);
    if (!t) {
      const rows = fresh ?? (await repo.regionsOfStamp(this.db, stampId));
      t = { base: new Map(rows.map((r) => [r.region, r.scans])), loadedAt: Date.now() };
      this.totals.set(stampId, t);
    }
    return this.count(t, stampId, region, at);
  }

  /** `record` without reading the database: null when the stamp's totals are not in memory (or too old). */
  recordCached(stampId: string, region: string, at = new Date()): Array<{ region: string; scans: number }> | null {
    const t = this.loaded(stampId);
    return t ? this.count(t, stampId, region, at) : null;
  }

  private loaded(stampId: string): Totals | undefined {
    const t = this.totals.get(stampId);
    return t && Date.now() - t.loadedAt <= RELOAD_MS ? t : undefined;
  }

  private count(t: Totals, stampId: string, region: string, at: Date): Array<{ region: string; scans: number }> {
    this.add({ stampId, region, scans: 1, firstAt: at, lastAt: at });
    this.schedule();
    const pending = this.pending.get(stampId);
    const out: Array<{ region: string; scans: number }> = [];
    for (const [r, scans] of t.base) out.push({ region: r, scans: scans + (pending?.get(r)?.scans ?? 0) });
    if (pending) for (const [r, p] of pending) if (!t.base.has(r)) out.push({ region: r, scans: p.scans });
    return out;
  }

  private add(i: repo.ScanIncrement): void {
    let byRegion = this.pending.get(i.stampId);
    if (!byRegion) this.pending.set(i.stampId, (byRegion = new Map()));
    const p = byRegion.get(i.region);
    if (p) {
      p.scans += i.scans;
      if (i.firstAt < p.firstAt) p.firstAt = i.firstAt;
      if (i.lastAt > p.lastAt) p.lastAt = i.lastAt;
    } else {
      byRegion.set(i.region, { ...i });
      this.pendingCount++;
    }
  }

  private schedule(): void {
    if (this.pendingCount >= FLUSH_AT) {
      void this.flush().catch(() => {});
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush().catch(() => {});
      }, FLUSH_MS);
      this.timer.unref();
    }
  }

  /** Writes the pending counts (one at a time; callers may await it). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.pendingCount === 0) return;
    const batch = [...this.pending.values()].flatMap((m) => [...m.values()]);
    this.pending = new Map();
    this.pendingCount = 0;
    this.flushing = (async () => {
      try {
        await this.db.transaction((tx) => repo.addScans(tx, batch));
        for (const i of batch) {
          const t = this.totals.get(i.stampId);
          if (t) t.base.set(i.region, (t.base.get(i.region) ?? 0) + i.scans);
        }
      } catch (e) {
        // Keep them for the next flush.
        for (const i of batch) this.add(i);
        this.schedule();
        throw e;
      } finally {
        this.flushing = null;
      }
    })();
    await this.flushing;
  }

  /** Stops the timer and writes what is pending (server shutdown). */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }
}
