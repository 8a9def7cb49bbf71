import type { Executor } from '../../db/client';
import { findUnit, mappingsByCurrent, type UnitRow } from '../../db/repositories/units.repository';
import type { Area } from '../../db/repositories/reports/area';
import type { ReportUnit } from '../../contracts/reports';
import { ValidationError } from '../../domain/errors';
import { NATION_LOCATED, isNational, type Actor, type Located } from '../../domain/policy';
import { NATION } from '../../domain/reports/catalogue';
import { t } from './builder';
import type { Lang } from '../../i18n/lang';

/** A report's unit: what the response shows, the area its SQL covers, and where it lies for the policy. */
export interface ResolvedUnit {
  unit: ReportUnit;
  area: Area;
  located: Located;
}

const unknownUnit = (path: string) => new ValidationError([{ path, code: 'errors.report.unit' }]);

/** The unit a report defaults to: the user's own (the nation for national accounts, the public, producers and experts). */
export function defaultUnitParam(actor: Actor | null): string {
  if (!actor || isNational(actor)) return NATION;
  switch (actor.role) {
    case 'province':
    case 'trade':
      return actor.provinceCode ?? NATION;
    case 'district':
      return actor.districtCode ?? NATION;
    case 'commune':
      return actor.unitStructure === 'legacy' ? `legacy:${actor.unitCode}` : actor.unitCode;
    default:
      return NATION;
  }
}

/**
 * `VN`; a 2-digit current province (or the legacy province of that code when no current one
 * has it); a 3-digit legacy district; a 5-digit current commune (or legacy commune); and
 * `legacy:<code>` for a legacy province, district or commune. Unknown → 400 naming `path`.
 */
export async function resolveUnit(db: Executor, param: string, lang: Lang, path = 'unit'): Promise<ResolvedUnit> {
  if (param === NATION) {
    return { unit: { code: NATION, name: t(lang, 'reports.nation'), structure: 'current', level: 'nation', provinceCode: null }, area: { kind: 'nation' }, located: NATION_LOCATED };
  }
  const legacy = param.startsWith('legacy:');
  const code = legacy ? param.slice('legacy:'.length) : param;
  let row: UnitRow | undefined;
  if (!legacy && code.length !== 3) row = await findUnit(db, 'current', code);
  if (!row) row = await findUnit(db, 'legacy', code);
  if (!row) throw unknownUnit(path);
  const unit: ReportUnit = { code: param, name: row.name, structure: row.structure, level: row.level, provinceCode: row.currentProvinceCode };
  if (row.structure === 'current') {
    if (row.level === 'province') {
      return { unit, area: { kind: 'province', code: row.code }, located: { unitStructure: 'current', unitCode: row.code, provinceCode: row.code, districtCode: null } };
    }
    // a current commune lies, for legacy district officers, in the district its first legacy commune belonged to
    const [first] = await mappingsByCurrent(db, row.code);
    const legacyCommune = first ? await findUnit(db, 'legacy', first.legacyCode) : undefined;
    return {
      unit,
      area: { kind: 'commune', code: row.code },
      located: { unitStructure: 'current', unitCode: row.code, provinceCode: row.currentProvinceCode, districtCode: legacyCommune?.districtCode ?? null },
    };
  }
  const located: Located = { unitStructure: 'legacy', unitCode: row.code, provinceCode: row.currentProvinceCode, districtCode: row.level === 'province' ? null : row.level === 'district' ? row.code : row.districtCode };
  const kind = row.level === 'province' ? 'legacy-province' : row.level === 'district' ? 'legacy-district' : 'legacy-commune';
  return { unit, area: { kind, code: row.code }, located };
}
