import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../client';
import { areaWhere, rows, yearsSeries, type Area } from './area';

/**
 * Reports over the two registers: documents issued by level and year, and a unit's targets.
 * The documents that apply to an area are the central ones, those of its province, and those
 * issued inside it (its communes', its former districts').
 */
function documentsApplying(area: Area, provinceCode: string | null): SQL {
  const own = areaWhere(area, 'd');
  const province = provinceCode ? sql`(d.level = 'province' and d.province_code = ${provinceCode})` : sql`false`;
  return sql`select d.* from programme_documents d where d.deleted_at is null and (d.level = 'central' or ${province} or (d.level <> 'central' and ${own}))`;
}

export interface DocumentYearRow {
  year: number;
  central: number;
  province: number;
  district: number;
  commune: number;
}

export async function documentsByYear(db: Executor, area: Area, provinceCode: string | null, from: number, to: number): Promise<DocumentYearRow[]> {
  const level = (l: string) => sql`(select count(*) from d where extract(year from d.issued_on)::int = y.y and d.level = ${l})::int`;
  return rows<DocumentYearRow>(
    db,
    sql`with d as (${documentsApplying(area, provinceCode)})
      select y.y as year, ${level('central')} as central, ${level('province')} as province, ${level('district')} as district, ${level('commune')} as commune
      from (${yearsSeries(from, to)}) y order by y.y`,
  );
}

export interface DocumentListRow {
  number: string;
  issuedOn: string;
  level: string;
  kind: string;
  title: string;
  unitName: string | null;
}

export async function documentsIssued(db: Executor, area: Area, provinceCode: string | null, from: number, to: number): Promise<DocumentListRow[]> {
  return rows<DocumentListRow>(
    db,
    sql`with d as (${documentsApplying(area, provinceCode)})
      select d.number, d.issued_on::text as "issuedOn", d.level, d.kind, d.title,
        coalesce((select u.name from admin_units u where u.structure = d.unit_structure and u.code = d.unit_code), case when d.unit_code = 'VN' then 'Trung ương' end) as "unitName"
      from d where extract(year from d.issued_on)::int between ${from} and ${to}
      order by d.issued_on, d.number`,
  );
}

/** The targets set for the unit itself (not its sub-units) for each year of the range. */
export async function targetsOf(db: Executor, unitCode: string, from: number, to: number): Promise<{ year: number; values: Record<string, number> }[]> {
  return rows(db, sql`select year, values from programme_targets where unit_code = ${unitCode} and year between ${from} and ${to} order by year`);
}

/** Targets of each current province for a year (national summary). */
export async function provinceTargets(db: Executor, year: number): Promise<{ unitCode: string; values: Record<string, number> }[]> {
  return rows(db, sql`select unit_code as "unitCode", values from programme_targets where year = ${year} and length(unit_code) = 2`);
}
