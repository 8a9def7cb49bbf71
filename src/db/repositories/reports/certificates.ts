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
}

/**
 * Certificates per place of the area: issued in the period and the previous one, and on
 * `asOf` (the period's last day, or today when sooner): valid, valid but expiring within
 * `soonDays`, expired without a later certificate for the product (no re-evaluation), and
 * revoked in the period.
 */
export async function certificatesByPlace(
  db: Executor, area: Area, period: { from: string; to: string; previousFrom: string; previousTo: string }, asOf: string, soonDays: number,
): Promise<CertificatePlaceRow[]> {
  const breakdown = breakdownOf(area);
  const live = sql`c.issued_on <= ${asOf}::date and (c.revoked_on is null or c.revoked_on > ${asOf}::date) and (c.superseded_on is null or c.superseded_on > ${asOf}::date)`;
  return rows<CertificatePlaceRow>(
    db,
    sql`with c as (select c.*, ${breakdown.key('c')} as place from certificates c where ${areaWhere(area, 'c')}),
      places as (${breakdown.places})
      select pl.code, pl.name,
        (select count(*) from c where c.place = pl.code and c.issued_on between ${period.from}::date and ${period.to}::date)::int as issued,
        (select count(*) from c where c.place = pl.code and c.issued_on between ${period.previousFrom}::date and ${period.previousTo}::date)::int as "issuedPrevious",
        (select count(*) from c where c.place = pl.code and ${live} and c.valid_until >= ${asOf}::date)::int as valid,
        (select count(*) from c where c.place = pl.code and ${live} and c.valid_until >= ${asOf}::date and c.valid_until <= ${asOf}::date + ${soonDays}::int)::int as "expiringSoon",
        (select count(*) from c where c.place = pl.code and ${live} and c.valid_until < ${asOf}::date
           and not exists (select 1 from certificates n where n.product_id = c.product_id and n.issued_on > c.issued_on and n.issued_on <= ${asOf}::date))::int as expired,
        (select count(*) from c where c.place = pl.code and c.revoked_on between ${period.from}::date and ${period.to}::date)::int as revoked
      from places pl order by pl.code`,
  );
}
