import { searchKey } from '../../src/domain/text/normalize';
import { Prng } from './prng';
import { BRANDS, SUBGROUPS } from './vocab';

/**
 * A long tail of distinct catalogue queries, as shoppers type them (accent-free, lower case):
 * product names or their first words, a name with a place or brand, a place or brand alone,
 * and about one in five with a typo (a letter dropped, doubled or two swapped). Drawn from the
 * word lists the data set was generated from, with a seeded PRNG: the same count gives the same
 * queries. Unlike the 28 fixed queries, no answer is asked for twice within a run of this size,
 * so a cache of results does not flatter the figures.
 */
export function longTailQueries(count: number, seed = 20261203): string[] {
  const prng = new Prng(seed);
  const stems = Object.values(SUBGROUPS).flatMap((s) => s.stems.map(searchKey));
  const brands = BRANDS.map(searchKey);
  const pick = <T>(xs: readonly T[]): T => xs[prng.int(0, xs.length - 1)];
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 50; tries++) {
    const stem = pick(stems).split(' ');
    const r = prng.next();
    let words: string[];
    if (r < 0.35) words = stem.slice(0, prng.int(1, stem.length));
    else if (r < 0.75) words = [...stem.slice(0, prng.int(1, stem.length)), ...pick(brands).split(' ')];
    else if (r < 0.85) words = pick(brands).split(' ');
    else words = [...stem, ...pick(brands).split(' ').slice(0, 1)];
    if (prng.chance(0.2)) {
      const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4);
      if (long.length > 0) {
        const [w, i] = pick(long);
        const at = prng.int(1, w.length - 2);
        const kind = prng.int(0, 2);
        words[i] = kind === 0 ? w.slice(0, at) + w.slice(at + 1) : kind === 1 ? w.slice(0, at) + w[at] + w.slice(at) : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
      }
    }
    out.add(words.join(' '));
  }
  return [...out];
}

/**
 * A Zipf-like stream of catalogue queries, the way a public search box sees them: query of
 * popularity rank r (1 = most asked) is drawn with probability ∝ 1 / r^exponent. The ranking
 * is `head` (popular queries, most popular first) followed by `tail` (distinct queries of the
 * long tail). With the defaults below (28 head queries, 20,000 tail queries, exponent 1) the head
 * takes about 38% of the requests, and about half of 2,000 consecutive requests ask something not
 * asked before in them. Seeded: the same arguments give the same stream.
 */
export function zipfStream(head: readonly string[], tail: readonly string[], count: number, exponent = 1, seed = 20261206): string[] {
  const ranked = [...head, ...tail.filter((q) => !head.includes(q))];
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 1; r <= ranked.length; r++) cumulative.push((sum += 1 / r ** exponent));
  const prng = new Prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = prng.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    out.push(ranked[lo]);
  }
  return out;
}

/** Share of the requests of `stream[from, to)` whose query was already asked earlier in the stream (the most a cache of answers could serve). */
export function repeatShare(stream: readonly string[], from: number, to: number): number {
  const seen = new Set(stream.slice(0, from));
  let repeats = 0;
  for (let i = from; i < to; i++) {
    if (seen.has(stream[i])) repeats++;
    else seen.add(stream[i]);
  }
  return to > from ? repeats / (to - from) : 0;
}
