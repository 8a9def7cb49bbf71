import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Located, type ReachTable } from './scope';

/** Entities (OCOP producers): the registry's first kind of record. */
export const ENTITY_ACTIONS = ['read', 'create', 'update', 'delete', 'audit', 'createProduct'] as const;
export type EntityAction = (typeof ENTITY_ACTIONS)[number];

const REACH: ReachTable<EntityAction> = {
  admin: { read: 'all', create: 'all', update: 'all', delete: 'all', audit: 'all', createProduct: 'all' },
  // The central office oversees everything (reads and audits) but registers nothing.
  central: { read: 'all', audit: 'all' },
  province: { read: 'unit', create: 'unit', update: 'unit', delete: 'unit', audit: 'unit', createProduct: 'unit' },
  // Districts were abolished on 2025-07-01: their officers keep read access to their area's history.
  district: { read: 'unit' },
  commune: { read: 'unit', create: 'unit', update: 'unit', audit: 'unit', createProduct: 'unit' },
  producer: { read: 'own-entity', update: 'own-entity', audit: 'own-entity', createProduct: 'own-entity' },
  trade: { read: 'unit' },
};

/** `create` is decided on the place the new entity will sit (entityId null). */
export const entityPolicy = definePolicy<Located, EntityAction>({
  kind: 'entity',
  actions: ENTITY_ACTIONS,
  recordActions: ['update', 'delete', 'audit', 'createProduct'],
  scope: (actor, action) => scopeOfReach(actor, REACH[actor.role]?.[action]),
  may: (actor, action, record) => !!actor && inScope(scopeOfReach(actor, REACH[actor.role]?.[action]), record),
});

/** The reach table, for the rule on moving records between units (see index.ts). */
export const ENTITY_REACH = REACH;
