import { describe, expect, it } from 'vitest';
import { eligibleForCertificate } from './eligibility';

describe('eligibleForCertificate', () => {
  it('certifies 3★, 4★ and 5★ only', () => {
    expect([1, 2, 3, 4, 5].map(eligibleForCertificate)).toEqual([false, false, true, true, true]);
  });

  it('rejects values that are not star classes', () => {
    expect([0, 6, 3.5, Number.NaN, -3].map(eligibleForCertificate)).toEqual([false, false, false, false, false]);
  });
});
