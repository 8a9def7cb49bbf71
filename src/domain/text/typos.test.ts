import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctedQuery, corrections, oneEdit, startsSomeWord } from './typos';

const v = buildVocabulary(
  [
    ['ruou', 40], ['ba', 90], ['kich', 12], ['mat', 30], ['ong', 25], ['rung', 20], ['nuoc', 60], ['mam', 15], ['ca', 80],
    ['com', 10], ['tinh', 9], ['dau', 14], ['que', 6], ['xe', 30], ['me', 20], ['kim', 3], ['ham', 1],
  ].map(([word, n]) => ({ word: word as string, n: n as number })),
);

describe('oneEdit', () => {
  it('names the single edit between two words', () => {
    expect(oneEdit('kick', 'kich')).toBe('change');
    expect(oneEdit('ogn', 'ong')).toBe('swap');
    expect(oneEdit('mamm', 'mam')).toBe('delete');
    expect(oneEdit('qe', 'que')).toBe('insert');
    expect(oneEdit('kich', 'kich')).toBeNull();
    expect(oneEdit('kick', 'kim')).toBeNull();
    expect(oneEdit('abcd', 'badc')).toBeNull();
  });
});

describe('the cheap typo pass', () => {
  it('knows which words start a word of the catalogue', () => {
    expect(startsSomeWord(v, 'ki')).toBe(true);
    expect(startsSomeWord(v, 'kich')).toBe(true);
    expect(startsSomeWord(v, 'kick')).toBe(false);
    expect(startsSomeWord(v, 'zz')).toBe(false);
  });

  it('proposes the words one edit away, the same first letter and the more frequent first', () => {
    expect(corrections(v, 'kick')).toEqual(['kich']);
    expect(corrections(v, 'ogn')).toEqual(['ong']);
    expect(corrections(v, 'qe')[0]).toBe('que');
    expect(corrections(v, 'mamm')).toEqual(['mam']);
    expect(corrections(v, 'zzzz')).toEqual([]);
  });

  it('corrects the unknown words of a query and keeps the others as prefixes', () => {
    expect(correctedQuery(v, 'ruou ba kick')).toEqual({ tsquery: 'ruou:* & ba:* & kich', key: 'ruou ba kich' });
    expect(correctedQuery(v, 'mat ogn rung')).toEqual({ tsquery: 'mat:* & ong & rung:*', key: 'mat ong rung' });
    expect(correctedQuery(v, 'nuoc mamm')?.key).toBe('nuoc mam');
    expect(correctedQuery(v, 'tinh dau qe')?.tsquery).toMatch(/^tinh:\* & dau:\* & \(que \| /);
  });

  it('leaves to the trigram pass a query whose words are all known, or one it cannot correct', () => {
    expect(correctedQuery(v, 'ruou mam')).toBeNull();
    expect(correctedQuery(v, 'ruou zzzz')).toBeNull();
    expect(correctedQuery(v, '')).toBeNull();
  });
});
