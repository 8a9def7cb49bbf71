export const PORTAL_ENTRY: string;
export const BUDGET_BYTES: number;
export interface EntrySize {
  entry: string;
  files: Array<{ file: string; raw: number; gzip: number; brotli: number }>;
  raw: number;
  gzip: number;
  brotli: number;
}
export function entryClosure(manifest: Record<string, { file: string; imports?: string[] }>, entry: string): string[];
export function measureEntry(webDir: string, entry?: string): EntrySize;
export function checkBudget(webDir: string, log?: (line: string) => void): EntrySize;
