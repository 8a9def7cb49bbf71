import { describe, expect, it } from 'vitest';
import { prefixQuery, synonymQuery } from './search';

describe('catalogue search queries', () => {
  it('makes every word a prefix', () => {
    expect(prefixQuery('ruou ba kich')).toBe('ruou:* & ba:* & kich:*');
  });

  it('builds a word-prefix query widened by whole-word alternatives', () => {
    expect(synonymQuery('che shan tuyet')).toBe('(che:* | tra | tea) & shan:* & tuyet:*');
    expect(synonymQuery('cafe')).toBe('(cafe:* | ca <-> phe | caphe | coffee)');
    expect(synonymQuery('ca phe')).toBe('((ca:* & phe:*) | cafe | caphe | coffee)');
    expect(synonymQuery('dau phong rang')).toBe('((dau:* & phong:*) | lac) & rang:*');
    expect(synonymQuery('ruou ba kich')).toBe('(ruou:* | wine) & ba:* & kich:*');
    expect(synonymQuery('')).toBeNull();
  });
});
