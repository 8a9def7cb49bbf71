import fs from 'node:fs';
import crypto from 'node:crypto';
import { inject } from 'vitest';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/db/client';
import { buildApp, type App, type AppOptions } from '../../src/server/app';
import { adminUrl, testDbPrefix } from '../global-setup';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts';

export interface TestContext {
  app: App;
  database: Database;
  /** The PostgreSQL database's URL (PostgreSQL runs only), for tests that start other processes on it. */
  databaseUrl?: string;
  /** Signs in and returns the Cookie header value for later requests. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** A fresh PostgreSQL copy of the prepared demo database (PostgreSQL runs only; see test/global-setup.ts). */
export async function copyTemplateDatabase(): Promise<{ database: Database; databaseUrl: string; drop: () => Promise<void> }> {
  const templateUrl = inject('templateDatabaseUrl');
  if (!templateUrl) throw new Error('copyTemplateDatabase: only with DATABASE_URL (PostgreSQL)');
  const name = testDbPrefix(templateUrl) + crypto.randomBytes(6).toString('hex');
  const template = new URL(templateUrl).pathname.slice(1);
  const admin = postgres(adminUrl(templateUrl), { max: 1, onnotice: () => {} });
  // Concurrent copies of one template can collide briefly; retry a few times.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(`create database "${name}" template "${template}"`);
      break;
    } catch (e) {
      if (attempt >= 20 || !String(e).includes('being accessed by other users')) throw e;
      await new Promise((r) => setTimeout(r, 250 + Math.random() * 500));
    }
  }
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const database = await openDatabase({ databaseUrl });
  const drop = async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
  return { database, databaseUrl, drop };
}

/**
 * A fresh copy of the prepared demo database (see test/global-setup.ts) behind a Fastify app;
 * `readDatabase` is handed to the app as its read replica (DATABASE_READ_URL).
 */
export async function createTestApp(options: Pick<AppOptions, 'webDir' | 'jobs' | 'readDatabase'> = {}): Promise<TestContext> {
  let database: Database;
  let drop: (() => Promise<void>) | undefined;
  let databaseUrl: string | undefined;
  if (inject('templateDatabaseUrl')) {
    ({ database, databaseUrl, drop } = await copyTemplateDatabase());
  } else {
    const dump = fs.readFileSync(inject('templateDumpFile'));
    database = await openDatabase({ loadDataDir: new Blob([dump]) });
  }
  const app = await buildApp({ ...options, database, config: { sessionDays: 1, secureCookies: false } });
  await app.ready();
  return {
    app,
    database,
    databaseUrl,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'ocop_session');
      return `ocop_session=${cookie!.value}`;
    },
    async close() {
      await app.close();
      await database.close();
      await drop?.();
    },
  };
}
