import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The backup file's table of contents, `manifest.json` at the top of the archive. */
export interface Manifest {
  format: 'ocop-backup';
  formatVersion: 1;
  appVersion: string;
  createdAt: string;
  database: { kind: 'pglite' | 'postgres'; file: string; serverVersion?: string };
  /** Rows per table (`schema.table`) at the moment of the dump. */
  tables: Record<string, number>;
  /**
   * A checksum of each table's content (`schema.table`), from the same snapshot as the counts;
   * absent in backups written before it existed, which are then verified by counts only.
   */
  tableChecksums?: Record<string, string>;
  /** Every other part of the archive (database dump, uploaded files) with its size and SHA-256. */
  files: Record<string, { bytes: number; sha256: string }>;
}

export const MANIFEST = 'manifest.json';
export const FORMAT_VERSION = 1;
export const PGLITE_DUMP = 'database/pglite.tar.gz';
export const POSTGRES_DUMP = 'database/postgres.pgdump';
export const UPLOADS = 'uploads';

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Relative paths (with `/`) of every regular file under `root`, sorted. */
export function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Sizes and checksums of the given files under `root`. */
export async function describeFiles(root: string, files: string[]): Promise<Manifest['files']> {
  const out: Manifest['files'] = {};
  for (const rel of files) {
    const full = path.join(root, rel);
    out[rel] = { bytes: fs.statSync(full).size, sha256: await sha256File(full) };
  }
  return out;
}

/** The files whose checksum differs from the manifest (or that are missing) under `root`. */
export async function checksumMismatches(root: string, files: Manifest['files'], only?: (rel: string) => boolean): Promise<string[]> {
  const bad: string[] = [];
  for (const [rel, expected] of Object.entries(files)) {
    if (only && !only(rel)) continue;
    const full = path.join(root, rel);
    if (!fs.existsSync(full) || (await sha256File(full)) !== expected.sha256) bad.push(rel);
  }
  return bad;
}

/** Tables whose row count differs between two count maps, with both figures. */
export function countDifferences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names.filter((n) => expected[n] !== actual[n]).map((n) => `${n}: expected ${expected[n] ?? 'no table'}, found ${actual[n] ?? 'no table'}`);
}

/** Tables whose content checksum differs from the manifest's. */
export function checksumDifferences(expected: Record<string, string> | undefined, actual: Record<string, string>): string[] {
  if (!expected) return [];
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names.filter((n) => expected[n] !== actual[n]).map((n) => `${n}: content checksum differs`);
}

export function appVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
