import type { CertificateStatus } from '../certificates/validity';

/**
 * What a stamp tells a shopper today. A stamp is valid only while the product's certificate is
 * in force: a revoked or expired certificate never shows as valid. A certificate superseded by a
 * later one of the same product (re-recognition, upgrade) passes the answer to that one.
 */
export const STAMP_STATUSES = ['valid', 'expired', 'revoked', 'unknown'] as const;
export type StampStatus = (typeof STAMP_STATUSES)[number];

/**
 * `chain`: the batch's certificate's status first, then the status of each certificate that
 * superseded the previous one, in order (the caller follows `supersededById`).
 */
export function stampStatus(chain: readonly CertificateStatus[]): StampStatus {
  for (const status of chain) {
    if (status === 'valid' || status === 'expiring') return 'valid';
    if (status === 'revoked') return 'revoked';
    if (status === 'expired') return 'expired';
    // superseded: the next certificate decides
  }
  // Superseded by nothing the registry still holds: no longer in force.
  return chain.length ? 'expired' : 'unknown';
}
