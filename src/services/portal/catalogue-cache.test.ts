import { describe, expect, it } from 'vitest';
import { CatalogueCache, VocabularyHolder, catalogueKey } from './catalogue-cache';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('CatalogueCache', () => {
  it('keeps an answer and serves it again without loading', async () => {
    const cache = new CatalogueCache<number>(10);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('a', load)).toBe(1);
    expect(loads).toBe(1);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it('forgets everything when invalidated', async () => {
    const cache = new CatalogueCache<number>(10);
    let loads = 0;
    await cache.get('a', async () => ++loads);
    cache.invalidate();
    expect(await cache.get('a', async () => ++loads)).toBe(2);
  });

  it('does not keep an answer loaded while a change was committed', async () => {
    const cache = new CatalogueCache<string>(10);
    const slow = deferred<string>();
    const pending = cache.get('a', () => slow.promise);
    cache.invalidate(); // a write committed while the search ran: its answer may be stale
    slow.resolve('old');
    expect(await pending).toBe('old');
    expect(await cache.get('a', async () => 'new')).toBe('new');
    expect(cache.entries).toBe(1);
  });

  it('lets concurrent requests for one key share one load, but not across a change', async () => {
    const cache = new CatalogueCache<string>(10);
    const first = deferred<string>();
    let loads = 0;
    const a = cache.get('k', () => (loads++, first.promise));
    const b = cache.get('k', () => (loads++, Promise.resolve('other')));
    cache.invalidate();
    const c = cache.get('k', () => (loads++, Promise.resolve('after')));
    first.resolve('before');
    expect(await a).toBe('before');
    expect(await b).toBe('before');
    expect(await c).toBe('after');
    expect(loads).toBe(2);
  });

  it('bounds its size, forgetting the least recently used answer', async () => {
    const cache = new CatalogueCache<string>(2);
    await cache.get('a', async () => 'a');
    await cache.get('b', async () => 'b');
    await cache.get('a', async () => 'x'); // a is used again
    await cache.get('c', async () => 'c'); // b goes
    expect(await cache.get('a', async () => 'reloaded')).toBe('a');
    expect(await cache.get('b', async () => 'reloaded')).toBe('reloaded');
  });

  it('keeps nothing when its size is 0', async () => {
    const cache = new CatalogueCache<number>(0);
    let loads = 0;
    await cache.get('a', async () => ++loads);
    await cache.get('a', async () => ++loads);
    expect(loads).toBe(2);
    expect(cache.entries).toBe(0);
  });
});

describe('catalogueKey', () => {
  it('is the same for the same filters whatever the order of the star classes', () => {
    const base = { q: 'mat ong', page: 1, pageSize: 20 };
    expect(catalogueKey({ ...base, stars: [5, 4, 4] })).toBe(catalogueKey({ ...base, stars: [4, 5] }));
    expect(catalogueKey({ ...base, stars: [] })).toBe(catalogueKey(base));
  });

  it('differs when any filter, the page or its size differs', () => {
    const base = { q: 'mat ong', page: 1, pageSize: 20 };
    const keys = new Set([
      catalogueKey(base),
      catalogueKey({ ...base, q: 'mat ong rung' }),
      catalogueKey({ ...base, province: '22' }),
      catalogueKey({ ...base, unit: '22' }),
      catalogueKey({ ...base, group: '1' }),
      catalogueKey({ ...base, subgroup: '1.1' }),
      catalogueKey({ ...base, stars: [4] }),
      catalogueKey({ ...base, entityId: 'e' }),
      catalogueKey({ ...base, entityType: 'cooperative' }),
      catalogueKey({ ...base, page: 2 }),
      catalogueKey({ ...base, pageSize: 50 }),
    ]);
    expect(keys.size).toBe(11);
  });
});

describe('VocabularyHolder', () => {
  it('loads once, serves the old vocabulary after a change, and reads again in the background after maxAge', async () => {
    let generation = 1;
    let now = 0;
    let loads = 0;
    const h = new VocabularyHolder(async () => ++loads, () => generation, 1_000, () => now);
    expect(await h.get()).toBe(1);
    expect(await h.get()).toBe(1);
    generation = 2; // the catalogue changed
    now = 500;
    expect(await h.get()).toBe(1); // too recent to read again
    now = 1_500;
    expect(await h.get()).toBe(1); // stale: the old one serves while the new one loads
    await new Promise((r) => setImmediate(r));
    expect(await h.get()).toBe(2);
    now = 5_000;
    expect(await h.get()).toBe(2); // no change since: no new load
    expect(loads).toBe(2);
  });
});
