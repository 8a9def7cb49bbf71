import { searchKey } from '../text/normalize';
import { cellText, type Cell } from './values';
import { fieldsOf, type FieldSpec, type ImportKind } from './kinds';

/** Column index (0-based) → field key; columns not in it are ignored. */
export type ColumnMapping = Record<number, string>;

/** A header as compared: no accents, case, punctuation, "(*)" marks or unit notes. */
export function headerKey(text: string): string {
  return searchKey(text.replace(/\(\s*\*\s*\)|\*/g, ' '))
    .replace(/\b(stt|so thu tu)\b/g, 'stt')
    .trim();
}

/** How well a header cell names a field: 3 exact, 2 the header starts with a variant, 1 contains one, 0 not. */
function score(header: string, field: FieldSpec): number {
  let best = 0;
  for (const s of [field.key, ...field.synonyms]) {
    const k = headerKey(s);
    if (!k) continue;
    if (header === k) return 3;
    if (header.startsWith(k + ' ') && k.length >= 4) best = Math.max(best, 2);
    else if (k.length >= 5 && ` ${header} `.includes(` ${k} `)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * Maps a header row to fields by meaning: each field takes the column that names it best
 * (exact variants before prefixes before mentions), each column serves one field.
 */
export function matchHeaders(kind: ImportKind, headers: readonly Cell[]): ColumnMapping {
  const fields = fieldsOf(kind);
  const keys = headers.map((h) => headerKey(cellText(h)));
  const candidates: Array<{ col: number; field: string; score: number }> = [];
  keys.forEach((key, col) => {
    if (!key) return;
    for (const f of fields) {
      const s = score(key, f);
      if (s > 0) candidates.push({ col, field: f.key, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  for (const c of candidates) {
    if (c.col in mapping || taken.has(c.field)) continue;
    mapping[c.col] = c.field;
    taken.add(c.field);
  }
  return mapping;
}

/** Required fields no column maps to. */
export function missingRequired(kind: ImportKind, mapping: ColumnMapping): string[] {
  const mapped = new Set(Object.values(mapping));
  return fieldsOf(kind).filter((f) => f.required && !mapped.has(f.key)).map((f) => f.key);
}

/** How many rows at the top of a sheet are searched for the header (titles, blank rows, merged cells). */
export const HEADER_SEARCH_ROWS = 30;
/** Fields a row must name to be taken for the header. */
export const MIN_HEADER_FIELDS = 3;

/**
 * The header row of a sheet: among its first rows, the one whose cells name the most fields
 * (a merged title row "DANH SÁCH SẢN PHẨM OCOP TỈNH …" names none or one). Null when no row
 * names at least two fields.
 */
export function findHeaderRow(kind: ImportKind, rows: readonly (readonly Cell[])[]): { index: number; mapping: ColumnMapping } | null {
  let best: { index: number; mapping: ColumnMapping; n: number } | null = null;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const mapping = matchHeaders(kind, row);
    const n = Object.keys(mapping).length;
    // …and at least half the required ones (a sheet of code lists names optional fields)
    const required = fieldsOf(kind).filter((f) => f.required).length;
    const requiredNamed = required - missingRequired(kind, mapping).length;
    if (n >= MIN_HEADER_FIELDS && requiredNamed * 2 >= required && (!best || n > best.n)) best = { index, mapping, n };
  });
  return best ? { index: (best as { index: number }).index, mapping: (best as { mapping: ColumnMapping }).mapping } : null;
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
