import { availableActions } from '../cycle/state-machine';
import { machineOf, type WorkflowKind } from '../cycle/workflow';
import { ideaRoles } from '../cycle/idea.machine';
import { dossierRoles } from '../cycle/dossier.machine';
import type { Procedure } from '../cycle/procedure';
import type { Role } from '../users/roles';
import { definePolicy } from './policy';
import { inScope, NO_SCOPE, unitScope, type Actor, type Located, type Scope } from './scope';
import { isAdmin, isOfficer } from './roles';

/**
 * Items of the annual cycle (ideas, business plans, evaluation dossiers). Their state
 * machines (domain/cycle/*.machine.ts) say which role takes which transition; this policy
 * adds jurisdiction and the filer rule, and decides who may see, file and edit them.
 */
export const CYCLE_ITEM_ACTIONS = ['read', 'create', 'edit', 'followUp', 'lookAlikes'] as const;
export type CycleItemAction = (typeof CYCLE_ITEM_ACTIONS)[number];

export interface CycleItemRecord extends Located {
  kind: WorkflowKind;
  procedure: Procedure;
  /** Status of an existing item; absent when deciding on filing a new one. */
  status?: string;
  /** Role of the account that created the item (the producer, or an officer on its behalf). */
  filedByRole?: string | null;
}

/**
 * Which cycle items an actor may see: officers their unit's subtree (a commune officer the
 * commune, provincial staff the province, a legacy district officer the items its district
 * handled before the reform, central and admin everything), producers their own entity's
 * items. Council members, trade-promotion officers and buyers take no part in steps 2–5.
 */
export function cycleItemScope(actor: Actor): Scope {
  switch (actor.role) {
    case 'district':
      return actor.districtCode ? { kind: 'district', districtCode: actor.districtCode, legacyOnly: true } : NO_SCOPE;
    case 'producer':
      return actor.entityId ? { kind: 'entity', entityId: actor.entityId } : NO_SCOPE;
    case 'council':
    case 'trade':
    case 'buyer':
      return NO_SCOPE;
    default:
      return unitScope(actor);
  }
}

/** The roles that may file an item of a kind under a procedure (the producer, or an officer on its behalf). */
export function filerRoles(kind: WorkflowKind, procedure: Procedure): readonly Role[] {
  return kind === 'dossier' ? dossierRoles(procedure).filer : ideaRoles(procedure).filer;
}

/**
 * A draft is filed by the side that wrote it: a producer's own draft by the producer, a draft
 * written by an officer on a producer's behalf by the officers (admin may always).
 */
function filerSide(item: CycleItemRecord, actor: Actor): boolean {
  return isAdmin(actor) || isOfficer(item.filedByRole) === isOfficer(actor.role);
}

/** The transitions the actor may take on the item now (the buttons to show). */
export function itemTransitions(actor: Actor, item: CycleItemRecord & { status: string }): string[] {
  if (!inScope(cycleItemScope(actor), item)) return [];
  const machine = machineOf(item.kind, item.procedure);
  return availableActions(machine, item.status, actor.role).filter((a) => a !== 'submit' || filerSide(item, actor));
}

/** May the actor see cycle items at this place (a related idea, plan or product when filing)? */
export function canSeeCycleItem(actor: Actor, place: Located): boolean {
  return inScope(cycleItemScope(actor), place);
}

/** May the actor file new items of a kind at all (where: decided on the place)? */
export function mayFile(actor: Actor, kind: WorkflowKind, procedure: Procedure = 'current'): boolean {
  return filerRoles(kind, procedure).includes(actor.role) && cycleItemScope(actor).kind !== 'none';
}

/**
 * Who has a work queue of cycle items: producers and the officers of a province, legacy
 * district or commune (and admin). The central office acts on the cycle through national
 * rounds, council members and trade officers not at all.
 */
export function hasWorkQueue(actor: Actor): boolean {
  return actor.role !== 'central' && cycleItemScope(actor).kind !== 'none';
}

/** The item an accepted one leads to: an idea to its business plan, a plan to its evaluation dossier. */
export const FOLLOW_UP: Partial<Record<WorkflowKind, WorkflowKind>> = { idea: 'business-plan', 'business-plan': 'dossier' };

/**
 * Where an item is filed when the filer names no place: a producer under its own entity, a
 * commune officer in its commune; other officers must name the commune.
 */
export function defaultFilingPlace(actor: Actor): { entityId: string | null } | { unitCode: string } | null {
  if (actor.role === 'producer') return { entityId: actor.entityId };
  if (actor.role === 'commune') return { unitCode: actor.unitCode };
  return null;
}

/** Statuses in which an item's content may be written (back with its filer). */
export const EDITABLE_STATUSES: readonly string[] = ['draft', 'returned'];

export const cycleItemPolicy = definePolicy<CycleItemRecord, CycleItemAction>({
  kind: 'item',
  actions: CYCLE_ITEM_ACTIONS,
  recordActions: ['edit', 'followUp', 'lookAlikes'],
  scope: (actor, action) => (action === 'read' ? cycleItemScope(actor) : NO_SCOPE),
  may: (actor, action, item) => {
    if (!actor || !inScope(cycleItemScope(actor), item)) return false;
    if (action === 'read') return true;
    if (action === 'create') return filerRoles(item.kind, item.procedure).includes(actor.role);
    // similar ideas of other producers in the area: for the officers who appraise, not for producers
    if (action === 'lookAlikes') return actor.role !== 'producer';
    if (action === 'followUp') {
      // the next item is filed under the procedure in force now
      const next = FOLLOW_UP[item.kind];
      return !!next && item.status === 'accepted' && filerRoles(next, 'current').includes(actor.role);
    }
    // edit: the filer side, while the item is back with it
    if (!item.status || !EDITABLE_STATUSES.includes(item.status)) return false;
    const filing = availableActions(machineOf(item.kind, item.procedure), item.status, actor.role).some((a) => a === 'submit' || a === 'resubmit');
    return filing && (item.status !== 'draft' || filerSide(item, actor));
  },
});
