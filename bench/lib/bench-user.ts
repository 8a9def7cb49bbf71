import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { findUserByUsername, insertUser } from '../../src/db/repositories/users.repository';
import { hashPassword } from '../../src/services/auth.service';
import { resolveBinding } from '../../src/services/users.service';
import { queryRows } from './sql';

/** The provincial officer account the entity-listing benchmark signs in with. */
export const BENCH_USERNAME = 'bench.province';
export const BENCH_PASSWORD = 'bench-ocop-2026';

export interface BenchUser {
  username: string;
  password: string;
  provinceCode: string;
  provinceName: string;
  entitiesInProvince: number;
}

/**
 * Creates (once) a provincial OCOP office account bound to the province with the most
 * entities, so that the listing benchmark pages through the biggest jurisdiction.
 */
export async function ensureBenchUser(db: Db): Promise<BenchUser> {
  const [top] = await queryRows<{ province_code: string; n: number }>(db, sql`
    select province_code, count(*)::int as n from entities where deleted_at is null
    group by province_code order by count(*) desc, province_code limit 1`);
  if (!top) throw new Error('the database has no entities: run `npm run bench:generate` first');

  let user = await findUserByUsername(db, BENCH_USERNAME);
  if (!user) {
    const binding = await resolveBinding(db, { role: 'province', unitStructure: 'current', unitCode: top.province_code, entityId: null });
    user = await insertUser(db, {
      username: BENCH_USERNAME,
      displayName: 'Benchmark — văn phòng OCOP tỉnh',
      passwordHash: await hashPassword(BENCH_PASSWORD),
      role: 'province',
      ...binding,
    });
  }
  const provinceCode = user.provinceCode ?? top.province_code;
  const [first] = await queryRows<{ name: string; n: number }>(db, sql`
    select (select name from admin_units where structure = 'current' and code = ${provinceCode}) as name,
           (select count(*)::int from entities where province_code = ${provinceCode} and deleted_at is null) as n`);
  return { username: BENCH_USERNAME, password: BENCH_PASSWORD, provinceCode, provinceName: first.name, entitiesInProvince: first.n };
}
