import type { UnitLevel } from '../domain/units/structure';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { adminUnitMappings, adminUnits, productGroups } from '../db/schema';
import { searchKey } from '../domain/text/normalize';
import { resourcesDir } from './resources';

/**
 * Reference data every installation needs (not demo data): administrative units of both
 * structures with the legacy → current mapping, and the product classification.
 * Loaded into an empty database only; administrators update it afterwards.
 */

export interface UnitCsvRow {
  level: UnitLevel;
  code: string;
  name: string;
  short_name: string;
  type: string;
  parent_code: string;
}
export interface MappingCsvRow {
  legacy_commune_code: string;
  new_commune_code: string;
  legacy_province_code: string;
  new_province_code: string;
  part: 'full' | 'partial';
}

function readCsv<T>(file: string): T[] {
  const text = fs.readFileSync(path.join(resourcesDir, 'admin-units', file), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true }) as T[];
}

async function insertInBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** The most frequent value (ties: first seen), for rolling a legacy district or province up. */
function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/**
 * A legacy district without communes (an island district administered directly, such as Lý Sơn
 * 536 since 2020) is missing from the commune mapping, so nothing of it would roll up into
 * today's units nor be attributed to it. Each went, whole, into the current commune of the
 * same short name in the current province its legacy province went into (Đặc khu Lý Sơn 21548):
 * one `full` row legacy district → that commune, after the file's rows.
 */
export function islandDistrictMappings(
  legacy: UnitCsvRow[],
  current: UnitCsvRow[],
  legacyRows: Array<{ level: UnitLevel; code: string; currentProvinceCode: string }>,
): MappingCsvRow[] {
  const withCommunes = new Set(legacy.filter((r) => r.level === 'commune').map((r) => r.parent_code));
  const provinceNow = new Map(legacyRows.filter((r) => r.level === 'province').map((r) => [r.code, r.currentProvinceCode]));
  const out: MappingCsvRow[] = [];
  for (const d of legacy) {
    if (d.level !== 'district' || withCommunes.has(d.code)) continue;
    const province = provinceNow.get(d.parent_code);
    const target = current.find((c) => c.level === 'commune' && c.parent_code === province && c.short_name === d.short_name);
    if (!province || !target) throw new Error(`admin units: legacy district ${d.code} ${d.name} has no communes and no current unit of its name`);
    out.push({ legacy_commune_code: d.code, new_commune_code: target.code, legacy_province_code: d.parent_code, new_province_code: province, part: 'full' });
  }
  return out;
}

/** Loads the administrative units and the product classification into an empty database (true when it did); `progress` receives a line before each part is loaded. */
export async function loadReferenceData(db: Executor, progress: (message: string) => void = () => {}): Promise<boolean> {
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(adminUnits);
  if (count > 0) return false;

  const current = readCsv<UnitCsvRow>('admin-units-2025.csv');
  const legacy = readCsv<UnitCsvRow>('admin-units-legacy.csv');
  const mapping = readCsv<MappingCsvRow>('admin-units-mapping.csv');
  const n = (rows: UnitCsvRow[], level: string) => rows.filter((r) => r.level === level).length.toLocaleString('en-US');
  progress(
    `Loading administrative units… ${n(current, 'commune')} communes in ${n(current, 'province')} provinces (since 2025-07-01); ` +
      `${n(legacy, 'commune')} communes, ${n(legacy, 'district')} districts, ${n(legacy, 'province')} provinces before; ${mapping.length.toLocaleString('en-US')} mapping rows`,
  );

  const currentRows = current.map((r) => ({
    structure: 'current' as const,
    code: r.code,
    level: r.level,
    name: r.name,
    shortName: r.short_name,
    type: r.type,
    parentCode: r.parent_code || null,
    provinceCode: r.level === 'province' ? r.code : r.parent_code,
    districtCode: null,
    currentProvinceCode: r.level === 'province' ? r.code : r.parent_code,
    validFrom: '2025-07-01',
    validTo: null,
    searchText: searchKey(r.name),
  }));

  // Legacy communes hang under districts; find each unit's own province and its current one.
  const legacyByCode = new Map(legacy.map((r) => [r.code, r]));
  const mappedProvince = new Map<string, string>();
  for (const m of mapping) if (!mappedProvince.has(m.legacy_commune_code)) mappedProvince.set(m.legacy_commune_code, m.new_province_code);
  const communesOf = new Map<string, string[]>(); // district or province code → current provinces of its communes
  const legacyRows = legacy.map((r) => {
    const district = r.level === 'commune' ? legacyByCode.get(r.parent_code) : r.level === 'district' ? r : undefined;
    const provinceCode = r.level === 'province' ? r.code : r.level === 'district' ? r.parent_code : district!.parent_code;
    if (r.level === 'commune') {
      const target = mappedProvince.get(r.code) ?? provinceCode;
      for (const key of [r.parent_code, provinceCode]) communesOf.set(key, [...(communesOf.get(key) ?? []), target]);
    }
    return {
      structure: 'legacy' as const,
      code: r.code,
      level: r.level,
      name: r.name,
      shortName: r.short_name,
      type: r.type,
      parentCode: r.parent_code || null,
      provinceCode,
      districtCode: district?.code ?? null,
      currentProvinceCode: r.level === 'commune' ? (mappedProvince.get(r.code) ?? provinceCode) : '',
      validFrom: null,
      validTo: '2025-06-30',
      searchText: searchKey(r.name),
    };
  });
  for (const row of legacyRows) {
    if (row.level !== 'commune') row.currentProvinceCode = mostFrequent(communesOf.get(row.code) ?? []) ?? row.provinceCode;
  }
  // Island districts with no communes (Lý Sơn 536, Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Côn Đảo) have
  // no row in the commune mapping: each became, whole, the special zone of its name.
  const islandMappings = islandDistrictMappings(legacy, current, legacyRows);
  for (const m of islandMappings) {
    const row = legacyRows.find((r) => r.level === 'district' && r.code === m.legacy_commune_code)!;
    row.currentProvinceCode = m.new_province_code;
  }
  mapping.push(...islandMappings);

  await insertInBatches([...currentRows, ...legacyRows], 1000, (batch) => db.insert(adminUnits).values(batch));
  await insertInBatches(
    mapping.map((m, i) => ({
      legacyCode: m.legacy_commune_code,
      currentCode: m.new_commune_code,
      legacyProvinceCode: m.legacy_province_code,
      currentProvinceCode: m.new_province_code,
      part: m.part,
      ordinal: i,
    })),
    1000,
    (batch) => db.insert(adminUnitMappings).values(batch).onConflictDoNothing(),
  );

  progress('Loading the product classification…');
  const classification = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'classification', 'product-groups.json'), 'utf8')) as {
    groups: Array<{ code: string; vi: string; en: string; subgroups: Array<{ code: string; vi: string; en: string }> }>;
  };
  let ordinal = 0;
  const groupRows = classification.groups.flatMap((g) => [
    { code: g.code, parentCode: null, nameVi: g.vi, nameEn: g.en, ordinal: ordinal++ },
    ...g.subgroups.map((s) => ({ code: s.code, parentCode: g.code, nameVi: s.vi, nameEn: s.en, ordinal: ordinal++ })),
  ]);
  await db.insert(productGroups).values(groupRows);
  return true;
}
