import { describe, expect, it } from 'vitest';
import { Lru } from './lru';

describe('Lru', () => {
  it('keeps what was used within the last `max` insertions, forgets the rest, stays within 2 × max', () => {
    const lru = new Lru<number, string>(3);
    for (const n of [1, 2, 3]) lru.set(n, `v${n}`); // 1, 2, 3 now old
    expect(lru.get(1)).toBe('v1'); // 1 moves back to the young generation
    lru.set(4, 'v4');
    lru.set(5, 'v5'); // young reaches 3 (1, 4, 5): becomes old; 2 and 3 are forgotten
    expect(lru.get(2)).toBeUndefined();
    expect(lru.get(3)).toBeUndefined();
    expect(lru.get(1)).toBe('v1');
    expect(lru.get(4)).toBe('v4');
    expect(lru.get(5)).toBe('v5');
    for (let i = 10; i < 100; i++) {
      lru.set(i, `v${i}`);
      expect(lru.size).toBeLessThanOrEqual(6);
    }
    expect(lru.get(99)).toBe('v99');
    expect(lru.get(10)).toBeUndefined();
  });

  it('replaces values in either generation without counting them twice', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2); // both old now
    lru.set('a', 10); // moves to young with its new value
    expect(lru.get('a')).toBe(10);
    expect(lru.size).toBe(2);
    lru.set('a', 11); // replaced in young
    expect(lru.size).toBe(2);
    expect(lru.get('a')).toBe(11);
    lru.delete('b');
    expect(lru.get('b')).toBeUndefined();
    lru.clear();
    expect(lru.size).toBe(0);
  });
});
