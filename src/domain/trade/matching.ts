import { searchKey } from '../text/normalize';
import { provinceDistanceKm } from './provinces';

/**
 * Demand matching (SPEC C6): which certified products fit a buyer's demand, ranked by fit.
 * A product is a candidate when it is in the demand's group (if it names one) and holds at
 * least the class asked for; its score (0–100) adds
 *   group/subgroup   35 — same subgroup 35, same group 20 (20 for every product when no group is named)
 *   star class       20 — 3★ 10, 4★ 15, 5★ 20
 *   distance         20 — same province 20, else 20 × (1 − km/1500), at least 0
 *   capacity         15 — declared yearly output ≥ quantity 15, ≥ half 8, less 3; unknown or
 *                         another unit 5; no quantity asked 10
 *   certifications   10 — 10 × the share of wanted certifications the producer holds (10 when none wanted)
 * Ties go to the higher class, then the nearer, then the product id (a stable order).
 */

export interface DemandWants {
  groupCode: string | null;
  subgroupCode: string | null;
  minStars: number;
  deliveryProvinceCode: string;
  quantity: number | null;
  quantityUnit: string | null;
  certifications: readonly string[];
}

export interface MatchCandidate {
  productId: string;
  entityId: string;
  groupCode: string;
  subgroupCode: string;
  /** Class held today (valid certificate or recognition). */
  stars: number;
  provinceCode: string;
  /** Latest declared yearly output. */
  capacity: { output: number; unit: string | null } | null;
  /** The producer's certifications (VietGAP, HACCP, …). */
  certifications: readonly string[];
}

export type MatchPart = 'group' | 'stars' | 'distance' | 'capacity' | 'certifications';

export interface Match {
  productId: string;
  entityId: string;
  score: number;
  parts: Record<MatchPart, number>;
  distanceKm: number | null;
  certificationsHeld: number;
}

const STAR_POINTS: Record<number, number> = { 3: 10, 4: 15, 5: 20 };

function groupPoints(want: DemandWants, c: MatchCandidate): number | null {
  if (!want.groupCode) return 20;
  if (c.groupCode !== want.groupCode) return null;
  if (!want.subgroupCode) return 35;
  return c.subgroupCode === want.subgroupCode ? 35 : 20;
}

function distancePoints(km: number | null): number {
  if (km === null) return 0;
  return Math.max(0, Math.round(20 * (1 - km / 1500)));
}

const sameUnit = (a: string | null, b: string | null) => !!a && !!b && searchKey(a) === searchKey(b);

function capacityPoints(want: DemandWants, c: MatchCandidate): number {
  if (want.quantity === null) return 10;
  if (!c.capacity || !sameUnit(c.capacity.unit, want.quantityUnit)) return 5;
  if (c.capacity.output >= want.quantity) return 15;
  return c.capacity.output >= want.quantity / 2 ? 8 : 3;
}

/** The score of one product for a demand, or null when it is not a candidate. */
export function scoreCandidate(want: DemandWants, c: MatchCandidate): Match | null {
  if (c.stars < Math.max(3, want.minStars)) return null;
  const group = groupPoints(want, c);
  if (group === null) return null;
  const held = new Set(c.certifications.map(searchKey));
  const certificationsHeld = want.certifications.filter((w) => held.has(searchKey(w))).length;
  const distanceKm = provinceDistanceKm(c.provinceCode, want.deliveryProvinceCode);
  const parts: Record<MatchPart, number> = {
    group,
    stars: STAR_POINTS[c.stars] ?? 0,
    distance: distancePoints(distanceKm),
    capacity: capacityPoints(want, c),
    certifications: want.certifications.length === 0 ? 10 : Math.round((10 * certificationsHeld) / want.certifications.length),
  };
  const score = parts.group + parts.stars + parts.distance + parts.capacity + parts.certifications;
  return { productId: c.productId, entityId: c.entityId, score, parts, distanceKm, certificationsHeld };
}

/** The candidates ranked by fit, best first. */
export function rankMatches(want: DemandWants, candidates: readonly MatchCandidate[]): Match[] {
  const stars = new Map(candidates.map((c) => [c.productId, c.stars]));
  return candidates
    .map((c) => scoreCandidate(want, c))
    .filter((m): m is Match => m !== null)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (stars.get(b.productId) ?? 0) - (stars.get(a.productId) ?? 0) ||
        (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
        (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0),
    );
}

/** The entities to notify of a new demand: the producers of the best `limit` matches (one notice per entity). */
export function entitiesToNotify(matches: readonly Match[], limit = 5): string[] {
  return [...new Set(matches.slice(0, limit).map((m) => m.entityId))];
}
