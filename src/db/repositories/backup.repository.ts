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
