import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from './datasets';

describe('toCsv', () => {
  const columns = ['a', 'b', 'c'] as const;

  it('writes a header, CRLF lines and a byte-order mark', () => {
    expect(toCsv(columns, [{ a: 1, b: 'x', c: null }])).toBe('\uFEFFa,b,c\r\n1,x,\r\n');
  });

  it('quotes commas, quotes and line breaks so that the values parse back', () => {
    const rows = [{ a: 'Rượu "ba kích", Quảng Ninh', b: 'dòng 1\ndòng 2', c: '=1+1' }];
    const back = parse(toCsv(columns, rows), { columns: true, bom: true });
    expect(back).toEqual([{ a: 'Rượu "ba kích", Quảng Ninh', b: 'dòng 1\ndòng 2', c: '=1+1' }]);
  });

  it('writes only the header for an empty data set', () => {
    expect(toCsv(columns, [])).toBe('\uFEFFa,b,c\r\n');
  });
});
