import { describe, expect, it } from 'vitest';
import { eligibilityDay, tradeRefusal } from './eligibility';

describe('trade-promotion eligibility', () => {
  it('takes products with a valid certificate of 3★ or more only', () => {
    expect(tradeRefusal({ id: 'a', name: 'Chả mực', certifiedStars: 3 })).toBeNull();
    expect(tradeRefusal({ id: 'a', name: 'Chả mực', certifiedStars: 5 })).toBeNull();
    expect(tradeRefusal({ id: 'b', name: 'Trà', certifiedStars: 2 })).toBe('notCertified');
    expect(tradeRefusal({ id: 'c', name: 'Mắm', certifiedStars: null })).toBe('notCertified');
    expect(tradeRefusal(undefined)).toBe('unknown');
  });

  it("checks on the record's own date when it is past, else today", () => {
    expect(eligibilityDay('2022-07-09', '2026-12-01')).toBe('2022-07-09');
    expect(eligibilityDay('2027-03-01', '2026-12-01')).toBe('2026-12-01');
    expect(eligibilityDay(null, '2026-12-01')).toBe('2026-12-01');
  });
});
