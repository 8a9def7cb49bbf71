import { and, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { synonymParts } from '../../domain/text/synonyms';

/**
 * Search on the diacritic-free `search_text` columns, in two passes:
 * 1. words: every word of the query starts a word of the text (`search_vector @@ 'w1:* & w2:*'`,
 *    GIN-indexed, cost proportional to the matches);
 *    The public catalogue widens it with synonyms and spelling variants ("cafe" finds "cà phê").
 * 2. typos, only when the first pass finds nothing: the query is trigram-similar to a part of
 *    the text (pg_trgm `<%`, GIN-indexed).
 * Results are ranked by `searchOrder`, then in Vietnamese dictionary order.
 */
export type SearchMode = 'words' | 'typos';

/** `ruou ba kich` → `ruou:* & ba:* & kich:*`; keys hold only [a-z0-9 ] (see searchKey). */
export function prefixQuery(key: string): string | null {
  const words = key.split(' ').filter((w) => /^[a-z0-9]+$/.test(w));
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

const WORD = /^[a-z0-9]+$/;

/**
 * `cafe sua` → `(cafe:* | ca <-> phe | caphe | coffee) & sua:*`: like prefixQuery, with each
 * synonym phrase of the query (src/domain/text/synonyms.ts) widened to the other phrases of its
 * group, matched as whole words in order.
 */
export function synonymQuery(key: string): string | null {
  const terms: string[] = [];
  for (const part of synonymParts(key)) {
    if ('word' in part) {
      if (WORD.test(part.word)) terms.push(`${part.word}:*`);
      continue;
    }
    const typed = part.synonyms.typed.filter((w) => WORD.test(w)).map((w) => `${w}:*`);
    if (typed.length === 0) continue;
    const alternatives = part.synonyms.alternatives.filter((p) => p.every((w) => WORD.test(w))).map((p) => p.join(' <-> '));
    const own = typed.length > 1 ? `(${typed.join(' & ')})` : typed[0];
    terms.push(alternatives.length ? `(${[own, ...alternatives].join(' | ')})` : own);
  }
  return terms.length ? terms.join(' & ') : null;
}

export interface SearchOptions {
  /** Widen the query with the catalogue's synonyms and spelling variants (words mode). */
  synonyms?: boolean;
}

export function searchCondition(mode: SearchMode, cols: { searchText: AnyPgColumn; searchVector: AnyPgColumn }, key: string, options: SearchOptions = {}): SQL {
  if (mode === 'words') {
    const query = options.synonyms ? synonymQuery(key) : prefixQuery(key);
    return query ? sql`${cols.searchVector} @@ to_tsquery('simple', ${query})` : sql`false`;
  }
  return sql`${key} <% ${cols.searchText}`;
}

/**
 * Ordering of the matches, best first. Word matches: texts containing the query as a phrase
 * first, earlier occurrences first (strpos costs next to nothing per row, where trigram
 * similarity would dominate a search with thousands of matches). Typo matches: by trigram
 * word similarity, which is what found them.
 */
export function searchOrder(mode: SearchMode, column: AnyPgColumn, key: string): SQL[] {
  if (mode === 'typos') return [sql`word_similarity(${key}, ${column}) desc`];
  return [sql`strpos(${column}, ${key}) = 0`, sql`strpos(${column}, ${key})`];
}

/** Runs a search in words mode, and again in typos mode when that finds nothing. */
export async function twoPassSearch<T extends { total: number }>(run: (mode: SearchMode) => Promise<T>): Promise<T & { mode: SearchMode }> {
  const exact = await run('words');
  if (exact.total > 0) return { ...exact, mode: 'words' };
  return { ...(await run('typos')), mode: 'typos' };
}

/**
 * One-pass variant for small tables without a word index (administrative units, ideas):
 * every word of the query appears anywhere, or the query is trigram-similar to a part of
 * the text (pg_trgm `<%`). Rank with `similarityRank`.
 */
export function searchWhere(column: AnyPgColumn, key: string): SQL | undefined {
  const words = key.split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  const allWords = and(...words.map((w) => sql`${column} like ${'%' + w + '%'}`));
  return sql`(${allWords} or ${key} <% ${column})`;
}

export function similarityRank(column: AnyPgColumn, key: string): SQL {
  return sql`word_similarity(${key}, ${column})`;
}
