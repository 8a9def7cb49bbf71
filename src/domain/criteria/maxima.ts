import { allSheets } from './sheets';
import type { CriteriaSet, PartCode } from './types';

/**
 * What each sheet's best answers give per part, against the version's part maxima — the
 * rule publishing enforces (criteria-set.schema.ts `checkPartSums`), computed live for the
 * editor: a complete sheet must give exactly the part maxima; a sheet flagged "to be
 * confirmed" may fall short, never exceed them.
 */
export interface SheetMaximaRow {
  /** null for the single sheet of older data. */
  code: string | null;
  sums: Record<PartCode, number>;
  total: number;
  toBeConfirmed: boolean;
  /** Parts whose sum breaks the rule. */
  wrongParts: PartCode[];
  ok: boolean;
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export function sheetMaxima(version: CriteriaSet): SheetMaximaRow[] {
  return allSheets(version).map((flat) => {
    const toBeConfirmed = !!version.sheets?.find((s) => s.code === flat.sheet?.code)?.toBeConfirmed;
    const sums = { A: 0, B: 0, C: 0 } as Record<PartCode, number>;
    for (const c of flat.criteria) sums[c.part] = (sums[c.part] ?? 0) + c.maxPoints;
    const wrongParts = version.parts
      .filter((p) => (toBeConfirmed ? sums[p.code] > p.maxPoints + 1e-9 : !same(sums[p.code], p.maxPoints)))
      .map((p) => p.code);
    return {
      code: flat.sheet?.code ?? null,
      sums,
      total: sums.A + sums.B + sums.C,
      toBeConfirmed,
      wrongParts,
      ok: wrongParts.length === 0 && flat.criteria.length > 0,
    };
  });
}

/** The version's part maxima and their total (100 when valid). */
export function partTotal(version: Pick<CriteriaSet, 'parts'>): number {
  return version.parts.reduce((n, p) => n + p.maxPoints, 0);
}
