import { searchKey } from './normalize';

/**
 * Synonyms and spelling variants of the catalogue search, as data. Each group lists phrases
 * (written as people type them; compared as search keys) that mean the same product: a query
 * containing one of them also finds texts containing any other of the group.
 *
 * The phrase the shopper typed keeps its normal matching (every word a word prefix); the other
 * phrases of its group must appear as whole words, in order — so that "tra" (trà) does not
 * pull in every "trang" or "tran", and "ca phe" is the phrase "cà phê", not "cá … phê".
 */
export const CATALOGUE_SYNONYMS: readonly (readonly string[])[] = [
  ['cà phê', 'cafe', 'caphe', 'cafê', 'coffee'],
  ['chè', 'trà', 'tea'],
  ['cacao', 'ca cao', 'cocoa'],
  ['mì', 'mỳ'],
  ['lạc', 'đậu phộng'],
  ['chanh leo', 'chanh dây', 'passion fruit'],
  ['xì dầu', 'nước tương', 'soy sauce'],
  ['mật ong', 'honey'],
  ['nước mắm', 'fish sauce'],
  ['gạo', 'rice'],
  ['rượu', 'wine'],
  ['yến sào', 'tổ yến', 'bird nest'],
  ['nấm', 'mushroom'],
];

export interface SynonymGroup {
  /** The phrase as typed (search key words). */
  typed: string[];
  /** Other phrases of its group (search key words each), to match as whole words. */
  alternatives: string[][];
}

export type QueryPart = { word: string } | { synonyms: SynonymGroup };

interface Entry {
  phrase: string[];
  group: string[][];
}

function buildIndex(groups: readonly (readonly string[])[]): Map<string, Entry[]> {
  const byFirstWord = new Map<string, Entry[]>();
  for (const g of groups) {
    const keys = [...new Set(g.map((p) => searchKey(p)).filter(Boolean))].map((k) => k.split(' '));
    for (const phrase of keys) {
      const list = byFirstWord.get(phrase[0]) ?? [];
      list.push({ phrase, group: keys });
      byFirstWord.set(phrase[0], list);
    }
  }
  // Longest phrase first, so "ca phe" wins over a group starting with "ca".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return byFirstWord;
}

const INDEX = buildIndex(CATALOGUE_SYNONYMS);

/**
 * Splits a search key into words and synonym phrases, longest phrase first from left to right:
 * `cafe sua da` → [{synonyms: cafe ~ ca phe, caphe, coffee}, {word: sua}, {word: da}].
 */
export function synonymParts(key: string, index: Map<string, Entry[]> = INDEX): QueryPart[] {
  const words = key.split(' ').filter(Boolean);
  const parts: QueryPart[] = [];
  for (let i = 0; i < words.length; ) {
    const match = (index.get(words[i]) ?? []).find((e) => e.phrase.every((w, j) => words[i + j] === w));
    if (match) {
      const typed = match.phrase;
      const alternatives = match.group.filter((p) => p.join(' ') !== typed.join(' '));
      parts.push({ synonyms: { typed, alternatives } });
      i += typed.length;
    } else {
      parts.push({ word: words[i] });
      i++;
    }
  }
  return parts;
}
