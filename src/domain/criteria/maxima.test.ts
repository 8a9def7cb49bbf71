import { describe, expect, it } from 'vitest';
import raw148 from '../../../resources/criteria-sets/148-2023.json' with { type: 'json' };
import raw1048 from '../../../resources/criteria-sets/1048-2019.json' with { type: 'json' };
import { partTotal, sheetMaxima } from './maxima';
import { validateCriteriaSet } from './validate';
import type { CriteriaSet } from './types';

const v148 = (): CriteriaSet => structuredClone(raw148) as CriteriaSet;

describe('sheetMaxima', () => {
  it('gives the part maxima for a valid single-sheet version', () => {
    const [row] = sheetMaxima(v148());
    expect(row).toEqual({ code: null, sums: { A: 40, B: 25, C: 35 }, total: 100, toBeConfirmed: false, wrongParts: [], ok: true });
    expect(partTotal(v148())).toBe(100);
  });

  it('names the part a sheet misses, as publishing does', () => {
    const set = v148();
    const c = set.criteria.find((x) => x.code === 'B1.1')!;
    c.maxPoints -= 1;
    c.options = c.options.filter((o) => o.points <= c.maxPoints);
    const [row] = sheetMaxima(set);
    expect(row.sums.B).toBe(24);
    expect(row.wrongParts).toEqual(['B']);
    expect(row.ok).toBe(false);
    expect(validateCriteriaSet(set).map((p) => p.path)).toContain('parts.1.maxPoints');
  });

  it('lets a to-be-confirmed sheet fall short but not exceed, per sheet of 1048/2019', () => {
    const set = structuredClone(raw1048) as CriteriaSet;
    const rows = sheetMaxima(set);
    expect(rows).toHaveLength(set.sheets!.length);
    expect(rows.every((r) => r.ok)).toBe(true);
    const short = rows.filter((r) => r.toBeConfirmed && r.sums.C < 40);
    expect(short.length).toBeGreaterThan(0);
    const sheet = set.sheets!.find((s) => !s.toBeConfirmed && s.criteria.length)!;
    sheet.criteria[0].maxPoints += 1;
    sheet.criteria[0].options[sheet.criteria[0].options.length - 1].points += 1;
    const row = sheetMaxima(set).find((r) => r.code === sheet.code)!;
    expect(row.ok).toBe(false);
    expect(row.wrongParts).toEqual([sheet.criteria[0].part]);
  });
});
