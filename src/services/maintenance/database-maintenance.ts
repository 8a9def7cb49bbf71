import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';

export const MAINTENANCE_JOB = 'database.maintenance';

/**
 * The embedded database's nightly housekeeping. PGlite runs no autovacuum: without it every
 * update leaves its old row version behind for good — the scan counts of stamps are updated
 * thousands of times a day — tables and indexes grow and statistics go stale. `VACUUM (ANALYZE)`
 * takes them back and refreshes the planner's statistics (a few hundred milliseconds on the demo
 * data, run in the night). PostgreSQL's own autovacuum does this for a server database: nothing
 * to do there.
 */
export async function runDatabaseMaintenance(database: Database): Promise<{ vacuumed: boolean; ms: number }> {
  if (database.kind !== 'pglite') return { vacuumed: false, ms: 0 };
  const started = performance.now();
  await database.db.execute(sql`vacuum (analyze)`);
  return { vacuumed: true, ms: Math.round(performance.now() - started) };
}
