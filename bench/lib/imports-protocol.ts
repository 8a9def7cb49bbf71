/** What bench/imports.ts and its server process (bench/imports-server.ts) share. */
export const IMPORT_BENCH_USER = { username: 'bench.imports', password: 'bench-ocop-2026', provinceCode: '51' };

export type ImportServerMessage =
  | { type: 'ready'; port: number; kind: string; databaseVersion: string }
  | { type: 'rss'; peakRss: number; rss: number }
  | { type: 'copied'; rows: number; ms: number };
