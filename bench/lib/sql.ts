import type { SQL } from 'drizzle-orm';
import type { Executor } from '../../src/db/client';

/**
 * Runs a raw query and returns its rows on both drivers: postgres-js answers an array,
 * PGlite an object with `rows`.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  if (result && typeof result === 'object' && 'rows' in result && Array.isArray((result as { rows: unknown }).rows)) {
    return (result as { rows: T[] }).rows;
  }
  throw new Error('unexpected result shape from db.execute');
}
