import type { Db } from '../db/client';
import { registryCounts } from '../db/repositories/dashboard.repository';
import { findUnit } from '../db/repositories/units.repository';
import { scopeOf, unitScope, type Actor } from '../domain/policy';

/** Counts for the signed-in user's home page, computed from the records in their scope. */
export async function dashboard(db: Db, actor: Actor) {
  const counts = await registryCounts(db, scopeOf(actor, 'read', 'entity'), scopeOf(actor, 'read', 'product'));
  const productsByStars: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, unrated: 0 };
  let products = 0;
  for (const row of counts.byStars) {
    productsByStars[row.stars === null ? 'unrated' : String(row.stars)] += row.n;
    products += row.n;
  }
  const scope = scopeOf(actor, 'read', 'product').kind === 'entity' ? { kind: 'entity' as const } : unitScope(actor);
  const unit = actor.unitCode === 'VN' ? null : await findUnit(db, actor.unitStructure, actor.unitCode);
  return {
    scope: { kind: scope.kind, unitCode: actor.unitCode, unitName: unit?.name ?? null },
    entities: counts.entityCount,
    products,
    recognised: productsByStars['3'] + productsByStars['4'] + productsByStars['5'],
    productsByStars,
    productsByGroup: counts.byGroup.map((g) => ({ code: g.code, count: g.n })),
    entitiesByType: counts.byType.map((t) => ({ type: t.type, count: t.n })),
    womanLedEntities: counts.womanLed,
  };
}
