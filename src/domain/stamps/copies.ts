/**
 * Copied stamps. A genuine stamp sits on one package: it is scanned where that package is sold
 * and bought, mostly in one province. The same serial scanned in several provinces (or from
 * many unrelated networks) means its QR code was probably photographed and reprinted.
 *
 * A scan's region is `p:<province code>` when the scanner says where it is (the stamp page asks),
 * otherwise `n:<network>` — the first two octets of an IPv4 address or the first three groups of
 * an IPv6 one, a coarse stand-in for the area the connection comes from.
 */

/** Distinct provinces from which one stamp may be scanned before it is flagged. */
export const COPY_PROVINCES = 3;
/** Distinct networks (when no province is given) before a stamp is flagged. */
export const COPY_NETWORKS = 6;

export interface RegionCount {
  region: string;
  scans: number;
}

export function isProvinceRegion(region: string): boolean {
  return region.startsWith('p:');
}

/** The region a scan is counted under. */
export function scanRegion(provinceCode: string | null | undefined, address: string): string {
  if (provinceCode) return `p:${provinceCode}`;
  const v4 = /(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(address);
  if (v4) return `n:${v4[1]}.${v4[2]}`;
  const groups = address.toLowerCase().split(':').filter(Boolean);
  return groups.length >= 3 ? `n:${groups.slice(0, 3).join(':')}` : `n:${address || 'unknown'}`;
}

/** True when the stamp's scans look like a copied code (see the thresholds above). */
export function possiblyCopied(regions: readonly RegionCount[]): boolean {
  const provinces = regions.filter((r) => r.scans > 0 && isProvinceRegion(r.region)).length;
  const networks = regions.filter((r) => r.scans > 0 && !isProvinceRegion(r.region)).length;
  return provinces >= COPY_PROVINCES || networks >= COPY_NETWORKS;
}
