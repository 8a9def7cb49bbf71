import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { prepareDatabase } from '../src/bootstrap';

/**
 * Prepares one database with migrations, reference data and the demo data, once per run.
 * API test files then start from a copy of it: a PGlite data-dir dump on the embedded
 * engine, or `CREATE DATABASE … TEMPLATE` on PostgreSQL when DATABASE_URL is set.
 */
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const prepared = await prepareDatabase({ databaseUrl, seedDemo: true });
    await prepared.close();
    project.provide('templateDatabaseUrl', databaseUrl);
    return async () => {
      // Drop the per-file copies left behind (each test file drops its own; this catches crashes).
      const admin = postgres(adminUrl(databaseUrl), { max: 1, onnotice: () => {} });
      const rows = await admin`select datname from pg_database where datname like ${testDbPrefix(databaseUrl) + '%'}`;
      for (const r of rows) await admin.unsafe(`drop database if exists "${r.datname}" with (force)`);
      await admin.end();
    };
  }
  const prepared = await prepareDatabase({ seedDemo: true });
  const dump = await prepared.pglite!.dumpDataDir('gzip');
  await prepared.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-test-')), 'template.tar.gz');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('templateDumpFile', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

/** The same server's maintenance database, for CREATE/DROP DATABASE. */
export function adminUrl(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  u.pathname = '/postgres';
  return u.toString();
}

export function testDbPrefix(databaseUrl: string): string {
  return `${new URL(databaseUrl).pathname.slice(1)}_t_`;
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDumpFile: string;
    templateDatabaseUrl: string;
  }
}
