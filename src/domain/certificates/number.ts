/**
 * Certificate numbers: "OCOP-<province>-<year>-<sequence>", e.g. "OCOP-22-2026-000123"
 * (province 22 = Quảng Ninh). The province code is the official 2-digit code, so numbers
 * stay unique nationwide when each province counts its own sequence per year.
 */

export interface CertificateNumberParts {
  provinceCode: string;
  year: number;
  seq: number;
}

const PATTERN = /^OCOP-(\d{2})-(\d{4})-(\d{6})$/;
export const MAX_SEQUENCE = 999_999;

export function certificateNumber(provinceCode: string, year: number, seq: number): string {
  if (!/^\d{2}$/.test(provinceCode)) throw new RangeError(`Province code must be 2 digits, got "${provinceCode}"`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Year must have 4 digits, got ${year}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SEQUENCE) throw new RangeError(`Sequence must be 1..${MAX_SEQUENCE}, got ${seq}`);
  return `OCOP-${provinceCode}-${year}-${String(seq).padStart(6, '0')}`;
}

/** The parts of a well-formed number (case-insensitive, surrounding spaces ignored), else null. */
export function parseCertificateNumber(value: string): CertificateNumberParts | null {
  const m = PATTERN.exec(value.trim().toUpperCase());
  if (!m || Number(m[3]) < 1) return null;
  return { provinceCode: m[1], year: Number(m[2]), seq: Number(m[3]) };
}
