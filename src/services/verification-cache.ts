import type { Database, Db } from '../db/client';
import { ScanLedger } from './stamps/scan-ledger';

/**
 * What public verification keeps in memory so that a scan costs no database round trip:
 * certificate and stamp rows by code, each stamped with the epoch it was read in. Any change
 * to certificates, stamp batches or products bumps the epoch, so the next scan reads again:
 *
 * - in this process, synchronously after the change commits (`invalidateVerification`, called
 *   by the services that revoke or issue);
 * - from any process, through PostgreSQL's LISTEN/NOTIFY: triggers on those tables notify
 *   `ocop_verification` (migration stamps_sql); every server listens (`listenForChanges`).
 *
 * Statuses are computed on each scan from the cached dates and today's date, so expiry needs no
 * invalidation. Signature checks of tokens are cached too: a token's signature never changes.
 */
export const CHANGES_CHANNEL = 'ocop_verification';

let epoch = 0;

export function currentEpoch(): number {
  return epoch;
}

/** Forget every cached verification row (a certificate, batch or product changed). */
export function invalidateVerification(): void {
  epoch++;
}

const ledgers = new WeakMap<Db, ScanLedger>();

/** The scan counter of a database (one per database handle). */
export function scanLedger(db: Db): ScanLedger {
  let l = ledgers.get(db);
  if (!l) ledgers.set(db, (l = new ScanLedger(db)));
  return l;
}

/** LISTENs for changes from other processes (and direct SQL); resolves with a function that stops it and flushes pending scans. */
export async function listenForChanges(database: Database): Promise<() => Promise<void>> {
  let stop: (() => Promise<void>) | null = null;
  try {
    stop = await database.listen(CHANGES_CHANNEL, invalidateVerification);
  } catch {
    // A database without LISTEN (a pooler in transaction mode): in-process invalidation only.
    stop = null;
  }
  return async () => {
    await scanLedger(database.db).close();
    if (stop) await stop().catch(() => {});
  };
}
