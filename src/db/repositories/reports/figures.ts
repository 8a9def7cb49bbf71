import { sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { rows } from './area';

export interface FigureYearRow {
  year: number;
  revenue: number;
  cost: number;
  profit: number;
}

/** Yearly business figures (VND) of one product, or summed over an entity's live products. */
export async function figuresByYear(db: Executor, subject: { productId: string } | { entityId: string }): Promise<FigureYearRow[]> {
  const which = 'productId' in subject
    ? sql`f.product_id = ${subject.productId}`
    : sql`f.product_id in (select p.id from products p where p.entity_id = ${subject.entityId} and p.deleted_at is null)`;
  return rows<FigureYearRow>(
    db,
    sql`select f.year, sum(f.revenue_vnd)::float8 as revenue, sum(f.cost_vnd)::float8 as cost, sum(f.profit_vnd)::float8 as profit
      from business_figures f where ${which} group by f.year order by f.year`,
  );
}

/** The year a product (or the entity's first product) was first recognised: when it joined OCOP. */
export async function joinedYear(db: Executor, subject: { productId: string } | { entityId: string }): Promise<number | null> {
  const which = 'productId' in subject
    ? sql`r.product_id = ${subject.productId}`
    : sql`r.product_id in (select p.id from products p where p.entity_id = ${subject.entityId} and p.deleted_at is null)`;
  const [row] = await rows<{ year: number | null }>(db, sql`select min(r.year)::int as year from product_star_records r where r.stars >= 3 and ${which}`);
  return row?.year ?? null;
}
