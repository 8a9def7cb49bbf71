import type { Db } from '../db/client';
import * as repo from '../db/repositories/units.repository';
import { NotFoundError } from '../domain/errors';
import { searchKey } from '../domain/text/normalize';
import { structureAsOf } from '../domain/units/structure';
import type { z } from 'zod';
import type { UnitStructure } from '../domain/policy';
import type { unitListQuery } from '../contracts/units';

export type UnitListParams = z.output<typeof unitListQuery>;

function presentUnit(u: repo.UnitRow) {
  return {
    structure: u.structure,
    code: u.code,
    level: u.level,
    name: u.name,
    shortName: u.shortName,
    type: u.type,
    parentCode: u.parentCode,
    provinceCode: u.provinceCode,
    currentProvinceCode: u.currentProvinceCode,
  };
}

export async function listUnits(db: Db, params: UnitListParams) {
  const structure = params.structure ?? (params.date ? structureAsOf(params.date) : 'current');
  const items = await repo.listUnits(db, {
    structure,
    parent: params.parent,
    level: params.level,
    q: params.q ? searchKey(params.q) : undefined,
    provinceCode: params.province,
    limit: params.limit,
  });
  return { structure, items };
}

export async function getUnit(db: Db, structure: UnitStructure, code: string) {
  const unit = await repo.findUnit(db, structure, code);
  if (!unit) throw new NotFoundError('unit');
  const path: ReturnType<typeof presentUnit>[] = [];
  let parentCode = unit.parentCode;
  while (parentCode) {
    const parent = await repo.findUnit(db, structure, parentCode);
    if (!parent) break;
    path.unshift(presentUnit(parent));
    parentCode = parent.parentCode;
  }
  return { ...presentUnit(unit), path };
}

/** Legacy commune → current commune(s), or the legacy communes merged into a current one. */
export async function unitMapping(db: Db, by: { legacy?: string; current?: string }) {
  const rows = by.legacy ? await repo.mappingsByLegacy(db, by.legacy) : by.current ? await repo.mappingsByCurrent(db, by.current) : [];
  const legacyUnits = new Map((await repo.findUnits(db, 'legacy', [...new Set(rows.map((r) => r.legacyCode))])).map((u) => [u.code, u]));
  const currentUnits = new Map((await repo.findUnits(db, 'current', [...new Set(rows.map((r) => r.currentCode))])).map((u) => [u.code, u]));
  return rows.map((r) => ({
    legacyCode: r.legacyCode,
    legacyName: legacyUnits.get(r.legacyCode)?.name ?? null,
    currentCode: r.currentCode,
    currentName: currentUnits.get(r.currentCode)?.name ?? null,
    legacyProvinceCode: r.legacyProvinceCode,
    currentProvinceCode: r.currentProvinceCode,
    part: r.part,
  }));
}
