/**
 * Approximate coordinates (WGS 84) of the seat of each current province (34 since 2025-07-01),
 * for the distance part of demand matching: a rough distance between a producer's province and
 * the delivery province is enough to rank suppliers.
 */
export const PROVINCE_SEATS: Readonly<Record<string, readonly [number, number]>> = {
  '01': [21.03, 105.85], '04': [22.67, 106.26], '08': [21.82, 105.21], '11': [21.39, 103.02], '12': [22.4, 103.46],
  '14': [21.33, 103.91], '15': [21.72, 104.91], '19': [21.59, 105.85], '20': [21.85, 106.76], '22': [20.95, 107.08],
  '24': [21.27, 106.19], '25': [21.32, 105.4], '31': [20.86, 106.68], '33': [20.65, 106.05], '37': [20.25, 105.97],
  '38': [19.81, 105.78], '40': [18.68, 105.68], '42': [18.34, 105.91], '44': [17.47, 106.62], '46': [16.46, 107.59],
  '48': [16.05, 108.21], '51': [15.12, 108.8], '52': [13.78, 109.22], '56': [12.24, 109.19], '66': [12.67, 108.04],
  '68': [11.94, 108.44], '75': [10.95, 106.82], '79': [10.78, 106.7], '80': [10.54, 106.41], '82': [10.36, 106.36],
  '86': [10.25, 105.97], '91': [10.01, 105.08], '92': [10.03, 105.78], '96': [9.18, 105.15],
};

/** Great-circle distance in km between two provinces' seats (null when either is unknown). */
export function provinceDistanceKm(a: string, b: string): number | null {
  if (a === b) return 0;
  const p = PROVINCE_SEATS[a];
  const q = PROVINCE_SEATS[b];
  if (!p || !q) return null;
  const rad = Math.PI / 180;
  const dLat = (q[0] - p[0]) * rad;
  const dLng = (q[1] - p[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p[0] * rad) * Math.cos(q[0] * rad) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)));
}
