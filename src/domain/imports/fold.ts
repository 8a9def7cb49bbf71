import { searchKey } from '../text/normalize';

const MAX_ENTRIES = 20_000;
const cache = new Map<string, string>();

/**
 * `searchKey` (no accents, case or punctuation) for the import's many comparisons, remembered:
 * a list repeats the same few hundred spellings of communes, types, groups and levels in
 * every row, and the choices compared with are the same for every cell. Bounded: forgotten
 * all at once when full.
 */
export function foldKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    key = searchKey(text);
    cache.set(text, key);
  }
  return key;
}
