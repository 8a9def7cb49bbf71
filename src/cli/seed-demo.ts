/**
 * Loads the demo data into the configured database on request (e.g. a PostgreSQL demo
 * server): `SEED_DEMO=1 DATABASE_URL=… npm run seed:demo`. Refuses a database that already
 * has accounts, so it can never mix demo records into real ones.
 */
import { loadConfig } from '../config';
import { prepareDatabase } from '../bootstrap';

const config = loadConfig();
const database = await prepareDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, seedDemo: true, log: console.log });
if (!database.seeded) {
  console.error('The database already has accounts: demo data was not loaded.');
  process.exitCode = 1;
}
await database.close();
