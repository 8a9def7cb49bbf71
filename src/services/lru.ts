/**
 * A size-bounded map that forgets the least recently used entries first, in two generations (as
 * quick-lru does): hits in the young generation cost one lookup and no reordering — the caches of
 * public verification answer tens of thousands of hits a second, and moving each hit to the end
 * of one large Map (delete + set) cost more than the lookup. When the young generation reaches
 * `max` it becomes the old one and the previous old one is forgotten; an entry found in the old
 * generation moves back to the young one. It holds between `max` and 2 × `max` entries; an entry
 * used at least once in the last `max` insertions is never forgotten.
 */
export class Lru<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  constructor(private readonly max: number) {
    if (!(max >= 1)) throw new RangeError('Lru: max must be at least 1');
  }

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.put(key, o);
    }
    return o;
  }

  set(key: K, value: V): void {
    if (this.young.has(key)) this.young.set(key, value);
    else {
      this.old.delete(key);
      this.put(key, value);
    }
  }

  private put(key: K, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.max) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  delete(key: K): void {
    this.young.delete(key);
    this.old.delete(key);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
