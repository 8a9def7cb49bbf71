import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type OpenOptions } from './db/client';
import { migrate } from './db/migrate';
import { loadReferenceData } from './seed/reference-data';
import { isEmpty, seedDemo } from './seed/demo';

export interface PrepareOptions extends OpenOptions {
  seedDemo: boolean;
  /** Receives a line as each step begins (migrations, reference data, each part of the demo), so a first start is never silent. */
  log?: (message: string) => void;
  /** Aborting stops the preparation at its next step: the step in progress rolls back, the database closes, the promise rejects. */
  signal?: AbortSignal;
}

/** Opens the database, applies migrations, loads reference data and (into an empty database) the demo. */
export async function prepareDatabase(opts: PrepareOptions): Promise<Database & { seeded: boolean }> {
  const log = opts.log ?? (() => {});
  const step = (message: string) => {
    opts.signal?.throwIfAborted();
    log(message);
  };
  step(opts.databaseUrl ? 'Connecting to PostgreSQL…' : `Opening the embedded database${opts.dataDir ? ` in ${opts.dataDir}` : ' (in memory)'}…`);
  const database = await openDatabase(opts);
  try {
    step('Applying database migrations…');
    await migrate(database);
    // In one transaction, so that an interrupted first start leaves no half-loaded units behind.
    const loaded = await database.db.transaction((tx) => loadReferenceData(tx, step));
    let seeded = false;
    if (opts.seedDemo && (await isEmpty(database.db))) {
      const started = Date.now();
      const counts = await seedDemo(database.db, (part) => step(`Demo data: ${part}…`));
      log(`Demo data loaded: ${counts.entities} entities, ${counts.products} products, ${counts.accounts} accounts (${((Date.now() - started) / 1000).toFixed(1)} s).`);
      seeded = true;
    }
    // The search plans depend on column statistics. PGlite has no autovacuum daemon to gather
    // them, so refresh them at every start; on PostgreSQL, right after a bulk load (the demo, or
    // the reference data: without statistics on the administrative units, the legacy-district
    // trigger of every inserted entity and product scans all legacy units, ~8 ms a row).
    if (database.kind === 'pglite' || seeded || loaded) await database.db.execute(sql`analyze`);
    return { ...database, seeded };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
