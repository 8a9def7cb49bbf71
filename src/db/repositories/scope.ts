import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '../../domain/policy';
import { products } from '../schema';

interface LocatedColumns {
  unitStructure: AnyPgColumn;
  unitCode: AnyPgColumn;
  provinceCode: AnyPgColumn;
  districtCode: AnyPgColumn;
  /** The owning entity, on tables whose records belong to one (the `entity` scope). */
  entityId?: AnyPgColumn;
  /** The owning account, on tables whose records belong to one (the `user` scope). */
  ownerUserId?: AnyPgColumn;
}

/** Turns a jurisdiction scope (decided in domain/policy) into a SQL condition. */
export function scopeWhere(scope: Scope, cols: LocatedColumns): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'none':
      return sql`false`;
    case 'province':
      return eq(cols.provinceCode, scope.provinceCode);
    case 'district':
      return scope.legacyOnly ? and(eq(cols.districtCode, scope.districtCode), eq(cols.unitStructure, 'legacy')) : eq(cols.districtCode, scope.districtCode);
    case 'commune':
      return and(eq(cols.unitStructure, scope.unitStructure), eq(cols.unitCode, scope.unitCode));
    case 'entity':
      return cols.entityId ? eq(cols.entityId, scope.entityId) : sql`false`;
    case 'council':
      return councilWhere(scope.userId, cols);
    case 'user':
      return cols.ownerUserId ? eq(cols.ownerUserId, scope.userId) : sql`false`;
  }
}

/**
 * Council members see the products of the rounds they sit on: a membership subquery on
 * evaluation_round_members × evaluation_round_products. Only product records carry this
 * scope (domain/policy); on any other table it matches nothing.
 */
function councilWhere(userId: string, cols: LocatedColumns): SQL {
  if ((cols.unitCode as { table?: unknown }).table !== products) return sql`false`;
  return sql`${products.id} in (select rp.product_id from evaluation_round_products rp
    join evaluation_round_members m on m.round_id = rp.round_id where m.user_id = ${userId})`;
}

/** `unit` filter: a 2-digit province, a 3-digit legacy district or a 5-digit current commune. */
export function unitFilterWhere(unit: string | undefined, cols: LocatedColumns): SQL | undefined {
  if (!unit) return undefined;
  if (unit.length <= 2) return eq(cols.provinceCode, unit);
  if (unit.length === 3) return eq(cols.districtCode, unit);
  return and(eq(cols.unitStructure, 'current'), eq(cols.unitCode, unit));
}
