import { describe, expect, it } from 'vitest';
import { isValidMst, mstCheckDigit, taxCodeProblem } from './tax-code';

describe('MST check digit', () => {
  it('accepts real published tax codes', () => {
    expect(isValidMst('0100109106')).toBe(true); // Viettel
    expect(isValidMst('0300588569')).toBe(true); // Vinamilk
    expect(isValidMst('0100109106-001')).toBe(true); // branch suffix
  });
  it('rejects a wrong check digit', () => {
    expect(isValidMst('0100109107')).toBe(false);
  });
  it('computes the digit and refuses the impossible 10', () => {
    expect(mstCheckDigit('010010910')).toBe(6);
    // all zeros: remainder 0 → check digit would be 10, which is never issued
    expect(mstCheckDigit('000000000')).toBeNull();
    expect(mstCheckDigit('12345')).toBeNull();
  });
});

describe('taxCodeProblem', () => {
  it('requires the MST format for enterprises', () => {
    expect(taxCodeProblem('0300588569', 'enterprise')).toBeNull();
    expect(taxCodeProblem('03005885', 'enterprise')).toBe('format');
    expect(taxCodeProblem('0300588568', 'cooperative')).toBe('checksum');
    expect(taxCodeProblem('001085012345', 'enterprise')).toBe('format');
  });
  it('lets households use a 12-digit personal number', () => {
    expect(taxCodeProblem('001085012345', 'household')).toBeNull();
    expect(taxCodeProblem('001085012345', 'cooperative_group')).toBeNull();
  });
});
