import type { Executor } from '../../db/client';
import { getEntity } from '../../db/repositories/entities.repository';
import { allProductGroups } from '../../db/repositories/product-groups.repository';
import { ValidationError } from '../../domain/errors';
import { procedureFor } from '../../domain/cycle';
import { canSeeCycleItem, defaultFilingPlace, type Actor, type Located } from '../../domain/policy';
import { searchKey } from '../../domain/text/normalize';
import { currentCommuneLocation } from '../locations.service';
import * as clock from '../clock';

/** Helpers the cycle services share: where a new item sits, classification checks, search text. */

export interface ItemLocation {
  unitStructure: 'current' | 'legacy';
  unitCode: string;
  provinceCode: string;
  districtCode: string | null;
}

export interface ResolvedOwner {
  location: ItemLocation;
  entityId: string | null;
  entityName: string | null;
  ownerEntityId: string | null;
}

/** The procedure items filed now follow. */
export function procedureNow() {
  return procedureFor(clock.now());
}

/** The current year in Vietnam. */
export function yearNow(): number {
  return Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4));
}

/**
 * A registered entity the actor may file for: the producer's own, one in the commune
 * officer's commune, any in the provincial officer's province, any for the administrator.
 * Anything else is reported on `path` as an unknown entity (no existence leak).
 */
export async function entityForFiling(db: Executor, actor: Actor, entityId: string, path = 'entityId'): Promise<ResolvedOwner> {
  const view = await getEntity(db, entityId);
  const e = view?.entity;
  const located: Located | null = e
    ? { unitStructure: e.unitStructure as Located['unitStructure'], unitCode: e.unitCode, provinceCode: e.provinceCode, districtCode: e.districtCode, entityId: e.id }
    : null;
  if (!e || !located || !canSeeCycleItem(actor, located)) {
    throw new ValidationError([{ path, code: 'errors.entity.unknown' }]);
  }
  return {
    location: { unitStructure: located.unitStructure, unitCode: e.unitCode, provinceCode: e.provinceCode, districtCode: e.districtCode },
    entityId: e.id,
    entityName: e.name,
    ownerEntityId: e.id,
  };
}

/**
 * Where an item without a registered entity sits: a producer's own entity's commune; for an
 * officer, the commune given (default: the officer's own commune), which must be in scope.
 */
export async function placeForFiling(db: Executor, actor: Actor, unitCode: string | undefined, path = 'unitCode'): Promise<ResolvedOwner> {
  const fallback = defaultFilingPlace(actor);
  if (fallback && 'entityId' in fallback) {
    if (!fallback.entityId) throw new ValidationError([{ path: 'entityId', code: 'errors.entity.unknown' }]);
    const own = await entityForFiling(db, actor, fallback.entityId);
    return { ...own, entityId: null, entityName: null };
  }
  const code = unitCode ?? fallback?.unitCode;
  if (!code) throw new ValidationError([{ path, code: 'errors.required' }]);
  const location = await currentCommuneLocation(db, code, path);
  if (!canSeeCycleItem(actor, { ...location, entityId: null })) {
    throw new ValidationError([{ path, code: 'errors.unit.outOfScope' }]);
  }
  return {
    location: { unitStructure: 'current', unitCode: location.unitCode, provinceCode: location.provinceCode, districtCode: null },
    entityId: null,
    entityName: null,
    ownerEntityId: null,
  };
}

/** Checks a group and optional subgroup against the stored classification. */
export async function checkGroup(db: Executor, groupCode: string, subgroupCode: string | null | undefined, prefix = ''): Promise<void> {
  const rows = await allProductGroups(db);
  if (!rows.some((r) => r.code === groupCode && r.parentCode === null)) {
    throw new ValidationError([{ path: `${prefix}groupCode`, code: 'errors.group.unknown', params: { code: groupCode } }]);
  }
  if (subgroupCode && !rows.some((r) => r.code === subgroupCode && r.parentCode === groupCode)) {
    throw new ValidationError([{ path: `${prefix}subgroupCode`, code: 'errors.subgroup.mismatch', params: { code: subgroupCode, group: groupCode } }]);
  }
}

/** "product | entity | proposer" — the product's key comes first (look-alikes compare it). */
export function itemSearchText(productName: string, ...others: Array<string | null | undefined>): string {
  return [productName, ...others].map((s) => (s ? searchKey(s) : '')).join(' | ');
}
