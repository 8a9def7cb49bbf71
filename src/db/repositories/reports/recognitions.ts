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

/**
 * The recognition summary (product_recognition_years: one row per live product and year
 * recognised with 3 stars or more, kept by triggers) of the area, up to a year.
 */
function summary(area: Area, upTo: number): SQL {
  return sql`select s.* from product_recognition_years s where s.year <= ${upTo} and ${areaWhere(area, 's')}`;
}

/** SQL condition: the summary row aliased `alias` is its product's latest by the end of year `at` (one row per product). */
function latestAt(alias: string, at: number): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.year <= ${at} and (${a}.next_year is null or ${a}.next_year > ${at}))`;
}

/** One row per product recognised by the end of `at`, its class then (`stars`), first year, latest year. */
function latestBy(area: Area, at: number): SQL {
  return sql`select s.* from product_recognition_years s where ${latestAt('s', at)} and ${areaWhere(area, 's')}`;
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
    // One pass over the summary: a row per product and year with its class, first year and next
    // year. A product's latest class by a year's end is its row with year ≤ y < next year, so the
    // cumulative counts are running sums of +1 (from the row's year) and −1 (from the next one's).
    sql`with s as (${summary(area, to)}),
      per_year as (
        select year,
          count(*) filter (where year = first_year and stars = 3) as new3, count(*) filter (where year = first_year and stars = 4) as new4,
          count(*) filter (where year = first_year and stars = 5) as new5, count(*) filter (where year = first_year) as "newTotal",
          sum(recognitions) as recognitions, count(*) filter (where year > first_year) as again
        from s where year >= ${from} group by year),
      ev as (select y, st, sum(d) as d from (select year as y, stars as st, 1 as d from s union all select next_year, stars, -1 from s where next_year <= ${to}) e group by y, st)
      select y.y as year,
        coalesce(p.new3, 0)::int as new3, coalesce(p.new4, 0)::int as new4, coalesce(p.new5, 0)::int as new5, coalesce(p."newTotal", 0)::int as "newTotal",
        coalesce(p.recognitions, 0)::int as recognitions, coalesce(p.again, 0)::int as again,
        (select coalesce(sum(ev.d), 0) from ev where ev.y <= y.y and ev.st = 3)::int as cum3,
        (select coalesce(sum(ev.d), 0) from ev where ev.y <= y.y and ev.st = 4)::int as cum4,
        (select coalesce(sum(ev.d), 0) from ev where ev.y <= y.y and ev.st = 5)::int as cum5,
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

/**
 * The products recognised in `from` … `to` (once each), with their latest class by `to` and the
 * years recognised, in order of first year and name: the first `limit` of them (all with null).
 * A product was recognised in the period when its latest row by `to` lies in it.
 */
export async function recognisedProducts(db: Executor, area: Area, from: number, to: number, limit: number | null): Promise<RecognisedProductRow[]> {
  return rows<RecognisedProductRow>(
    db,
    sql`with l as (
        select l.product_id, l.stars, l.first_year, p.name, p.entity_id, p.unit_structure, p.unit_code, p.sort_key
        from (${latestBy(area, to)}) l join products p on p.id = l.product_id
        where l.year >= ${from}
        order by l.first_year, p.sort_key ${limit === null ? sql`` : sql`limit ${limit}`})
      select l.product_id as id, l.name, e.name as "entityName", e.type as "entityType",
        (select u.name from admin_units u where u.structure = l.unit_structure and u.code = l.unit_code) as "unitName",
        l.stars::int as stars, l.first_year::int as "firstYear",
        (select string_agg(y.year::text, ', ' order by y.year) from product_recognition_years y
          where y.product_id = l.product_id and y.year between ${from} and ${to}) as years
      from l join entities e on e.id = l.entity_id
      order by l.first_year, l.sort_key`,
  );
}

/** How many products were recognised in `from` … `to` (the length of the full product list). */
export async function recognisedProductCount(db: Executor, area: Area, from: number, to: number): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`select count(*)::int as n from (${latestBy(area, to)}) l where l.year >= ${from}`);
  return r.n;
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
    sql`with l as (${latestBy(area, to)}),
      ent as (select l.entity_id, min(l.first_year) as fy, count(*) as n from l group by l.entity_id)
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

/** Entities with products recognised by `to`, in order of first year and name: the first `limit` (all with null). */
export async function recognisedEntities(db: Executor, area: Area, to: number, limit: number | null): Promise<RecognisedEntityRow[]> {
  return rows<RecognisedEntityRow>(
    db,
    sql`with ent as (select l.entity_id, count(*) as products, min(l.first_year) as fy from (${latestBy(area, to)}) l group by l.entity_id),
      top as (
        select e.id, e.name, e.type, e.unit_structure, e.unit_code, e.sort_key, ent.products, ent.fy
        from ent join entities e on e.id = ent.entity_id
        order by ent.fy, e.sort_key ${limit === null ? sql`` : sql`limit ${limit}`})
      select t.id, t.name, t.type,
        (select u.name from admin_units u where u.structure = t.unit_structure and u.code = t.unit_code) as "unitName",
        t.products::int as products, t.fy::int as "firstYear"
      from top t order by t.fy, t.sort_key`,
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
    // one summary row per product: its latest by `to` (class, in the period or not), or by the end
    // of the previous period (recognised in it); a product's place is its own
    sql`with l as (
        select s.*, ${latestAt('s', to)} as latest, (s.year >= ${previousFrom} and ${latestAt('s', from - 1)}) as prev
        from product_recognition_years s
        where s.year <= ${to} and ${areaWhere(area, 's')} and (${latestAt('s', to)} or (s.year >= ${previousFrom} and ${latestAt('s', from - 1)}))),
      per_place as (
        select ${breakdown.key('l')} as place, count(*) filter (where latest and year >= ${from}) as products, count(*) filter (where prev) as "productsPrevious",
          count(*) filter (where latest) as cumulative, count(*) filter (where latest and stars = 3) as stars3,
          count(*) filter (where latest and stars = 4) as stars4, count(*) filter (where latest and stars = 5) as stars5
        from l group by 1),
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
    sql`with per_product as (select l.province_code, l.entity_id, l.stars as s, l.first_year as fy from (${latestBy({ kind: 'nation' }, to)}) l),
      ent as (select pe.province_code, e.type from (select distinct province_code, entity_id from per_product) pe join entities e on e.id = pe.entity_id),
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
    sql`with a as (
        select year, count(*) as products, count(*) filter (where stars = 3) as products3, count(*) filter (where stars = 4) as products4,
          count(*) filter (where stars = 5) as products5, count(distinct entity_id) as entities
        from (${summary(area, to)}) s where s.year >= ${from} group by year)
      select y.y as year, coalesce(a.products, 0)::int as products, coalesce(a.products3, 0)::int as products3, coalesce(a.products4, 0)::int as products4,
        coalesce(a.products5, 0)::int as products5, coalesce(a.entities, 0)::int as entities
      from (${yearsSeries(from, to)}) y left join a on a.year = y.y order by y.y`,
  );
}
