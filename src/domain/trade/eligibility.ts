import { MIN_CERTIFIED_STARS } from '../certificates/eligibility';

/**
 * Only products holding a valid certificate of 3★ or more may be entered in trade promotion
 * (SPEC C3 step 6). `certifiedStars` is the best class the product holds on the day that counts
 * (null: none): a certificate valid that day, or for recognitions from before the platform, the
 * latest recognition within its 36 months (see db/repositories/trade.repository.ts).
 */
export interface TradeCandidate {
  id: string;
  name: string;
  certifiedStars: number | null;
}

export type TradeRefusal = 'unknown' | 'notCertified';

export function tradeRefusal(product: TradeCandidate | undefined): TradeRefusal | null {
  if (!product) return 'unknown';
  return product.certifiedStars !== null && product.certifiedStars >= MIN_CERTIFIED_STARS ? null : 'notCertified';
}

/**
 * The day a record's products are checked on: the record's own date when it lies in the past
 * (a 2022 fair took the products certified in 2022), else today.
 */
export function eligibilityDay(recordDate: string | null | undefined, today: string): string {
  return recordDate && recordDate < today ? recordDate : today;
}
