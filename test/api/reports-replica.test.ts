import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { copyTemplateDatabase, createTestApp, type TestContext } from '../support/test-app';
import type { Database } from '../../src/db/client';
import type { Report } from '../../src/contracts/reports';

/**
 * DATABASE_READ_URL: national reports and report exports read from the replica, everything
 * else from the primary. The "replica" here is a second copy of the demo database in which
 * Quảng Ninh is renamed, so each answer shows which database it came from. PostgreSQL only
 * (the embedded database has no second server to point at).
 */
describe.runIf(!!process.env.DATABASE_URL)('reports with a read replica (DATABASE_READ_URL)', () => {
  let ctx: TestContext;
  let replica: { database: Database; drop: () => Promise<void> };
  const cookies: Record<string, string> = {};
  const REPLICA_NAME = 'Tỉnh Quảng Ninh (bản sao)';
  const REPLICA_COMMUNE = 'Phường Quang Hanh (bản sao)';

  beforeAll(async () => {
    replica = await copyTemplateDatabase();
    await replica.database.db.execute(sql`update admin_units set name = ${REPLICA_NAME} where structure = 'current' and code = '22'`);
    await replica.database.db.execute(sql`update admin_units set name = ${REPLICA_COMMUNE} where structure = 'current' and code = '06778'`);
    ctx = await createTestApp({ readDatabase: replica.database, jobs: { worker: false } });
    // sessions are written to and read from the primary only
    for (const u of ['central', 'province.qn']) cookies[u] = await ctx.login(u);
  });
  afterAll(async () => {
    await ctx?.close();
    await replica?.database.close();
    await replica?.drop();
  });

  const get = (url: string, user: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie: cookies[user] } });

  it('reads a national report from the replica', async () => {
    for (const url of ['/api/reports/national-summary?from=2024&to=2024', '/api/reports/localities?unit=VN&from=2024&to=2024']) {
      const res = await get(url, 'central');
      expect(res.statusCode, res.body).toBe(200);
      const names = (res.json() as Report).rows.map((r) => r.name);
      expect(names, url).toContain(REPLICA_NAME);
      expect(names, url).not.toContain('Tỉnh Quảng Ninh');
    }
    // the central office's default unit is the nation
    const byDefault = await get('/api/reports/localities?from=2024&to=2024', 'central');
    expect((byDefault.json() as Report).rows.map((r) => r.name)).toContain(REPLICA_NAME);
  });

  it("reads a province's report on screen from the primary", async () => {
    for (const [url, user] of [['/api/reports/products-by-star?unit=22&from=2024&to=2024', 'central'], ['/api/reports/products-by-star?from=2024&to=2024', 'province.qn']]) {
      const res = await get(url, user);
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as Report).unit.name, url).toBe('Tỉnh Quảng Ninh');
    }
  });

  it('reads every file export from the replica, the province\'s too', async () => {
    const csv = await get('/api/reports/localities?unit=22&from=2024&to=2024&format=csv', 'province.qn');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body).toContain(REPLICA_COMMUNE);
    // the same report on screen: the primary's names
    const json = await get('/api/reports/localities?unit=22&from=2024&to=2024', 'province.qn');
    const names = (json.json() as Report).rows.map((r) => r.name);
    expect(names).toContain('Phường Quang Hanh');
    expect(names).not.toContain(REPLICA_COMMUNE);
  });
});
