import { describe, expect, it } from 'vitest';
import { isValidGtin } from './gtin';

describe('isValidGtin', () => {
  it('accepts valid Vietnamese EAN-13 codes (prefix 893)', () => {
    expect(isValidGtin('8934588012112')).toBe(true);
    expect(isValidGtin('8936036020014')).toBe(true);
  });
  it('rejects a wrong check digit or length', () => {
    expect(isValidGtin('8934588012113')).toBe(false);
    expect(isValidGtin('893458801211')).toBe(false);
    expect(isValidGtin('89345880121a')).toBe(false);
  });
  it('accepts GTIN-8 and GTIN-14', () => {
    expect(isValidGtin('96385074')).toBe(true);
    expect(isValidGtin('10012345678902')).toBe(true);
  });
});
