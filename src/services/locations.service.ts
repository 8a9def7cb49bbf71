import type { Executor } from '../db/client';
import { findUnit } from '../db/repositories/units.repository';
import { ValidationError } from '../domain/errors';
import type { Located } from '../domain/policy';

/** Resolves a current-structure commune code into the location columns records store. */
export async function currentCommuneLocation(db: Executor, unitCode: string, path = 'unitCode'): Promise<Omit<Located, 'entityId'>> {
  const unit = await findUnit(db, 'current', unitCode);
  if (!unit) throw new ValidationError([{ path, code: 'errors.unit.unknown', params: { code: unitCode } }]);
  if (unit.level !== 'commune') throw new ValidationError([{ path, code: 'errors.unit.notCommune' }]);
  return { unitStructure: 'current', unitCode: unit.code, provinceCode: unit.currentProvinceCode, districtCode: null };
}
