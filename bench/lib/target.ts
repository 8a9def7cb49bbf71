import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bench/ folder and its git-ignored data folder. */
export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const benchDataDir = path.join(benchDir, '.data');

/** Where the synthetic data set lives: a PostgreSQL database or a PGlite folder under bench/.data. */
export interface Target {
  kind: 'postgres' | 'pglite';
  databaseUrl?: string;
  /** PGlite only: folder passed to openDatabase (it keeps the cluster in `<dataDir>/pglite`). */
  dataDir?: string;
  /** Short name used for file names and headings: `postgres-ocop_bench`, `pglite-100000`. */
  label: string;
  /** For messages: the URL without its password, or the folder. */
  display: string;
}

export function pgliteDirName(products: number, province?: string): string {
  return `pglite-${products}${province ? `-p${province}` : ''}`;
}

export function resolveTarget(opts: { databaseUrl?: string; dataDir?: string; products: number; province?: string }): Target {
  if (opts.databaseUrl) {
    const url = new URL(opts.databaseUrl);
    if (url.password) url.password = '***';
    const dbName = url.pathname.replace(/^\//, '') || 'postgres';
    return { kind: 'postgres', databaseUrl: opts.databaseUrl, label: `postgres-${dbName}`, display: url.toString() };
  }
  const dataDir = path.resolve(opts.dataDir ?? path.join(benchDataDir, pgliteDirName(opts.products, opts.province)));
  return { kind: 'pglite', dataDir, label: path.basename(dataDir), display: path.relative(process.cwd(), dataDir) || dataDir };
}

/** Integer option from a command-line value or an environment variable, with bounds. */
export function intOption(value: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer between ${min} and ${max} (got ${value})`);
  return n;
}
