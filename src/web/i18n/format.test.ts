import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatInt, formatMillionVnd, formatMillions, formatNumber, formatPercent, formatVnd, inputNumberFormat } from './format';

// Intl inserts a no-break space before the currency sign.
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('vi-VN formats (SPEC §5)', () => {
  it('numbers use "." for thousands and "," for decimals', () => {
    expect(formatNumber(1234567.89, undefined, 'vi')).toBe('1.234.567,89');
    expect(formatInt(12345, 'vi')).toBe('12.345');
    expect(formatPercent(0.5811, 2, 'vi')).toBe('58,11%');
    expect(formatNumber(null)).toBe('');
  });

  it('VND amounts, plain and in millions', () => {
    expect(nbsp(formatVnd(1250000, 'vi'))).toBe('1.250.000 ₫');
    expect(formatMillionVnd(12031540000, 'vi')).toBe('12.031,54 triệu đồng');
    expect(formatMillionVnd(12031540000, 'en')).toBe('12,031.54 million VND');
    expect(formatMillionVnd(225_100_000, 'vi')).toBe('225,10 triệu đồng');
    expect(formatMillionVnd(500_000_000, 'vi')).toBe('500 triệu đồng'); // no ",00" for whole millions
    expect(formatMillionVnd(1_200_000_000, 'en')).toBe('1,200 million VND');
    expect(formatMillions(21_500_000_000, 'vi')).toBe('21.500');
  });

  it('dates are dd/mm/yyyy in Vietnam time; calendar dates do not shift', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate('2025-06-30T20:00:00Z')).toBe('01/07/2025');
    expect(formatDateTime('2025-06-30T20:05:00Z')).toBe('01/07/2025 03:05');
    expect(formatDate(null)).toBe('');
  });

  it('InputNumber formatter/parser round-trip', () => {
    const f = inputNumberFormat('vi');
    expect(f.formatter(1250000)).toBe('1.250.000');
    expect(f.parser('1.250.000')).toBe('1250000');
  });
});
