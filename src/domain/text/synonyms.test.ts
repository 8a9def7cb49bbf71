import { describe, expect, it } from 'vitest';
import { synonymParts } from './synonyms';

describe('catalogue synonyms', () => {
  it('finds the longest phrase of a group and lists the others', () => {
    expect(synonymParts('cafe sua')).toEqual([
      { synonyms: { typed: ['cafe'], alternatives: [['ca', 'phe'], ['caphe'], ['coffee']] } },
      { word: 'sua' },
    ]);
    expect(synonymParts('ca phe robusta')[0]).toEqual({ synonyms: { typed: ['ca', 'phe'], alternatives: [['cafe'], ['caphe'], ['coffee']] } });
  });

  it('leaves words outside every group alone', () => {
    expect(synonymParts('mien dong')).toEqual([{ word: 'mien' }, { word: 'dong' }]);
  });
});
