import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';

async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/** The database's own tables (every schema but the system ones), as `schema.table`, sorted. */
export async function userTables(db: Executor): Promise<{ schema: string; name: string }[]> {
  return rows(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
          and table_schema not like 'pg\_%'
        order by table_schema, table_name`,
  );
}

/** The number of rows of every table, keyed `schema.table` (the manifest's and the verification's figures). */
export async function tableRowCounts(db: Executor): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of await userTables(db)) {
    const [r] = await rows<{ n: number | string }>(db, sql`select count(*) as n from ${sql.identifier(t.schema)}.${sql.identifier(t.name)}`);
    counts[`${t.schema}.${t.name}`] = Number(r!.n);
  }
  return counts;
}

/** Exports the transaction's snapshot, so that pg_dump (--snapshot) sees exactly what the counts saw. */
export async function exportSnapshot(db: Executor): Promise<string> {
  const [r] = await rows<{ id: string }>(db, sql`select pg_export_snapshot() as id`);
  return r!.id;
}

/**
 * A checksum of every table's content, keyed `schema.table`: the sum of each row's MD5 (its
 * first 60 bits), so it needs no ordering and no sort of the table, and any changed, missing or
 * extra row changes it. A restore compares it with the manifest's, which row counts alone would
 * not catch (an update keeps the count).
 */
export async function tableChecksums(db: Executor): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const t of await userTables(db)) {
    const [r] = await rows<{ s: string }>(
      db,
      sql`select coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint::numeric), 0)::text as s
          from ${sql.identifier(t.schema)}.${sql.identifier(t.name)} as t`,
    );
    sums[`${t.schema}.${t.name}`] = r!.s;
  }
  return sums;
}
