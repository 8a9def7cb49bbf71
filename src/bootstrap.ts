import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type OpenOptions } from './db/client';
import { migrate } from './db/migrate';
import { loadReferenceData } from './seed/reference-data';
import { isEmpty, seedDemo } from './seed/demo';

export interface PrepareOptions extends OpenOptions {
  seedDemo: boolean;
  /** Receives a line as each step begins (migrations, reference data, each part of the demo), so a first start is never silent. */
  log?: (message: string) => void;
}

/** Opens the database, applies migrations, loads reference data and (into an empty database) the demo. */
export async function prepareDatabase(opts: PrepareOptions): Promise<Database & { seeded: boolean }> {
  const log = opts.log ?? (() => {});
  log(opts.databaseUrl ? 'Connecting to PostgreSQL…' : `Opening the embedded database${opts.dataDir ? ` in ${opts.dataDir}` : ' (in memory)'}…`);
  const database = await openDatabase(opts);
  log('Applying database migrations…');
  await migrate(database);
  await loadReferenceData(database.db, log);
  let seeded = false;
  if (opts.seedDemo && (await isEmpty(database.db))) {
    const started = Date.now();
    const counts = await seedDemo(database.db, (part) => log(`Demo data: ${part}…`));
    log(`Demo data loaded: ${counts.entities} entities, ${counts.products} products, ${counts.accounts} accounts (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    seeded = true;
  }
  // The search plans depend on column statistics. PGlite has no autovacuum daemon to gather
  // them, so refresh them at every start; on PostgreSQL, right after a bulk demo load.
  if (database.kind === 'pglite' || seeded) await database.db.execute(sql`analyze`);
  return { ...database, seeded };
}
