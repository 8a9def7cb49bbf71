import type { TFunction } from 'i18next';

/** Certifications commonly held by OCOP producers; stored as these strings (free text allowed too). */
export const COMMON_CERTIFICATIONS = [
  'VietGAP',
  'GlobalGAP',
  'Hữu cơ (TCVN 11041)',
  'HACCP',
  'ISO 22000',
  'ISO 9001',
  'GMP',
  'FSSC 22000',
] as const;

const TRANSLATED: Record<string, string> = {
  'Hữu cơ (TCVN 11041)': 'certifications.organic',
};

export function certificationLabel(value: string, t: TFunction): string {
  const key = TRANSLATED[value];
  return key ? t(key) : value;
}
