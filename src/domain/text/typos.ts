/**
 * The catalogue's cheap typo pass: a query word that starts no word of the catalogue is replaced
 * by the catalogue's words one edit away from it (a letter dropped, added, changed, or two
 * neighbours swapped: "kick" → "kich", "ogn" → "ong", "mamm" → "mam"), and the word pass runs
 * again with them. It looks words up in the catalogue's vocabulary (every word of the catalogued
 * products' search texts, with how many texts hold it), which the server keeps in memory, instead
 * of comparing the query with every text by trigrams. Only when it finds nothing does the
 * trigram pass run (db/repositories/search.ts).
 */
export interface Vocabulary {
  /** word → number of texts containing it */
  counts: Map<string, number>;
  /** the words in code-unit order, for prefix look-ups */
  sorted: string[];
}

const WORD = /^[a-z0-9]+$/;
/** Alternatives kept per corrected word. */
const MAX_CANDIDATES = 5;

export function buildVocabulary(entries: Iterable<{ word: string; n: number }>): Vocabulary {
  const counts = new Map<string, number>();
  for (const { word, n } of entries) if (WORD.test(word)) counts.set(word, (counts.get(word) ?? 0) + n);
  return { counts, sorted: [...counts.keys()].sort() };
}

/** Some word of the vocabulary starts with `prefix`. */
export function startsSomeWord(v: Vocabulary, prefix: string): boolean {
  let lo = 0;
  let hi = v.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < v.sorted.length && v.sorted[lo].startsWith(prefix);
}

/** The kind of single edit that turns `a` into `b`, or null when they are not one edit apart. */
export function oneEdit(a: string, b: string): 'insert' | 'delete' | 'swap' | 'change' | null {
  if (a === b) return null;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return null;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return 'change';
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 'swap';
    return null;
  }
  if (la < lb) return a.slice(i) === b.slice(i + 1) ? 'insert' : null;
  return a.slice(i + 1) === b.slice(i) ? 'delete' : null;
}

/**
 * Words of the vocabulary one edit away from `word`, best first: the same first letter, a
 * letter dropped, added or swapped before one changed, then the more frequent.
 */
export function corrections(v: Vocabulary, word: string, max = MAX_CANDIDATES): string[] {
  if (word.length < 2 || !WORD.test(word)) return [];
  const found: Array<{ w: string; score: number; n: number }> = [];
  for (const [w, n] of v.counts) {
    const edit = oneEdit(word, w);
    if (!edit) continue;
    if (w.length < 2) continue;
    const score = (w[0] === word[0] ? 0 : 2) + (edit === 'change' ? 1 : 0);
    found.push({ w, score, n });
  }
  found.sort((a, b) => a.score - b.score || b.n - a.n || (a.w < b.w ? -1 : 1));
  return found.slice(0, max).map((f) => f.w);
}

/**
 * The query with its unknown words corrected: a tsquery (known words as prefixes, each corrected
 * word as its alternatives, whole words) and the search key of the best guess (for ranking).
 * Null when no word needs correcting (the words simply do not occur together) or one cannot be.
 */
export function correctedQuery(v: Vocabulary, key: string): { tsquery: string; key: string } | null {
  const words = key.split(' ').filter((w) => WORD.test(w));
  if (words.length === 0) return null;
  const terms: string[] = [];
  const best: string[] = [];
  let corrected = false;
  for (const w of words) {
    if (startsSomeWord(v, w)) {
      terms.push(`${w}:*`);
      best.push(w);
      continue;
    }
    const c = corrections(v, w);
    if (c.length === 0) return null;
    corrected = true;
    terms.push(c.length > 1 ? `(${c.join(' | ')})` : c[0]);
    best.push(c[0]);
  }
  return corrected ? { tsquery: terms.join(' & '), key: best.join(' ') } : null;
}
