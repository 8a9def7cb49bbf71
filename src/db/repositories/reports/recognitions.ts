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

/** Each product's first recognition year and class (the highest class given that year). */
const FIRSTS = sql`firsts as (
    select product_id, min(year) as fy from rec group by product_id),
  first_star as (
    select f.product_id, f.fy, max(r.stars) as s from firsts f join rec r on r.product_id = f.product_id and r.year = f.fy group by f.product_id, f.fy)`;

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
    sql`with rec as (${recognitions(area, to)}), ${FIRSTS},
      latest as (
        select y.y, z.s from (${yearsSeries(from, to)}) y
        cross join lateral (
          select distinct on (r.product_id) r.product_id, r.stars as s from rec r where r.year <= y.y order by r.product_id, r.year desc, r.stars desc
        ) z)
      select y.y as year,
        (select count(*) from first_star where fy = y.y and s = 3)::int as new3,
        (select count(*) from first_star where fy = y.y and s = 4)::int as new4,
        (select count(*) from first_star where fy = y.y and s = 5)::int as new5,
        (select count(*) from first_star where fy = y.y)::int as "newTotal",
        (select count(*) from rec where year = y.y)::int as recognitions,
        (select count(distinct r.product_id) from rec r join firsts f on f.product_id = r.product_id where r.year = y.y and f.fy < y.y)::int as again,
        (select count(*) from latest l where l.y = y.y and l.s = 3)::int as cum3,
        (select count(*) from latest l where l.y = y.y and l.s = 4)::int as cum4,
        (select count(*) from latest l where l.y = y.y and l.s = 5)::int as cum5,
        (select count(*) from latest l where l.y = y.y)::int as "cumTotal"
      from (${yearsSeries(from, to)}) y order by y.y`,
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
    sql`with rec as (${recognitions(area, to)})
      select p.id, p.name, e.name as "entityName", e.type as "entityType",
        (select u.name from admin_units u where u.structure = p.unit_structure and u.code = p.unit_code) as "unitName",
        (select r.stars from rec r where r.product_id = p.id order by r.year desc, r.stars desc limit 1)::int as stars,
        (select min(r.year) from rec r where r.product_id = p.id)::int as "firstYear",
        (select string_agg(distinct r.year::text, ', ') from rec r where r.product_id = p.id and r.year between ${from} and ${to}) as years
      from products p join entities e on e.id = p.entity_id
      where p.id in (select product_id from rec where year between ${from} and ${to})
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
    sql`with rec as (select *, ${breakdown.key('rr')} as place from (${recognitions(area, to)}) rr),
      per_product as (
        select distinct on (product_id) product_id, place, stars as s from rec order by product_id, year desc, stars desc),
      places as (${breakdown.places})
      select pl.code, pl.name,
        (select count(distinct r.product_id) from rec r where r.place = pl.code and r.year between ${from} and ${to})::int as products,
        (select count(distinct r.product_id) from rec r where r.place = pl.code and r.year between ${previousFrom} and ${from - 1})::int as "productsPrevious",
        (select count(*) from per_product pp where pp.place = pl.code)::int as cumulative,
        (select count(*) from per_product pp where pp.place = pl.code and pp.s = 3)::int as stars3,
        (select count(*) from per_product pp where pp.place = pl.code and pp.s = 4)::int as stars4,
        (select count(*) from per_product pp where pp.place = pl.code and pp.s = 5)::int as stars5
      from places pl order by pl.code`,
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
      per_product as (select distinct on (product_id) product_id, province_code, entity_id, stars as s from rec order by product_id, year desc, stars desc),
      firsts as (select product_id, min(year) as fy from rec group by product_id),
      ent as (select distinct pp.province_code, pp.entity_id, e.type from per_product pp join entities e on e.id = pp.entity_id),
      prov as (select code, name from admin_units where structure = 'current' and level = 'province')
      select pv.code, pv.name,
        (select count(*) from per_product pp where pp.province_code = pv.code and pp.s = 3)::int as stars3,
        (select count(*) from per_product pp where pp.province_code = pv.code and pp.s = 4)::int as stars4,
        (select count(*) from per_product pp where pp.province_code = pv.code and pp.s = 5)::int as stars5,
        (select count(*) from per_product pp where pp.province_code = pv.code)::int as products,
        (select count(*) from per_product pp join firsts f on f.product_id = pp.product_id where pp.province_code = pv.code and f.fy between ${from} and ${to})::int as "newProducts",
        (select count(*) from ent where ent.province_code = pv.code and ent.type = 'enterprise')::int as enterprise,
        (select count(*) from ent where ent.province_code = pv.code and ent.type = 'cooperative')::int as cooperative,
        (select count(*) from ent where ent.province_code = pv.code and ent.type = 'cooperative_group')::int as cooperative_group,
        (select count(*) from ent where ent.province_code = pv.code and ent.type = 'household')::int as household,
        (select count(*) from ent where ent.province_code = pv.code)::int as entities,
        (select count(*) from certificates c where c.province_code = pv.code and c.issued_on <= ${asOf} and c.valid_until >= ${asOf}
           and (c.revoked_on is null or c.revoked_on > ${asOf}) and (c.superseded_on is null or c.superseded_on > ${asOf}))::int as "certificatesValid"
      from prov pv order by pv.code`,
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
      per_year as (select product_id, entity_id, year, max(stars) as s from rec where year >= ${from} group by product_id, entity_id, year)
      select y.y as year,
        (select count(*) from per_year p where p.year = y.y)::int as products,
        (select count(*) from per_year p where p.year = y.y and p.s = 3)::int as products3,
        (select count(*) from per_year p where p.year = y.y and p.s = 4)::int as products4,
        (select count(*) from per_year p where p.year = y.y and p.s = 5)::int as products5,
        (select count(distinct p.entity_id) from per_year p where p.year = y.y)::int as entities
      from (${yearsSeries(from, to)}) y order by y.y`,
  );
}
