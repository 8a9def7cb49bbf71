import path from 'node:path';
import { loadConfig } from './config';
import { projectRoot } from './paths';
import { prepareDatabase } from './bootstrap';
import { buildApp, type App } from './server/app';
import { openDatabase, type Database } from './db/client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';
import { isEmpty } from './seed/demo';
import { DEMO_COUNCIL_MEMBERS } from './seed/demo-evaluation';

const config = loadConfig();
const webDir = path.join(projectRoot, 'dist/web');

// Stopping: SIGTERM, SIGINT (Ctrl-C — npm passes it on as well, so it may arrive twice) or
// SIGHUP closes the HTTP server, then the database (the embedded PGlite folder is closed
// cleanly), then exits. A signal during start-up stops the database preparation at its next
// step — the step in progress rolls back — rather than waiting for the demo data to finish.
const stopping = new AbortController();
let app: App | undefined;
let database: Database | undefined;
let readDatabase: Database | undefined;

async function start(): Promise<void> {
  database = await prepareDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    seedDemo: config.seedDemo,
    log: (m) => console.log(m),
    signal: stopping.signal,
  });
  if (stopping.signal.aborted) return;
  // National reports and exports read from the replica (no migrations there: it follows the primary).
  if (config.databaseReadUrl) readDatabase = await openDatabase({ databaseUrl: config.databaseReadUrl });
  app = await buildApp({ database, readDatabase, config, webDir, logger: process.env.LOG_LEVEL !== 'silent', jobs: { schedules: true } });
  if (stopping.signal.aborted) return;
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  console.log(`\nOCOP Platform is running at ${url}  (database: ${database.kind}${database.kind === 'pglite' ? `, ${config.dataDir}` : ''}${readDatabase ? '; national reports read from DATABASE_READ_URL' : ''}; Node ${process.version})`);
  console.log(`API reference: ${url}/api/docs`);
  if (!(await isEmpty(database.db)) && config.seedDemo) {
    console.log(`\nDemo accounts (password "${DEMO_PASSWORD}"):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(16)} ${a.description}`);
    console.log(`  ${DEMO_COUNCIL_MEMBERS.map((m) => m.username).join(', ')}: the other members of Quảng Ninh's demo council`);
  }
}

const INTERRUPTED = 'Stopped before the start-up finished; the next start carries on from there.';
const started = start();
started.then(
  () => {
    if (stopping.signal.aborted && !app?.server.listening) console.log(INTERRUPTED);
  },
  (error: unknown) => {
    if (stopping.signal.aborted) return console.log(INTERRUPTED);
    console.error(error);
    void shutdown(1);
  },
);

let closing: Promise<void> | undefined;
function shutdown(exitCode: number): Promise<void> {
  closing ??= (async () => {
    stopping.abort();
    setTimeout(() => {
      console.error('The server did not stop within 30 s: exiting anyway.');
      process.exit(1);
    }, 30_000).unref();
    await started.catch(() => {});
    for (const close of [() => app?.close(), () => readDatabase?.close(), () => database?.close()]) {
      try {
        await close();
      } catch (error) {
        console.error(error);
        exitCode = 1;
      }
    }
    process.exit(exitCode);
  })();
  return closing;
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!closing) console.log(`\n${signal}: stopping the server…`);
    void shutdown(0);
  });
}

