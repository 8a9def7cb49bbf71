/** Only 3★, 4★ and 5★ products are certified (and may join trade promotion, SPEC C3 step 6). */
export const MIN_CERTIFIED_STARS = 3;

export function eligibleForCertificate(stars: number): boolean {
  return Number.isInteger(stars) && stars >= MIN_CERTIFIED_STARS && stars <= 5;
}
