import type { CriteriaSet, Criterion, KnockOutRule, Section, SharedSection, Sheet, StarMinimum } from './types';

/**
 * A version holds one score sheet per product set (1048/2019: 25 sheets for 26 sets); older
 * data holds a single sheet in the version itself. `sheetFor` turns (version, sheet) into a
 * set-shaped object whose `sections`/`criteria` are that sheet's, so scoring, results and
 * feedback read one sheet whatever the version's layout.
 */

interface SheetSource {
  sharedSections?: SharedSection[];
}

/** The sheet's own and shared sections merged in sheet order: by part, then section number (A1 … A3, B4, C6 … C10). */
export function resolveSheet(
  version: SheetSource,
  sheet: Pick<Sheet, 'uses' | 'sections' | 'criteria' | 'knockOuts' | 'starMinimums'>,
): { sections: Section[]; criteria: Criterion[]; knockOuts: KnockOutRule[]; starMinimums: StarMinimum[] } {
  const shared = (sheet.uses ?? []).map((ref) => version.sharedSections?.find((s) => s.ref === ref)).filter((s): s is SharedSection => !!s);
  const sections = [...shared.map((s) => s.section), ...sheet.sections].sort(bySectionCode);
  const order = (code: string) => sections.findIndex((s) => s.code === code);
  const criteria = [...shared.flatMap((s) => s.criteria), ...sheet.criteria];
  // Stable sort: within a section the criteria keep their sheet order.
  const sorted = criteria.map((c, i) => ({ c, i })).sort((a, b) => order(a.c.section) - order(b.c.section) || a.i - b.i).map((x) => x.c);
  return {
    sections,
    criteria: sorted,
    knockOuts: sheet.knockOuts ?? [],
    starMinimums: sheet.starMinimums ?? [],
  };
}

function bySectionCode(a: Section, b: Section): number {
  return a.code[0].localeCompare(b.code[0]) || Number(a.code.slice(1)) - Number(b.code.slice(1));
}

// Resolved sheets are scored many times: resolve each (version object, sheet) once.
const resolved = new WeakMap<CriteriaSet, Map<string, CriteriaSet>>();

/** The sheet of `productSet` in `version`; the version itself when it has a single sheet. */
export function sheetCodeFor(version: CriteriaSet, productSet: string | null | undefined): string | null | undefined {
  if (!version.sheets?.length) return null;
  if (!productSet) return undefined;
  return version.sheets.find((s) => s.productSets.includes(productSet))?.code;
}

/**
 * The version reduced to one sheet: `sheetCode` null (or a single-sheet version) gives the
 * version itself; an unknown code gives undefined.
 */
export function sheetFor(version: CriteriaSet, sheetCode: string | null | undefined): CriteriaSet | undefined {
  if (!version.sheets?.length) return version;
  if (!sheetCode) return undefined;
  let cache = resolved.get(version);
  if (!cache) {
    cache = new Map();
    resolved.set(version, cache);
  }
  const hit = cache.get(sheetCode);
  if (hit) return hit;
  const sheet = version.sheets.find((s) => s.code === sheetCode);
  if (!sheet) return undefined;
  const flat = resolveSheet(version, sheet);
  const out: CriteriaSet = {
    ...version,
    sections: flat.sections,
    criteria: flat.criteria,
    knockOuts: flat.knockOuts,
    starMinimums: flat.starMinimums,
    toBeConfirmed: version.toBeConfirmed || !!sheet.toBeConfirmed,
    sheet: { code: sheet.code, name: sheet.name, ...(sheet.note ? { note: sheet.note } : {}) },
  };
  cache.set(sheetCode, out);
  return out;
}

/** Every sheet of a version, resolved (a single-sheet version gives itself). */
export function allSheets(version: CriteriaSet): CriteriaSet[] {
  if (!version.sheets?.length) return [version];
  return version.sheets.map((s) => sheetFor(version, s.code)!);
}
