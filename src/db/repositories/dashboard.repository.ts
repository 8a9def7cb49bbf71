import { and, count, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { entities, products } from '../schema';
import type { Scope } from '../../domain/policy';
import { scopeWhere } from './scope';

export async function registryCounts(db: Executor, entityScope: Scope, productScope: Scope) {
  const entityWhere = and(isNull(entities.deletedAt), scopeWhere(entityScope, { ...entities, entityId: entities.id }));
  const productWhere = and(isNull(products.deletedAt), scopeWhere(productScope, products));
  const [{ n: entityCount }] = await db.select({ n: count() }).from(entities).where(entityWhere);
  const byStars = await db
    .select({ stars: products.stars, n: count() })
    .from(products)
    .where(productWhere)
    .groupBy(products.stars);
  const byGroup = await db
    .select({ code: products.groupCode, n: count() })
    .from(products)
    .where(productWhere)
    .groupBy(products.groupCode)
    .orderBy(products.groupCode);
  const byType = await db
    .select({ type: entities.type, n: count() })
    .from(entities)
    .where(entityWhere)
    .groupBy(entities.type)
    .orderBy(entities.type);
  const [{ women }] = await db
    .select({ women: sql<number>`count(*) filter (where ${entities.womanLed})::int` })
    .from(entities)
    .where(entityWhere);
  return { entityCount, byStars, byGroup, byType, womanLed: women };
}

