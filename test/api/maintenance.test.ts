import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../support/test-app';
import { enqueue, getJob } from '../../src/db/repositories/jobs.repository';
import { platformJobs } from '../../src/services/jobs/platform-jobs';
import { ImportFiles } from '../../src/services/imports/imports.service';
import { MAINTENANCE_JOB, runDatabaseMaintenance } from '../../src/services/maintenance/database-maintenance';

/** The embedded database's nightly housekeeping (PGlite has no autovacuum). */
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({ jobs: { worker: false } });
});
afterAll(async () => t?.close());

async function vacuumCount(table: string): Promise<number> {
  const res = await t.database.db.execute(sql`select coalesce(vacuum_count, 0)::int as n from pg_stat_user_tables where relname = ${table}`);
  const rows = (res as unknown as { rows?: Array<{ n: number }> }).rows ?? (res as unknown as Array<{ n: number }>);
  return rows[0]?.n ?? 0;
}

describe('database maintenance', () => {
  it('is a nightly job on the embedded database only, and vacuums every table there', async () => {
    const importFiles = new ImportFiles(fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-maint-')));
    const jobs = platformJobs({ db: t.database.db, database: t.database, importFiles });
    if (t.database.kind !== 'pglite') {
      // PostgreSQL: its autovacuum does it; no job, and the function does nothing.
      expect(MAINTENANCE_JOB in jobs.handlers).toBe(false);
      expect(await runDatabaseMaintenance(t.database)).toEqual({ vacuumed: false, ms: 0 });
      return;
    }
    expect(MAINTENANCE_JOB in jobs.handlers).toBe(true);
    // Old row versions to take back: scan counts are updated all day long.
    await t.database.db.execute(sql`update stamps set scans = scans`);
    const before = { stamps: await vacuumCount('stamps'), certificates: await vacuumCount('certificates') };
    const job = (await enqueue(t.database.db, { type: MAINTENANCE_JOB, uniqueKey: `${MAINTENANCE_JOB}:test` }))!;
    await jobs.worker.drain();
    expect((await getJob(t.database.db, job.id))?.status).toBe('done');
    expect(await vacuumCount('stamps')).toBeGreaterThan(before.stamps);
    expect(await vacuumCount('certificates')).toBeGreaterThan(before.certificates);
  }, 120_000);
});
