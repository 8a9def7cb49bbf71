import { describe, expect, it } from 'vitest';
import { formatCellText } from './format';

describe('report cell text', () => {
  it('writes vi-VN numbers and percentages, and a dash for no value', () => {
    expect(formatCellText(12031.54, 'number')).toBe('12.031,54');
    expect(formatCellText(58.1139, 'percent')).toBe('58,11%');
    expect(formatCellText(null, 'percent')).toBe('–');
    expect(formatCellText('Quang Hanh', 'text')).toBe('Quang Hanh');
    expect(formatCellText(1234.5, 'number', 'en')).toBe('1,234.5');
  });
});
