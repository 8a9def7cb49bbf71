import { sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { areaWhere, breakdownOf, rows, type Area } from './area';

export interface CertificatePlaceRow {
  code: string;
  name: string;
  issued: number;
  issuedPrevious: number;
  valid: number;
  expiringSoon: number;
  expired: number;
  revoked: number;
  /** Inspections recorded in the period (post-recognition, hậu kiểm). */
  inspected: number;
  /** Of them: concluded "to fix by a date". */
  toFix: number;
  /** Of them: concluded "revoke" (the certificate revoked with the inspection). */
  revokedAfterInspection: number;
}

/**
 * Certificates per place of the area: issued in the period and the previous one, and on
 * `asOf` (the period's last day, or today when sooner): valid, valid but expiring within
 * `soonDays`, expired without a later certificate for the product (no re-evaluation), and
 * revoked in the period; and the inspections recorded in the period: all, "to fix", "revoke".
 */
export async function certificatesByPlace(
  db: Executor, area: Area, period: { from: string; to: string; previousFrom: string; previousTo: string }, asOf: string, soonDays: number,
): Promise<CertificatePlaceRow[]> {
  const breakdown = breakdownOf(area);
  const live = sql`c.issued_on <= ${asOf}::date and (c.revoked_on is null or c.revoked_on > ${asOf}::date) and (c.superseded_on is null or c.superseded_on > ${asOf}::date)`;
  return rows<CertificatePlaceRow>(
    db,
    // one pass over the area's certificates, counted per place; the "no later certificate" probe
    // (certificates_product_idx) runs only for the live ones past their validity
    sql`with c as (
        select c.product_id, c.issued_on, c.valid_until, c.revoked_on, ${breakdown.key('c')} as place,
          (${live}) as live,
          case when ${live} and c.valid_until < ${asOf}::date
            then not exists (select 1 from certificates n where n.product_id = c.product_id and n.issued_on > c.issued_on and n.issued_on <= ${asOf}::date)
            else false end as expired
        from certificates c where ${areaWhere(area, 'c')}),
      per_place as (
        select place,
          count(*) filter (where issued_on between ${period.from}::date and ${period.to}::date) as issued,
          count(*) filter (where issued_on between ${period.previousFrom}::date and ${period.previousTo}::date) as "issuedPrevious",
          count(*) filter (where live and valid_until >= ${asOf}::date) as valid,
          count(*) filter (where live and valid_until >= ${asOf}::date and valid_until <= ${asOf}::date + ${soonDays}::int) as "expiringSoon",
          count(*) filter (where expired) as expired,
          count(*) filter (where revoked_on between ${period.from}::date and ${period.to}::date) as revoked
        from c group by place),
      per_place_inspections as (
        select ${breakdown.key('i')} as place,
          count(*) as inspected,
          count(*) filter (where i.outcome = 'fix_by') as "toFix",
          count(*) filter (where i.outcome = 'revoke') as "revokedAfterInspection"
        from inspections i
        where ${areaWhere(area, 'i')} and i.status = 'recorded' and i.inspected_on between ${period.from}::date and ${period.to}::date
        group by 1),
      places as (${breakdown.places})
      select pl.code, pl.name, coalesce(b.issued, 0)::int as issued, coalesce(b."issuedPrevious", 0)::int as "issuedPrevious",
        coalesce(b.valid, 0)::int as valid, coalesce(b."expiringSoon", 0)::int as "expiringSoon", coalesce(b.expired, 0)::int as expired,
        coalesce(b.revoked, 0)::int as revoked,
        coalesce(ins.inspected, 0)::int as inspected, coalesce(ins."toFix", 0)::int as "toFix",
        coalesce(ins."revokedAfterInspection", 0)::int as "revokedAfterInspection"
      from places pl left join per_place b on b.place = pl.code left join per_place_inspections ins on ins.place = pl.code order by pl.code`,
  );
}
