import { describe, expect, it } from 'vitest';
import { rollUpTarget, structureAsOf } from './structure';

describe('structureAsOf', () => {
  it('switches on 2025-07-01', () => {
    expect(structureAsOf('2025-06-30')).toBe('legacy');
    expect(structureAsOf('2025-07-01')).toBe('current');
    expect(structureAsOf('2019-12-31')).toBe('legacy');
  });
});

describe('rollUpTarget', () => {
  it('takes the only target of a fully absorbed commune', () => {
    expect(rollUpTarget([{ legacyCode: '06763', currentCode: '06781', part: 'full', ordinal: 5 }])).toBe('06781');
  });
  it('attributes a split commune to the first listed target', () => {
    expect(
      rollUpTarget([
        { legacyCode: '1', currentCode: 'B', part: 'partial', ordinal: 8 },
        { legacyCode: '1', currentCode: 'A', part: 'partial', ordinal: 7 },
      ]),
    ).toBe('A');
  });
  it('answers null without a mapping', () => {
    expect(rollUpTarget([])).toBeNull();
  });
});
