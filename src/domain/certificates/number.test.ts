import { describe, expect, it } from 'vitest';
import { certificateNumber, parseCertificateNumber } from './number';

describe('certificateNumber', () => {
  it('pads the sequence to six digits', () => {
    expect(certificateNumber('22', 2026, 123)).toBe('OCOP-22-2026-000123');
    expect(certificateNumber('01', 2019, 1)).toBe('OCOP-01-2019-000001');
    expect(certificateNumber('96', 2026, 999_999)).toBe('OCOP-96-2026-999999');
  });

  it.each([
    ['2', 2026, 1],
    ['QN', 2026, 1],
    ['022', 2026, 1],
    ['22', 999, 1],
    ['22', 2026.5, 1],
    ['22', 2026, 0],
    ['22', 2026, 1_000_000],
    ['22', 2026, 1.5],
  ])('rejects (%s, %s, %s)', (province, year, seq) => {
    expect(() => certificateNumber(province, year, seq)).toThrow(RangeError);
  });
});

describe('parseCertificateNumber', () => {
  it('reads a number back', () => {
    expect(parseCertificateNumber('OCOP-22-2026-000123')).toEqual({ provinceCode: '22', year: 2026, seq: 123 });
    expect(parseCertificateNumber(' ocop-01-2019-000001 ')).toEqual({ provinceCode: '01', year: 2019, seq: 1 });
  });

  it.each(['OCOP-22-2026-123', 'OCOP-22-2026-000000', 'OCOP-2-2026-000123', 'XX-22-2026-000123', ''])('rejects "%s"', (value) => {
    expect(parseCertificateNumber(value)).toBeNull();
  });

  it('round-trips', () => {
    const n = certificateNumber('35', 2030, 4567);
    const parts = parseCertificateNumber(n)!;
    expect(certificateNumber(parts.provinceCode, parts.year, parts.seq)).toBe(n);
  });
});
