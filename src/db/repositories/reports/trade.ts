import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../client';
import { areaWhere, rows, yearsSeries, type Area } from './area';

/**
 * The `trade` report's SQL over `trade_records` (SPEC C6, issue 12 item 4). A record's year:
 * a fair's start date, a contract's signing date, a combo's offering date, or (when the record
 * has none) the day it was recorded in Vietnam. Sales points and e-commerce listings are a
 * stock: a sales point is open at a year's end when its status is `open` and it opened on or
 * before that day (or its opening date is unknown); a listing is live when `active` and
 * recorded by then. Cancelled contracts are left out of the counts and values by year.
 */

const recordYear = sql`extract(year from coalesce(r.starts_on, (r.created_at at time zone 'Asia/Ho_Chi_Minh')::date))::int`;
const recordedOn = sql`(r.created_at at time zone 'Asia/Ho_Chi_Minh')::date`;

function inArea(area: Area): SQL {
  return sql`(select r.*, ${recordYear} as y from trade_records r where ${areaWhere(area, 'r')})`;
}

export interface TradeYearRow {
  year: number;
  fairs: number;
  fairsLocal: number;
  fairsProvincial: number;
  fairsNational: number;
  fairsInternational: number;
  booths: number;
  visitors: number;
  fairSales: number;
  salesPointsState: number;
  salesPointsPrivate: number;
  salesPointsOpened: number;
  contracts: number;
  contractsValue: number;
  listings: number;
  combos: number;
}

/** Per year from `from` to `to`: fairs by level with booths, visitors and sales; sales points open at the year's end by funding; contracts; live listings; combos. */
export async function tradeByYear(db: Executor, area: Area, from: number, to: number): Promise<TradeYearRow[]> {
  const yearEnd = sql`make_date(y.y, 12, 31)`;
  return rows<TradeYearRow>(
    db,
    sql`with r as ${inArea(area)}
      select y.y as year, f.*, s.*, c.*, l.*, g.*
      from (${yearsSeries(from, to)}) y
      cross join lateral (select count(*)::int as fairs,
          count(*) filter (where r.category = 'local')::int as "fairsLocal",
          count(*) filter (where r.category = 'provincial')::int as "fairsProvincial",
          count(*) filter (where r.category = 'national')::int as "fairsNational",
          count(*) filter (where r.category = 'international')::int as "fairsInternational",
          coalesce(sum((r.details->>'booths')::numeric), 0)::float8 as booths,
          coalesce(sum((r.details->>'visitors')::numeric), 0)::float8 as visitors,
          coalesce(sum(r.amount_vnd), 0)::float8 as "fairSales"
        from r where r.kind = 'fair' and r.y = y.y) f
      cross join lateral (select count(*) filter (where r.category = 'state')::int as "salesPointsState",
          count(*) filter (where r.category = 'private')::int as "salesPointsPrivate",
          count(*) filter (where extract(year from r.starts_on) = y.y)::int as "salesPointsOpened"
        from r where r.kind = 'salesPoint' and r.status = 'open' and (r.starts_on is null or r.starts_on <= ${yearEnd})) s
      cross join lateral (select count(*)::int as contracts, coalesce(sum(r.amount_vnd), 0)::float8 as "contractsValue"
        from r where r.kind = 'tradeContract' and r.status is distinct from 'cancelled' and r.y = y.y) c
      cross join lateral (select count(*)::int as listings
        from r where r.kind = 'listing' and r.status = 'active' and ${recordedOn} <= ${yearEnd}) l
      cross join lateral (select count(*)::int as combos from r where r.kind = 'giftCombo' and r.y = y.y) g
      order by y.y`,
  );
}

export interface TradeGroupRow {
  kind: string;
  category: string;
  status: string | null;
  count: number;
  booths: number;
  visitors: number;
  amount: number;
  /** Sales points: those opened in the period (stock rows only). */
  opened: number;
  products: number;
}

/** Fairs, contracts and combos of the years `from`…`to`, by kind, classifier and status. */
export async function tradeFlows(db: Executor, area: Area, from: number, to: number): Promise<TradeGroupRow[]> {
  return rows<TradeGroupRow>(
    db,
    sql`with r as ${inArea(area)}
      select r.kind, r.category, r.status, count(*)::int as count,
        coalesce(sum((r.details->>'booths')::numeric), 0)::float8 as booths,
        coalesce(sum((r.details->>'visitors')::numeric), 0)::float8 as visitors,
        coalesce(sum(r.amount_vnd), 0)::float8 as amount, 0::int as opened,
        (select count(distinct p) from r r2, jsonb_array_elements_text(r2.product_ids) p
          where r2.kind = r.kind and r2.category = r.category and r2.status is not distinct from r.status and r2.y between ${from} and ${to})::int as products
      from r where r.kind in ('fair', 'tradeContract', 'giftCombo') and r.y between ${from} and ${to}
      group by r.kind, r.category, r.status order by r.kind, r.category, r.status`,
  );
}

/** Sales points open and listings live at the end of year `year`, by funding / platform (`count`), with the sales points opened in `from`…`year` and distinct products. */
export async function tradeStock(db: Executor, area: Area, from: number, year: number): Promise<TradeGroupRow[]> {
  const end = sql`make_date(${year}::int, 12, 31)`;
  return rows<TradeGroupRow>(
    db,
    sql`with r as ${inArea(area)},
      s as (select * from r where (r.kind = 'salesPoint' and r.status = 'open' and (r.starts_on is null or r.starts_on <= ${end}))
        or (r.kind = 'listing' and r.status = 'active' and ${recordedOn} <= ${end}))
      select s.kind, s.category, null as status, count(*)::int as count, 0::float8 as booths, 0::float8 as visitors,
        0::float8 as amount, (count(*) filter (where s.kind = 'salesPoint' and extract(year from s.starts_on) between ${from} and ${year}))::int as opened,
        (select count(distinct p) from s s2, jsonb_array_elements_text(s2.product_ids) p where s2.kind = s.kind and s2.category = s.category)::int as products
      from s group by s.kind, s.category order by s.kind, s.category`,
  );
}
