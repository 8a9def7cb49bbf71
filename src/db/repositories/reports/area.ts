import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../client';

/**
 * The part of the country a report covers, resolved from its `unit` parameter by the
 * service, and turned here into SQL over any located table (unit_structure, unit_code,
 * province_code, district_code — see docs/architecture.md):
 *
 * - the nation: every record;
 * - a current province: `province_code` (records kept under either structure carry the current province);
 * - a current commune: its current records and the legacy records whose commune rolls up into it
 *   (the first row of the official mapping, as `domain/units/structure#rollUpTarget`);
 * - a legacy district: its own area's records, `district_code` (set through the mapping for current ones);
 * - a legacy province: the records of its legacy districts;
 * - a legacy commune: the records kept under it.
 */
export type Area =
  | { kind: 'nation' }
  | { kind: 'province'; code: string }
  | { kind: 'commune'; code: string }
  | { kind: 'legacy-province'; code: string }
  | { kind: 'legacy-district'; code: string }
  | { kind: 'legacy-commune'; code: string };

/** The current commune a record's place rolls up into (its own commune for current records). */
export function currentCommuneOf(alias: string): SQL {
  const a = sql.raw(alias);
  return sql`(case when ${a}.unit_structure = 'current' then ${a}.unit_code else
    (select m.current_code from admin_unit_mappings m where m.legacy_code = ${a}.unit_code order by m.ordinal limit 1) end)`;
}

/** SQL condition: the row aliased `alias` lies in the area. */
export function areaWhere(area: Area, alias: string): SQL {
  const a = sql.raw(alias);
  switch (area.kind) {
    case 'nation':
      return sql`true`;
    case 'province':
      return sql`${a}.province_code = ${area.code}`;
    case 'commune':
      return sql`((${a}.unit_structure = 'current' and ${a}.unit_code = ${area.code}) or (${a}.unit_structure = 'legacy' and ${currentCommuneOf(alias)} = ${area.code}))`;
    case 'legacy-district':
      return sql`${a}.district_code = ${area.code}`;
    case 'legacy-province':
      return sql`${a}.district_code in (select d.code from admin_units d where d.structure = 'legacy' and d.level = 'district' and d.province_code = ${area.code})`;
    case 'legacy-commune':
      return sql`(${a}.unit_structure = 'legacy' and ${a}.unit_code = ${area.code})`;
  }
}

/**
 * How a report broken down by place groups an area: the nation by current province, a
 * current province by current commune, a legacy province by legacy district, a legacy
 * district by its legacy communes; a commune is one place.
 */
export interface Breakdown {
  /** SQL giving a row's place key (alias of the located row). */
  key: (alias: string) => SQL;
  /** The places listed (also those with no record): code and name, in order. */
  places: SQL;
}

export function breakdownOf(area: Area): Breakdown {
  switch (area.kind) {
    case 'nation':
      return {
        key: (alias) => sql`${sql.raw(alias)}.province_code`,
        places: sql`select code, name from admin_units where structure = 'current' and level = 'province' order by code`,
      };
    case 'province':
      return {
        key: (alias) => currentCommuneOf(alias),
        places: sql`select code, name from admin_units where structure = 'current' and level = 'commune' and province_code = ${area.code} order by code`,
      };
    case 'legacy-province':
      return {
        key: (alias) => sql`${sql.raw(alias)}.district_code`,
        places: sql`select code, name from admin_units where structure = 'legacy' and level = 'district' and province_code = ${area.code} order by code`,
      };
    case 'legacy-district':
      return {
        key: (alias) => sql`(case when ${sql.raw(alias)}.unit_structure = 'legacy' then ${sql.raw(alias)}.unit_code else
          (select m.legacy_code from admin_unit_mappings m join admin_units lu on lu.structure = 'legacy' and lu.code = m.legacy_code
           where m.current_code = ${sql.raw(alias)}.unit_code and lu.district_code = ${area.code} order by m.ordinal limit 1) end)`,
        places: sql`select code, name from admin_units where structure = 'legacy' and level = 'commune' and district_code = ${area.code} order by code`,
      };
    case 'commune':
      return {
        key: () => sql`${area.code}::text`,
        places: sql`select code, name from admin_units where structure = 'current' and code = ${area.code}`,
      };
    case 'legacy-commune':
      return {
        key: () => sql`${area.code}::text`,
        places: sql`select code, name from admin_units where structure = 'legacy' and code = ${area.code}`,
      };
  }
}

/** Rows of a raw query, whichever driver (PGlite answers `{ rows }`, postgres-js an array). */
export async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/** The years from `from` to `to` as a SQL set (`select y from …`). */
export function yearsSeries(from: number, to: number): SQL {
  return sql`select generate_series(${from}::int, ${to}::int) as y`;
}
