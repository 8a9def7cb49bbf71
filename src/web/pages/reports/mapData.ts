import type { Report } from '../../api/reports';

/** The province code of a national-summary row (its code column, or a 2-digit code in its first cell). */
export function provinceCodeOf(row: Report['rows'][number]): string | null {
  for (const k of ['provinceCode', 'province', 'code', 'unitCode']) {
    const v = row[k];
    if (typeof v === 'string' && /^\d{2}$/.test(v)) return v;
  }
  return null;
}

/** Values of one measure by province code, from the national summary's rows. */
export function valuesByProvince(r: Report | undefined, measure: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (!r || !measure) return out;
  for (const row of r.rows) {
    const code = provinceCodeOf(row);
    const v = row[measure];
    if (code && typeof v === 'number') out[code] = v;
  }
  return out;
}
