import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { MIN_CERTIFIED_STARS } from '../../domain/certificates/eligibility';

/** The rows of the open data sets, read in one query each (SPEC C7). */

/** Raw query rows whichever driver ran them (postgres.js answers an array, PGlite `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

export interface ProductDataRow {
  id: string;
  name: string;
  group_code: string;
  subgroup_code: string;
  stars: number;
  entity_id: string;
  entity_name: string;
  entity_type: string;
  province_code: string;
  province_name: string | null;
  unit_structure: string;
  commune_code: string;
  commune_name: string | null;
  gtin: string | null;
  cert_number: string | null;
  cert_issued_on: string | null;
  cert_valid_until: string | null;
  cert_revoked_on: string | null;
  cert_superseded_on: string | null;
}

/** Catalogued products with the certificate to show (in force on `day`, else the latest issued). */
export async function productRows(db: Executor, day: string): Promise<ProductDataRow[]> {
  const rows = await db.execute(sql`
    select p.id, p.name, p.group_code, p.subgroup_code, p.stars, p.entity_id, e.name as entity_name, e.type as entity_type,
      p.province_code, pr.name as province_name, p.unit_structure, p.unit_code as commune_code, u.name as commune_name, p.gtin,
      c.number as cert_number, c.issued_on::text as cert_issued_on, c.valid_until::text as cert_valid_until,
      c.revoked_on::text as cert_revoked_on, c.superseded_on::text as cert_superseded_on
    from products p
    join entities e on e.id = p.entity_id
    left join admin_units pr on pr.structure = 'current' and pr.code = p.province_code
    left join admin_units u on u.structure = p.unit_structure and u.code = p.unit_code
    left join lateral (
      select c.* from certificates c where c.product_id = p.id
      order by (c.issued_on <= ${day}::date and (c.revoked_on is null or c.revoked_on > ${day}::date)
        and (c.superseded_on is null or c.superseded_on > ${day}::date) and c.valid_until >= ${day}::date) desc,
        c.issued_on desc, c.created_at desc
      limit 1) c on true
    where p.deleted_at is null and p.stars >= ${MIN_CERTIFIED_STARS}
    order by p.province_code, p.sort_key, p.id`);
  return rowsOf<ProductDataRow>(rows);
}

export interface CertificateDataRow {
  number: string;
  product_id: string;
  product_name: string;
  entity_id: string;
  entity_name: string;
  stars: number;
  level: string;
  issuer_name: string;
  decision_number: string;
  decision_date: string;
  issued_on: string;
  valid_until: string;
  revoked_on: string | null;
  superseded_on: string | null;
  province_code: string;
  province_name: string | null;
  unit_structure: string;
  commune_code: string;
  commune_name: string | null;
}

/** Every certificate issued, in number order. */
export async function certificateRows(db: Executor): Promise<CertificateDataRow[]> {
  const rows = await db.execute(sql`
    select c.number, c.product_id, c.product_name, c.entity_id, c.entity_name, c.stars, c.level, c.issuer_name,
      c.decision_number, c.decision_date::text as decision_date, c.issued_on::text as issued_on, c.valid_until::text as valid_until,
      c.revoked_on::text as revoked_on, c.superseded_on::text as superseded_on,
      c.province_code, pr.name as province_name, c.unit_structure, c.unit_code as commune_code, u.name as commune_name
    from certificates c
    left join admin_units pr on pr.structure = 'current' and pr.code = c.province_code
    left join admin_units u on u.structure = c.unit_structure and u.code = c.unit_code
    order by c.number`);
  return rowsOf<CertificateDataRow>(rows);
}

/**
 * What changes the data sets: a cheap fingerprint (counts and last changes) that lets the
 * service reuse the files it wrote until something changed.
 */
export async function fingerprint(db: Executor): Promise<{ key: string; updatedAt: Date | null }> {
  const rows = await db.execute(sql`
    select concat_ws('/',
        (select count(*) from products where deleted_at is null), (select max(updated_at) from products),
        (select max(updated_at) from entities), (select count(*) from certificates), (select max(updated_at) from certificates),
        (select count(*) from trade_records where kind = 'salesPoint'), (select max(updated_at) from trade_records where kind = 'salesPoint')) as key,
      greatest((select max(updated_at) from products), (select max(updated_at) from certificates),
        (select max(updated_at) from trade_records where kind = 'salesPoint')) as updated_at`);
  const [row] = rowsOf<{ key: string; updated_at: string | Date | null }>(rows);
  return { key: row.key, updatedAt: row.updated_at ? new Date(row.updated_at) : null };
}

export interface SalesPointDataRow {
  id: string;
  name: string;
  details: Record<string, unknown>;
  funding: string;
  status: string | null;
  opened_on: string | null;
  province_code: string;
  province_name: string | null;
  unit_structure: string;
  unit_code: string;
  unit_name: string | null;
  product_ids: string[];
}

/** Open sales points and centres (trade promotion), with their province and commune names. */
export async function salesPointRows(db: Executor): Promise<SalesPointDataRow[]> {
  const rows = await db.execute(sql`
    select t.id, t.name, t.details, t.category as funding, t.status, t.starts_on::text as opened_on,
      t.province_code, p.name as province_name, t.unit_structure, t.unit_code, u.name as unit_name, t.product_ids
    from trade_records t
    left join admin_units p on p.structure = 'current' and p.code = t.province_code
    left join admin_units u on u.structure = t.unit_structure and u.code = t.unit_code
    where t.kind = 'salesPoint' and coalesce(t.status, 'open') = 'open'
    order by t.province_code, t.name, t.id`);
  return rowsOf<SalesPointDataRow>(rows);
}
