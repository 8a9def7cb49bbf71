/**
 * Vietnamese tax / registration numbers.
 * - Enterprise and cooperative tax codes (MST): 10 digits whose last is a check digit,
 *   optionally followed by "-" and a 3-digit branch number (Circular 105/2020/TT-BTC).
 *   N10 = 10 − (31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11;
 *   a result of 10 is never issued.
 * - Household businesses and cooperative groups may instead be identified by a 12-digit
 *   personal identification number (from 2025 the personal tax code).
 */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export function mstCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) return null;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first9[i]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? null : check;
}

export function isValidMst(code: string): boolean {
  const m = /^(\d{10})(-\d{3})?$/.exec(code);
  if (!m) return false;
  const check = mstCheckDigit(m[1].slice(0, 9));
  return check !== null && check === Number(m[1][9]);
}

export type TaxCodeProblem = 'format' | 'checksum';

/** Returns null when the code is acceptable for the entity type, else the problem. */
export function taxCodeProblem(code: string, entityType: string): TaxCodeProblem | null {
  const personalIdAllowed = entityType === 'household' || entityType === 'cooperative_group';
  if (personalIdAllowed && /^\d{12}$/.test(code)) return null;
  if (!/^\d{10}(-\d{3})?$/.test(code)) return 'format';
  return isValidMst(code) ? null : 'checksum';
}
