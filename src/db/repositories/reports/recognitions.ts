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

interface StarYearDelta {
  year: number;
  new3: number;
  new4: number;
  new5: number;
  newTotal: number;
  recognitions: number;
  again: number;
  d3: number;
  d4: number;
  d5: number;
}

/** Products by year × star class, new and cumulative, for the years `from` … `to`. */
export async function productsByStarYear(db: Executor, area: Area, from: number, to: number): Promise<StarYearRow[]> {
  // One pass over the summary: a row per product and year with its class, first year and next
  // year. A product's latest class by a year's end is its row with year ≤ y < next year, so the
  // cumulative counts are running sums of +1 (from the row's year) and −1 (from the next one's):
  // each row is an event in its year and, when recognised again by `to`, one in its next year.
  const deltas = await rows<StarYearDelta>(
    db,
    sql`select e.y as year,
        count(*) filter (where e.d = 1 and s.year = s.first_year and s.stars = 3)::int as new3,
        count(*) filter (where e.d = 1 and s.year = s.first_year and s.stars = 4)::int as new4,
        count(*) filter (where e.d = 1 and s.year = s.first_year and s.stars = 5)::int as new5,
        count(*) filter (where e.d = 1 and s.year = s.first_year)::int as "newTotal",
        coalesce(sum(s.recognitions) filter (where e.d = 1), 0)::int as recognitions,
        count(*) filter (where e.d = 1 and s.year > s.first_year)::int as again,
        coalesce(sum(e.d) filter (where s.stars = 3), 0)::int as d3, coalesce(sum(e.d) filter (where s.stars = 4), 0)::int as d4,
        coalesce(sum(e.d) filter (where s.stars = 5), 0)::int as d5
      from product_recognition_years s cross join lateral (values (s.year, 1), (s.next_year, -1)) e(y, d)
      where s.year <= ${to} and ${areaWhere(area, 's')} and e.y <= ${to}
      group by e.y order by e.y`,
  );
  const byYear = new Map(deltas.map((d) => [d.year, d]));
  const cum = { cum3: 0, cum4: 0, cum5: 0 };
  for (const d of deltas) {
    if (d.year >= from) break;
    cum.cum3 += d.d3;
    cum.cum4 += d.d4;
    cum.cum5 += d.d5;
  }
  const out: StarYearRow[] = [];
  for (let year = from; year <= to; year++) {
    const d = byYear.get(year);
    if (d) {
      cum.cum3 += d.d3;
      cum.cum4 += d.d4;
      cum.cum5 += d.d5;
    }
    out.push({
      year, new3: d?.new3 ?? 0, new4: d?.new4 ?? 0, new5: d?.new5 ?? 0, newTotal: d?.newTotal ?? 0, recognitions: d?.recognitions ?? 0, again: d?.again ?? 0,
      ...cum, cumTotal: cum.cum3 + cum.cum4 + cum.cum5,
    });
  }
  return out;
}

/**
 * Joins the product (or entity) of the summary rows aliased `alias`. For a cut list, one lookup
 * by primary key per candidate (`lateral … offset 0`): as a plain join, the planner cannot know
 * how few candidates the cut leaves (a parameter of the same statement) and hashed every
 * product of the nation (200,000 rows, most of the list's time) to join 12,000 of them. The
 * whole list (spreadsheets) joins every row: there the plain join is the right plan.
 */
function joinProduct(alias: string, cut: boolean): SQL {
  const a = sql.raw(alias);
  return cut
    ? sql`cross join lateral (select p.name, p.entity_id, p.unit_structure, p.unit_code, p.sort_key from products p where p.id = ${a}.product_id offset 0) p`
    : sql`join products p on p.id = ${a}.product_id`;
}

