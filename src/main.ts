import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config';
import { prepareDatabase } from './bootstrap';
import { buildApp } from './server/app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';
import { isEmpty } from './seed/demo';
import { DEMO_COUNCIL_MEMBERS } from './seed/demo-evaluation';

const config = loadConfig();
const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

const database = await prepareDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  seedDemo: config.seedDemo,
  log: (m) => console.log(m),
});
const app = await buildApp({ database, config, webDir, logger: process.env.LOG_LEVEL !== 'silent' });

await app.listen({ port: config.port, host: config.host });
const url = `http://localhost:${config.port}`;
console.log(`\nOCOP Platform is running at ${url}  (database: ${database.kind}${database.kind === 'pglite' ? `, ${config.dataDir}` : ''})`);
console.log(`API reference: ${url}/api/docs`);
if (!(await isEmpty(database.db)) && config.seedDemo) {
  console.log(`\nDemo accounts (password "${DEMO_PASSWORD}"):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(16)} ${a.description}`);
  console.log(`  ${DEMO_COUNCIL_MEMBERS.map((m) => m.username).join(', ')}: the other members of Quảng Ninh's demo council`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await database.close();
    process.exit(0);
  });
}
