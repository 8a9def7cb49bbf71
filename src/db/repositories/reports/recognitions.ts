import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../client';
import { areaWhere, breakdownOf, rows, yearsSeries, type Area } from './area';

/**
 * Recognitions of products (product_star_records, 3 stars and more) located in an area:
 * the products-by-star, entities and localities reports. A product is counted once: "new" in
 * the year of its first recognition, with the class it was first given; "cumulative" at a
 * year's end with its latest class by then. Recognitions again (re-recognition, upgrade) are
 * counted as recognitions, never as new products.
 */

/** Recognition rows of live products in the area, up to a year, with the product's place. */
function recognitions(area: Area, upTo: number): SQL {
  return sql`select r.product_id, r.year, r.stars, p.entity_id, p.unit_structure, p.unit_code, p.province_code, p.district_code
    from product_star_records r join products p on p.id = r.product_id
    where p.deleted_at is null and r.stars >= 3 and r.year <= ${upTo} and ${areaWhere(area, 'p')}`;
}

export interface StarYearRow {
  year: number;
  new3: number;
  new4: number;
  new5: number;
  newTotal: number;
  recognitions: number;
  again: number;
  cum3: number;
  cum4: number;
  cum5: number;
  cumTotal: number;
}

/** Products by year × star class, new and cumulative, for the years `from` … `to`. */
export async function productsByStarYear(db: Executor, area: Area, from: number, to: number): Promise<StarYearRow[]> {
  return rows<StarYearRow>(
    db,
    // One pass over the recognitions: per product and year its class (the highest given that
    // year), the product's first year, and the next year it was recognised again. A product's
    // latest class by a year's end is then its row with year ≤ y < next year, so the cumulative
    // counts are running sums of +1 (from the row's year) and −1 (from the next one's).
    sql`with rec as (${recognitions(area, to)}),
      py as (select product_id, year, max(stars) as s, count(*) as n from rec group by product_id, year),
      pyl as (select product_id, year, s, n, min(year) over (w) as fy, lead(year) over (w order by year) as ny from py window w as (partition by product_id)),
      per_year as (
        select year,
          count(*) filter (where year = fy and s = 3) as new3, count(*) filter (where year = fy and s = 4) as new4,
          count(*) filter (where year = fy and s = 5) as new5, count(*) filter (where year = fy) as "newTotal",
          sum(n) as recognitions, count(*) filter (where year > fy) as again
        from pyl group by year),
      ev as (select y, s, sum(d) as d from (select year as y, s, 1 as d from pyl union all select ny, s, -1 from pyl where ny is not null) e group by y, s)
      select y.y as year,
        coalesce(p.new3, 0)::int as new3, coalesce(p.new4, 0)::int as new4, coalesce(p.new5, 0)::int as new5, coalesce(p."newTotal", 0)::int as "newTotal",
        coalesce(p.recognitions, 0)::int as recognitions, coalesce(p.again, 0)::int as again,
        (select coalesce(sum(ev.d), 0) from ev where ev.y <= y.y and ev.s = 3)::int as cum3,
        (select coalesce(sum(ev.d), 0) from ev where ev.y <= y.y and ev.s = 4)::int as cum4,
        (select coalesce(sum(ev.d), 0) from ev where ev.y <= y.y and ev.s = 5)::int as cum5,
        (select coalesce(sum(ev.d), 0) from ev where ev.y <= y.y)::int as "cumTotal"
      from (${yearsSeries(from, to)}) y left join per_year p on p.year = y.y order by y.y`,
  );
}

export interface RecognisedProductRow {
  id: string;
  name: string;
  entityName: string;
  entityType: string;
  unitName: string | null;
  stars: number;
  firstYear: number;
  years: string;
}

