import type { Database, Db } from '../../db/client';
import { Lru } from '../lru';
import type { ProductQuery } from '../../db/repositories/products.repository';

/**
 * Answers of the public catalogue (GET /api/products without a jurisdiction: anonymous visitors,
 * or `catalogue=true`) kept in memory, keyed by the normalised query and filters, so that the
 * popular searches cost no database round trip. What is kept is what the database said (the
 * page's rows, the total, the photos); each request still presents it for its own actor.
 *
 * Any change to the tables the catalogue shows (products, entities, product photos,
 * administrative units) empties the cache, as for verification (verification-cache.ts):
 *
 * - in this process, synchronously once a write request has been handled, i.e. after its
 *   transaction committed and before its answer is sent (the `onSend` hook of app.ts), so the
 *   writer's next search shows the change;
 * - from any process, background jobs and direct SQL included, through PostgreSQL's
 *   LISTEN/NOTIFY: statement triggers on those tables notify `ocop_catalogue` on commit
 *   (migration 0031_catalogue_notify_sql); every server listens (`listenForCatalogueChanges`).
 *
 * An answer read while a change was being made is not kept: a load stores its result only if
 * the cache was not emptied while it ran. Concurrent requests for the same key share one load.
 * `CATALOGUE_CACHE_SIZE` (default 500 answers, about 30 KB each for pages of 20; 0 turns the cache off) bounds the memory.
 */
export const CATALOGUE_CHANNEL = 'ocop_catalogue';

const DEFAULT_SIZE = 500;

export class CatalogueCache<V> {
  private epoch = 0;
  private readonly answers: Lru<string, V>;
  private readonly loading = new Map<string, { epoch: number; promise: Promise<V> }>();
  hits = 0;
  misses = 0;

  constructor(readonly size: number) {
    this.answers = new Lru(Math.max(1, size));
  }

  /** Forget every answer (a change to the catalogue's tables committed). */
  invalidate(): void {
    this.epoch++;
    this.answers.clear();
    this.loading.clear();
  }

  /** The kept answer for `key`, else `load()`'s, kept unless the cache was emptied meanwhile. */
  async get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.size <= 0) return load();
    const kept = this.answers.get(key);
    if (kept !== undefined) {
      this.hits++;
      return kept;
    }
    const epoch = this.epoch;
    const pending = this.loading.get(key);
    if (pending && pending.epoch === epoch) {
      this.hits++;
      return pending.promise;
    }
    this.misses++;
    const promise = load();
    this.loading.set(key, { epoch, promise });
    try {
      const value = await promise;
      if (this.epoch === epoch) this.answers.set(key, value);
      return value;
    } finally {
      if (this.loading.get(key)?.promise === promise) this.loading.delete(key);
    }
  }

  get entries(): number {
    return this.answers.size;
  }

  /** Bumped by each invalidation. */
  get generation(): number {
    return this.epoch;
  }
}

/**
 * The catalogue's vocabulary (domain/text/typos.ts) of one database, kept in memory. After a
 * change (or, without a listening cache, once it is older than `maxAgeMs`) it is read again in
 * the background at most every `maxAgeMs`, the old one serving meanwhile: a stale vocabulary
 * only sends a typo to the slower trigram pass, it never changes what a search finds.
 */
export class VocabularyHolder<V> {
  private value: V | null = null;
  private loading: Promise<V> | null = null;
  private loadedAt = 0;
  private loadedGeneration = -1;

  constructor(
    private readonly load: () => Promise<V>,
    private readonly generation: () => number,
    private readonly maxAgeMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<V> {
    if (this.value === null) return this.refresh();
    const changed = this.generation() !== this.loadedGeneration || this.generation() === 0;
    if (changed && this.now() - this.loadedAt >= this.maxAgeMs) void this.refresh().catch(() => {});
    return this.value;
  }

  private refresh(): Promise<V> {
    if (!this.loading) {
      const generation = this.generation();
      this.loading = this.load()
        .then((v) => {
          this.value = v;
          this.loadedAt = this.now();
          this.loadedGeneration = generation;
          return v;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }
}

const vocabularies = new WeakMap<Db, VocabularyHolder<unknown>>();

/** The vocabulary holder of a database, made with `load` the first time. */
export function catalogueVocabulary<V>(db: Db, load: () => Promise<V>): VocabularyHolder<V> {
  let h = vocabularies.get(db) as VocabularyHolder<V> | undefined;
  if (!h) vocabularies.set(db, (h = new VocabularyHolder<V>(load, () => catalogueCache(db).generation)));
  return h;
}

function configuredSize(): number {
  const raw = process.env.CATALOGUE_CACHE_SIZE;
  if (raw === undefined || raw === '') return DEFAULT_SIZE;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : DEFAULT_SIZE;
}

const caches = new WeakMap<Db, CatalogueCache<unknown>>();
const off = new CatalogueCache<unknown>(0);

/**
 * The catalogue cache of a database (one per database handle, so test databases never share
 * one). Answers are kept only while this process listens for changes (listenForCatalogueChanges):
 * without that, writes of other processes would go unseen, so nothing is kept.
 */
export function catalogueCache<V>(db: Db): CatalogueCache<V> {
  return (caches.get(db) ?? off) as CatalogueCache<V>;
}

/** Empties the catalogue cache of `db` (after a write in this process). */
export function invalidateCatalogue(db: Db): void {
  caches.get(db)?.invalidate();
}

/**
 * LISTENs for catalogue changes from any process and turns the cache of `database` on; resolves
 * with a function that stops listening and turns it off. A database without LISTEN (a pooler in
 * transaction mode) gets no cache.
 */
export async function listenForCatalogueChanges(database: Database, size = configuredSize()): Promise<() => Promise<void>> {
  const db = database.db;
  if (size <= 0) return async () => {};
  const cache = new CatalogueCache<unknown>(size);
  let stop: () => Promise<void>;
  try {
    // Re-listening after a lost connection may have missed notifications: forget everything.
    stop = await database.listen(CATALOGUE_CHANNEL, () => cache.invalidate(), () => cache.invalidate());
  } catch {
    return async () => {};
  }
  caches.set(db, cache);
  return async () => {
    if (caches.get(db) === cache) caches.delete(db);
    await stop().catch(() => {});
  };
}

/** The cache key of a catalogue query: its search key and filters in a fixed order. */
export function catalogueKey(q: Omit<ProductQuery, 'scope' | 'tsquery'>): string {
  const stars = q.stars?.length ? [...new Set(q.stars)].sort((a, b) => a - b) : null;
  return JSON.stringify([q.q ?? '', q.province ?? '', q.unit ?? '', q.group ?? '', q.subgroup ?? '', stars, q.entityId ?? '', q.entityType ?? '', q.page, q.pageSize]);
}
