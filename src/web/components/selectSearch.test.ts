import { describe, expect, it } from 'vitest';
import { matchesSearch } from './selectSearch';

describe('matchesSearch (every unit picker searches like the main search)', () => {
  const option = (label: string) => ({ label });
  it('ignores accents, đ and case', () => {
    expect(matchesSearch('Quang Ngai', option('Tỉnh Quảng Ngãi'))).toBe(true);
    expect(matchesSearch('quang ninh', option('Tỉnh Quảng Ninh'))).toBe(true);
    expect(matchesSearch('da nang', option('Thành phố Đà Nẵng'))).toBe(true);
    expect(matchesSearch('QUẢNG NGÃI', option('Tỉnh Quảng Ngãi'))).toBe(true);
  });
  it('needs every word, in any order', () => {
    expect(matchesSearch('ngai quang', option('Tỉnh Quảng Ngãi'))).toBe(true);
    expect(matchesSearch('quang tri', option('Tỉnh Quảng Ngãi'))).toBe(false);
  });
  it('shows everything for an empty query', () => {
    expect(matchesSearch('  ', option('Tỉnh Quảng Ngãi'))).toBe(true);
  });
});