/** The products recognised in `from` … `to` (once each), with their latest class by `to` and the years recognised. */
export async function recognisedProducts(db: Executor, area: Area, from: number, to: number): Promise<RecognisedProductRow[]> {
  return rows<RecognisedProductRow>(
    db,
    sql`with rec as (${recognitions(area, to)}),
      agg as (
        select product_id, min(year) as fy, (array_agg(stars order by year desc, stars desc))[1] as s,
          string_agg(distinct year::text, ', ') filter (where year between ${from} and ${to}) as years
        from rec group by product_id having bool_or(year between ${from} and ${to}))
      select p.id, p.name, e.name as "entityName", e.type as "entityType",
        (select u.name from admin_units u where u.structure = p.unit_structure and u.code = p.unit_code) as "unitName",
        a.s::int as stars, a.fy::int as "firstYear", a.years
      from agg a join products p on p.id = a.product_id join entities e on e.id = p.entity_id
      order by "firstYear", p.sort_key`,
  );
}

export interface EntityTypeRow {
  type: string;
  newEntities: number;
  newEntitiesPrevious: number;
  entities: number;
  products: number;
}

/**
 * Entities with recognised products, by type: new in the period (their first product recognised
 * in it), new in the previous period, and cumulative by `to` with their recognised products.
 */
export async function entitiesByType(db: Executor, area: Area, from: number, to: number, previousFrom: number): Promise<EntityTypeRow[]> {
  return rows<EntityTypeRow>(
    db,
    sql`with rec as (${recognitions(area, to)}),
      ent as (select r.entity_id, min(r.year) as fy, count(distinct r.product_id) as n from rec r group by r.entity_id)
      select e.type,
        count(*) filter (where ent.fy between ${from} and ${to})::int as "newEntities",
        count(*) filter (where ent.fy between ${previousFrom} and ${from - 1})::int as "newEntitiesPrevious",
        count(*)::int as entities,
        coalesce(sum(ent.n), 0)::int as products
      from ent join entities e on e.id = ent.entity_id
      group by e.type`,
  );
}

export interface RecognisedEntityRow {
  id: string;
  name: string;
  type: string;
  unitName: string | null;
  products: number;
  firstYear: number;
}

export async function recognisedEntities(db: Executor, area: Area, to: number): Promise<RecognisedEntityRow[]> {
  return rows<RecognisedEntityRow>(
    db,
    sql`with rec as (${recognitions(area, to)})
      select e.id, e.name, e.type,
        (select u.name from admin_units u where u.structure = e.unit_structure and u.code = e.unit_code) as "unitName",
        count(distinct r.product_id)::int as products, min(r.year)::int as "firstYear"
      from rec r join entities e on e.id = r.entity_id
      group by e.id order by "firstYear", e.sort_key`,
  );
}

export interface PlaceRow {
  code: string;
  name: string;
  products: number;
  productsPrevious: number;
  cumulative: number;
  stars3: number;
  stars4: number;
  stars5: number;
}

/**
 * Each place of the area's breakdown (communes of a province, districts of a legacy province…)
 * with its products recognised in the period (counted once), in the previous period, and by
 * `to` in all, by latest class; places without any are listed with zeros.
 */
export async function productsByPlace(db: Executor, area: Area, from: number, to: number, previousFrom: number): Promise<PlaceRow[]> {
  const breakdown = breakdownOf(area);
  return rows<PlaceRow>(
    db,
    // a product's place is its own (every recognition of it has the same): one row per product, then per place
    sql`with rec as (select *, ${breakdown.key('rr')} as place from (${recognitions(area, to)}) rr),
      per_product as (
        select product_id, place, (array_agg(stars order by year desc, stars desc))[1] as s,
          bool_or(year between ${from} and ${to}) as cur, bool_or(year between ${previousFrom} and ${from - 1}) as prev
        from rec group by product_id, place),
      per_place as (
        select place, count(*) filter (where cur) as products, count(*) filter (where prev) as "productsPrevious", count(*) as cumulative,
          count(*) filter (where s = 3) as stars3, count(*) filter (where s = 4) as stars4, count(*) filter (where s = 5) as stars5
        from per_product group by place),
      places as (${breakdown.places})
      select pl.code, pl.name,
        coalesce(b.products, 0)::int as products, coalesce(b."productsPrevious", 0)::int as "productsPrevious", coalesce(b.cumulative, 0)::int as cumulative,
        coalesce(b.stars3, 0)::int as stars3, coalesce(b.stars4, 0)::int as stars4, coalesce(b.stars5, 0)::int as stars5
      from places pl left join per_place b on b.place = pl.code order by pl.code`,
  );
}

