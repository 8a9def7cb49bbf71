import type { UnitStructure } from '../../domain/policy';
import type { UnitLevel } from '../../domain/units/structure';
import { and, asc, eq, sql, inArray, desc } from 'drizzle-orm';
import type { Executor } from '../client';
import { adminUnitMappings, adminUnits } from '../schema';
import { searchWhere, similarityRank } from './search';

export type UnitRow = typeof adminUnits.$inferSelect;

export async function findUnit(db: Executor, structure: UnitStructure, code: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(adminUnits).where(and(eq(adminUnits.structure, structure), eq(adminUnits.code, code)));
  return row;
}

export async function findUnits(db: Executor, structure: UnitStructure, codes: string[]): Promise<UnitRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(adminUnits).where(and(eq(adminUnits.structure, structure), inArray(adminUnits.code, codes)));
}

export interface UnitQuery {
  structure: UnitStructure;
  parent?: string;
  level?: UnitLevel;
  q?: string; // already a search key
  provinceCode?: string;
  limit: number;
}

export async function listUnits(db: Executor, query: UnitQuery) {
  const conditions = [eq(adminUnits.structure, query.structure)];
  if (query.parent) conditions.push(eq(adminUnits.parentCode, query.parent));
  if (query.level) conditions.push(eq(adminUnits.level, query.level));
  if (query.provinceCode) conditions.push(eq(adminUnits.provinceCode, query.provinceCode));
  if (query.q) conditions.push(searchWhere(adminUnits.searchText, query.q)!);
  if (!query.parent && !query.q && !query.level) conditions.push(eq(adminUnits.level, 'province'));
  const hasChildren = sql<boolean>`exists (select 1 from admin_units c where c.structure = admin_units.structure and c.parent_code = admin_units.code)`;
  return db
    .select({
      structure: adminUnits.structure,
      code: adminUnits.code,
      level: adminUnits.level,
      name: adminUnits.name,
      shortName: adminUnits.shortName,
      type: adminUnits.type,
      parentCode: adminUnits.parentCode,
      provinceCode: adminUnits.provinceCode,
      hasChildren,
    })
    .from(adminUnits)
    .where(and(...conditions))
    .orderBy(...(query.q ? [desc(similarityRank(adminUnits.searchText, query.q))] : []), asc(adminUnits.code))
    .limit(query.limit);
}

export async function mappingsByLegacy(db: Executor, legacyCode: string) {
  return db.select().from(adminUnitMappings).where(eq(adminUnitMappings.legacyCode, legacyCode)).orderBy(asc(adminUnitMappings.ordinal));
}

export async function mappingsByCurrent(db: Executor, currentCode: string) {
  return db.select().from(adminUnitMappings).where(eq(adminUnitMappings.currentCode, currentCode)).orderBy(asc(adminUnitMappings.ordinal));
}
