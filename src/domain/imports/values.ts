import { foldKey } from './fold';
import { isValidMst } from '../entities/tax-code';

/**
 * Cell values as people type them in provincial spreadsheets: "3 sao", "★★★", "12.031,54",
 * "05/03/2019". Each parser answers the value, null for an empty cell, or a problem code
 * (a message key under `imports.problem.`).
 */
export type Cell = string | number | boolean | Date | null | undefined;
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; problem: string; params?: Record<string, string | number> };

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const bad = <T>(problem: string, params?: Record<string, string | number>): Parsed<T> => ({ ok: false, problem, params });

/** A cell as trimmed NFC text ('' for empty). Numbers keep their digits (tax codes, phones). */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  return String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function parseText(cell: Cell, max: number): Parsed<string> {
  const text = cellText(cell);
  if (!text) return ok(null);
  if (text.length > max) return bad('tooLong', { max });
  // Markup is stored as text and shown escaped, but a list of names never holds a tag:
  // refusing it makes a pasted script payload an error the officer sees, not data.
  if (/<\s*\/?\s*[a-z!][^>]*>/i.test(text) || /javascript:/i.test(text)) return bad('markup');
  return ok(text);
}

/**
 * A number written the Vietnamese way ("12.031,54", "1.234.567") or the English way
 * ("12,031.54"), or a numeric cell. A lone separator followed by exactly three digits is a
 * thousands separator ("12.500" is twelve thousand five hundred, as Vietnamese write it).
 */
export function parseNumber(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : bad('notNumber');
  let text = cellText(cell).replace(/\s|đ|VND|vnđ|đồng/gi, '');
  if (!text) return ok(null);
  const negative = /^-|^\(.*\)$/.test(text);
  text = text.replace(/^[-(]|\)$/g, '');
  if (!/^[0-9.,]+$/.test(text)) return bad('notNumber');
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let normal: string;
  if (dots && commas) {
    // the separator that comes last is the decimal one
    normal = text.lastIndexOf(',') > text.lastIndexOf('.') ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (dots + commas === 0) {
    normal = text;
  } else {
    const sep = dots ? '.' : ',';
    const parts = text.split(sep);
    const thousands = parts.length > 2 || (parts[1].length === 3 && parts[0].length <= 3 && parts[0] !== '0');
    normal = thousands ? parts.join('') : `${parts[0]}.${parts[1]}`;
    if (thousands && !parts.slice(1).every((p) => p.length === 3)) return bad('notNumber');
  }
  const value = Number(normal);
  if (!Number.isFinite(value)) return bad('notNumber');
  return ok(negative ? -value : value);
}

export function parseInteger(cell: Cell, min: number, max: number): Parsed<number> {
  const n = parseNumber(cell);
  if (!n.ok || n.value === null) return n;
  if (!Number.isInteger(n.value)) return bad('notInteger');
  if (n.value < min || n.value > max) return bad('outOfRange', { min, max });
  return n;
}

/** An amount in VND; "triệu" (million) and "tỷ" (billion) written in the cell are honoured. */
export function parseAmount(cell: Cell, multiplier = 1): Parsed<number> {
  let factor = multiplier;
  let value: Cell = cell;
  if (typeof cell === 'string') {
    const key = foldKey(cell);
    if (/\btrieu\b/.test(key)) factor = 1_000_000;
    else if (/\bty\b/.test(key)) factor = 1_000_000_000;
    value = cell.replace(/triệu|trieu|tỷ|tỉ|ty\b|đồng|dong/gi, '');
  }
  const n = parseNumber(value);
  if (!n.ok || n.value === null) return n;
  if (n.value < 0) return bad('negative');
  return ok(Math.round(n.value * factor));
}

/** Star classes as written: 3, "3", "3 sao", "3*", "3★", "★★★", "Hạng 3 sao", "ba sao". */
export function parseStars(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 5 ? ok(cell) : bad('stars');
  const text = cellText(cell);
  if (!text) return ok(null);
  const glyphs = (text.match(/[★☆⭐*✩✪✫✬✭✮✯]/gu) ?? []).length;
  const key = foldKey(text);
  const digit = key.match(/\b([1-5])\b/);
  const words: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5 };
  let stars: number | null = null;
  if (digit) stars = Number(digit[1]);
  else if (glyphs >= 1 && glyphs <= 5 && !/\d/.test(text)) stars = glyphs;
  else {
    const word = key.split(' ').find((w) => w in words);
    if (word && /\bsao\b/.test(key)) stars = words[word];
  }
  if (stars === null || /\d{2,}/.test(key)) return bad('stars');
  return ok(stars);
}

function isoOf(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date as Vietnamese write it: dd/mm/yyyy (also with - or .), "ngày 5 tháng 3 năm 2019",
 * yyyy-mm-dd, or a date cell (Excel stores those as UTC midnight). Never month-first.
 */
export function parseDate(cell: Cell): Parsed<string> {
  if (cell instanceof Date) {
    if (isNaN(cell.getTime())) return bad('date');
    return ok(cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') {
    // an Excel serial day number (1900 date system) left unformatted
    if (cell > 20000 && cell < 80000) return ok(new Date(Date.UTC(1899, 11, 30) + Math.round(cell) * 86400000).toISOString().slice(0, 10));
    return bad('date');
  }
  const text = cellText(cell);
  if (!text) return ok(null);
  let m = text.match(/^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/);
  if (m) return orBad(isoOf(Number(m[3]), Number(m[2]), Number(m[1])));
  m = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) return orBad(isoOf(Number(m[1]), Number(m[2]), Number(m[3])));
  m = foldKey(text).match(/ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/);
  if (m) return orBad(isoOf(Number(m[3]), Number(m[2]), Number(m[1])));
  return bad('date');
}

function orBad(iso: string | null): Parsed<string> {
  return iso ? ok(iso) : bad('date');
}

/** A year: 2019, "2019", "năm 2019", or the year of a date cell. */
export function parseYear(cell: Cell, min: number, max: number): Parsed<number> {
  if (cell instanceof Date) return parseYear(cell.getUTCFullYear(), min, max);
  const text = cellText(cell);
  if (!text) return ok(null);
  const m = text.match(/\b(\d{4})\b/);
  if (!m) return bad('year');
  const year = Number(m[1]);
  if (year < min || year > max) return bad('outOfRange', { min, max });
  return ok(year);
}

/** A value among choices, compared by their keys: each choice lists the ways people write it. */
export function parseChoice<T extends string>(cell: Cell, choices: Record<T, readonly string[]>): Parsed<T> {
  const key = foldKey(cellText(cell));
  if (!key) return ok(null);
  for (const [value, spellings] of Object.entries(choices) as Array<[T, readonly string[]]>) {
    if (value === key || spellings.some((s) => foldKey(s) === key)) return ok(value);
  }
  for (const [value, spellings] of Object.entries(choices) as Array<[T, readonly string[]]>) {
    if (spellings.some((s) => key.includes(foldKey(s)))) return ok(value);
  }
  return bad('choice', { value: cellText(cell) });
}

/**
 * A tax code: 10 digits (with their check digit), 10 digits, a dash and 3 (a branch), or a
 * 12-digit personal number for households; spaces and dots people put in are dropped.
 */
export function parseTaxCode(cell: Cell): Parsed<string> {
  const text = cellText(cell).replace(/[\s.]/g, '');
  if (!text) return ok(null);
  if (/^\d{12}$/.test(text)) return ok(text);
  if (!/^\d{10}(-\d{3})?$/.test(text)) return bad('taxCode');
  if (!isValidMst(text)) return bad('taxCodeChecksum');
  return ok(text);
}
