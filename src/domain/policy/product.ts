import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Located, type ReachTable } from './scope';

/**
 * Products. Recognised products (a valid certificate of the public class) are public; their
 * business figures only where the producer publishes them; their audit follows the edit scope.
 */
export const PRODUCT_ACTIONS = ['read', 'create', 'update', 'delete', 'audit', 'figures', 'editFigures', 'selfAssess', 'feedback'] as const;
export type ProductAction = (typeof PRODUCT_ACTIONS)[number];

export interface ProductRecord extends Located {
  /** Listed in the public catalogue (recognised, see domain/certificates/eligibility). */
  public?: boolean;
  /** The producer publishes the yearly business figures. */
  figuresPublic?: boolean;
}

const REACH: ReachTable<ProductAction> = {
  admin: { read: 'all', create: 'all', update: 'all', delete: 'all', audit: 'all', figures: 'all', editFigures: 'all', selfAssess: 'all', feedback: 'all' },
  central: { read: 'all', audit: 'all', figures: 'all', feedback: 'all' },
  province: { read: 'unit', create: 'unit', update: 'unit', delete: 'unit', audit: 'unit', figures: 'unit', editFigures: 'unit', selfAssess: 'unit', feedback: 'unit' },
  district: { read: 'unit', figures: 'unit', feedback: 'unit' },
  commune: { read: 'unit', create: 'unit', update: 'unit', audit: 'unit', figures: 'unit', editFigures: 'unit', selfAssess: 'unit', feedback: 'unit' },
  // Council members see only the products of the rounds they sit on.
  council: { read: 'council' },
  producer: { read: 'own-entity', create: 'own-entity', update: 'own-entity', audit: 'own-entity', figures: 'own-entity', editFigures: 'own-entity', selfAssess: 'own-entity', feedback: 'own-entity' },
  trade: { read: 'unit', figures: 'unit' },
};

export const productPolicy = definePolicy<ProductRecord, ProductAction>({
  kind: 'product',
  actions: PRODUCT_ACTIONS,
  recordActions: ['update', 'delete', 'audit', 'figures', 'editFigures', 'selfAssess', 'feedback'],
  scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
  may: (actor, action, record) => {
    if (action === 'read' && record.public) return true;
    if (action === 'figures' && record.public && record.figuresPublic) return true;
    return !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record);
  },
  inJurisdiction: (actor, record) => !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.read), record),
});

export const PRODUCT_REACH = REACH;