function joinEntity(alias: string, cut: boolean): SQL {
  const a = sql.raw(alias);
  return cut
    ? sql`cross join lateral (select e.id, e.name, e.type, e.unit_structure, e.unit_code, e.sort_key from entities e where e.id = ${a}.entity_id offset 0) e`
    : sql`join entities e on e.id = ${a}.entity_id`;
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
 * years recognised, in order of first year and name: the first `limit` of them (all with null),
 * and how many there are. A product was recognised in the period when its latest row by `to`
 * lies in it. Only the first years that the first `limit` products need are joined with the
 * products for their names (see `joinProduct`).
 */
export async function recognisedProducts(db: Executor, area: Area, from: number, to: number, limit: number | null): Promise<{ rows: RecognisedProductRow[]; total: number }> {
  const list = await rows<RecognisedProductRow & { total: number }>(
    db,
    sql`with l as materialized (
        select s.product_id, s.stars, s.first_year from product_recognition_years s
        where ${latestAt('s', to)} and s.year >= ${from} and ${areaWhere(area, 's')}),
      fy as (select first_year, count(*) as n, sum(count(*)) over (order by first_year) as running from l group by first_year),
      cut as (select coalesce(${limit === null ? sql`null` : sql`(select min(first_year) from fy where running >= ${limit})`}, (select max(first_year) from fy)) as y),
      top as (
        select l.product_id, l.stars, l.first_year, p.name, p.entity_id, p.unit_structure, p.unit_code, p.sort_key
        from l ${joinProduct('l', limit !== null)}
        where l.first_year <= (select y from cut)
        order by l.first_year, p.sort_key ${limit === null ? sql`` : sql`limit ${limit}`})
      select l.product_id as id, l.name, e.name as "entityName", e.type as "entityType",
        (select u.name from admin_units u where u.structure = l.unit_structure and u.code = l.unit_code) as "unitName",
        l.stars::int as stars, l.first_year::int as "firstYear",
        (select string_agg(y.year::text, ', ' order by y.year) from product_recognition_years y
          where y.product_id = l.product_id and y.year between ${from} and ${to}) as years,
        (select coalesce(sum(n), 0) from fy)::int as total
      from top l join entities e on e.id = l.entity_id
      order by l.first_year, l.sort_key`,
  );
  return { rows: list.map(({ total: _total, ...row }) => row), total: list[0]?.total ?? 0 };
}

export interface EntityTypeRow {
  type: string;
  newEntities: number;
  newEntitiesPrevious: number;
  entities: number;
  products: number;
}

export interface RecognisedEntityRow {
  id: string;
  name: string;
  type: string;
  unitName: string | null;
  products: number;
  firstYear: number;
}

/**
 * Entities with products recognised by `to`: by type (new in the period — their first product
 * recognised in it —, new in the previous period, cumulative with their recognised products),
 * and listed in order of first year and name, the first `limit` (all with null). One pass over
 * the summary grouped per entity serves both; only the first years the first `limit` entities
 * need are looked up for their names.
 */
export async function recognisedEntities(db: Executor, area: Area, from: number, to: number, previousFrom: number, limit: number | null): Promise<{ byType: EntityTypeRow[]; rows: RecognisedEntityRow[] }> {
  const list = await rows<RecognisedEntityRow & { byType: EntityTypeRow[] | string | null }>(
    db,
    sql`with ent as materialized (
        select s.entity_id, s.entity_type as type, count(*) as products, min(s.first_year) as fy from product_recognition_years s
        where ${latestAt('s', to)} and ${areaWhere(area, 's')} group by s.entity_id, s.entity_type),
      bt as (
        select ent.type,
          count(*) filter (where ent.fy between ${from} and ${to})::int as "newEntities",
          count(*) filter (where ent.fy between ${previousFrom} and ${from - 1})::int as "newEntitiesPrevious",
          count(*)::int as entities, coalesce(sum(ent.products), 0)::int as products
        from ent group by ent.type),
      fy as (select fy, sum(count(*)) over (order by fy) as running from ent group by fy),
      cut as (select coalesce(${limit === null ? sql`null` : sql`(select min(fy) from fy where running >= ${limit})`}, (select max(fy) from fy)) as y),
      top as (
        select e.id, e.name, e.type, e.unit_structure, e.unit_code, e.sort_key, ent.products, ent.fy
        from ent ${joinEntity('ent', limit !== null)}
        where ent.fy <= (select y from cut)
        order by ent.fy, e.sort_key ${limit === null ? sql`` : sql`limit ${limit}`})
      select t.id, t.name, t.type,
        (select u.name from admin_units u where u.structure = t.unit_structure and u.code = t.unit_code) as "unitName",
        t.products::int as products, t.fy::int as "firstYear",
        (select json_agg(bt) from bt) as "byType"
      from top t order by t.fy, t.sort_key`,
  );
  // no entity recognised by `to`: no row, and no type with any (the previous period's lie within `to`)
  const raw = list[0]?.byType ?? [];
  const byType = (typeof raw === 'string' ? JSON.parse(raw) : raw) as EntityTypeRow[];
  return { byType, rows: list.map(({ byType: _byType, ...row }) => row) };
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
    sql`with per_product as (select l.province_code, l.entity_id, l.entity_type, l.stars as s, l.first_year as fy from (${latestBy({ kind: 'nation' }, to)}) l),
      ent as (select distinct province_code, entity_id, entity_type as type from per_product),
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
          count(*) filter (where stars = 5) as products5
        from (${summary(area, to)}) s where s.year >= ${from} group by year),
      -- entities with a product recognised in the year: for the nation in the order of
      -- product_recognition_years_year_entity_idx (an index-only scan, no hash of 240,000 pairs)
      ea as (select s.year, count(distinct s.entity_id) as entities from (${summary(area, to)}) s where s.year >= ${from} group by s.year)
      select y.y as year, coalesce(a.products, 0)::int as products, coalesce(a.products3, 0)::int as products3, coalesce(a.products4, 0)::int as products4,
        coalesce(a.products5, 0)::int as products5, coalesce(ea.entities, 0)::int as entities
      from (${yearsSeries(from, to)}) y left join a on a.year = y.y left join ea on ea.year = y.y order by y.y`,
  );
}