/** Per current province: products by latest class by `to`, new in the period, entities by type (national summary). */
export interface ProvinceSummaryRow {
  code: string;
  name: string;
  stars3: number;
  stars4: number;
  stars5: number;
  products: number;
  newProducts: number;
  enterprise: number;
  cooperative: number;
  cooperative_group: number;
  household: number;
  entities: number;
  certificatesValid: number;
}

export async function provinceSummary(db: Executor, from: number, to: number, asOf: string): Promise<ProvinceSummaryRow[]> {
  return rows<ProvinceSummaryRow>(
    db,
    sql`with rec as (${recognitions({ kind: 'nation' }, to)}),
      per_product as (
        select product_id, province_code, entity_id, (array_agg(stars order by year desc, stars desc))[1] as s, min(year) as fy
        from rec group by product_id, province_code, entity_id),
      ent as (select distinct pp.province_code, pp.entity_id, e.type from per_product pp join entities e on e.id = pp.entity_id),
      ps as (
        select province_code, count(*) filter (where s = 3) as stars3, count(*) filter (where s = 4) as stars4, count(*) filter (where s = 5) as stars5,
          count(*) as products, count(*) filter (where fy between ${from} and ${to}) as "newProducts"
        from per_product group by province_code),
      es as (
        select province_code, count(*) filter (where type = 'enterprise') as enterprise, count(*) filter (where type = 'cooperative') as cooperative,
          count(*) filter (where type = 'cooperative_group') as cooperative_group, count(*) filter (where type = 'household') as household, count(*) as entities
        from ent group by province_code),
      cs as (
        select c.province_code, count(*) as n from certificates c where c.issued_on <= ${asOf} and c.valid_until >= ${asOf}
          and (c.revoked_on is null or c.revoked_on > ${asOf}) and (c.superseded_on is null or c.superseded_on > ${asOf}) group by c.province_code),
      prov as (select code, name from admin_units where structure = 'current' and level = 'province')
      select pv.code, pv.name,
        coalesce(ps.stars3, 0)::int as stars3, coalesce(ps.stars4, 0)::int as stars4, coalesce(ps.stars5, 0)::int as stars5,
        coalesce(ps.products, 0)::int as products, coalesce(ps."newProducts", 0)::int as "newProducts",
        coalesce(es.enterprise, 0)::int as enterprise, coalesce(es.cooperative, 0)::int as cooperative,
        coalesce(es.cooperative_group, 0)::int as cooperative_group, coalesce(es.household, 0)::int as household, coalesce(es.entities, 0)::int as entities,
        coalesce(cs.n, 0)::int as "certificatesValid"
      from prov pv left join ps on ps.province_code = pv.code left join es on es.province_code = pv.code left join cs on cs.province_code = pv.code
      order by pv.code`,
  );
}

/** Achievements toward targets, per year of `from` … `to`: products recognised in the year (once each, new or again) by class, entities with a product recognised. */
export interface RecognitionAchievementRow {
  year: number;
  products: number;
  products3: number;
  products4: number;
  products5: number;
  entities: number;
}

export async function recognitionAchievements(db: Executor, area: Area, from: number, to: number): Promise<RecognitionAchievementRow[]> {
  return rows<RecognitionAchievementRow>(
    db,
    sql`with rec as (${recognitions(area, to)}),
      per_year as (select product_id, entity_id, year, max(stars) as s from rec where year >= ${from} group by product_id, entity_id, year),
      a as (
        select year, count(*) as products, count(*) filter (where s = 3) as products3, count(*) filter (where s = 4) as products4,
          count(*) filter (where s = 5) as products5, count(distinct entity_id) as entities
        from per_year group by year)
      select y.y as year, coalesce(a.products, 0)::int as products, coalesce(a.products3, 0)::int as products3, coalesce(a.products4, 0)::int as products4,
        coalesce(a.products5, 0)::int as products5, coalesce(a.entities, 0)::int as entities
      from (${yearsSeries(from, to)}) y left join a on a.year = y.y order by y.y`,
  );
}
