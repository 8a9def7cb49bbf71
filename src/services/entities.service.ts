import type { Db } from '../db/client';
import * as repo from '../db/repositories/entities.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors';
import { actionsOn, authorize, authorizeMove, may, mayAnywhere, scopeOf, type Actor, type Located, type UnitStructure } from '../domain/policy';
import type { EntityCreateInput, EntityPatchInput, EntityType } from '../domain/entities/entity.schema';
import type { z } from 'zod';
import type { Entity, entityListQuery } from '../contracts/entities';
import { taxCodeProblem } from '../domain/entities/tax-code';
import { searchDocument, searchKey, vietnameseSortKey } from '../domain/text/normalize';
import { producerNameKey } from '../domain/products/search-text';
import { audit, diff, timeline, type AuditActor } from './audit.service';
import { currentCommuneLocation } from './locations.service';

export const ENTITY_AUDIT_FIELDS = [
  'type', 'legalForm', 'name', 'taxCode', 'representative', 'address', 'unitStructure', 'unitCode', 'foundedYear',
  'members', 'employees', 'womanLed', 'ethnicMinorityLed', 'certifications', 'phone', 'email', 'website',
];

type EntityView = NonNullable<Awaited<ReturnType<typeof repo.getEntity>>>;

export function presentEntity(v: EntityView, actor: Actor | null): Entity {
  const e = v.entity;
  return {
    id: e.id,
    version: e.version,
    type: e.type as EntityType,
    legalForm: e.legalForm,
    name: e.name,
    taxCode: e.taxCode,
    representative: e.representative,
    address: e.address,
    unitStructure: e.unitStructure as UnitStructure,
    unitCode: e.unitCode,
    unitName: v.unitName,
    provinceCode: e.provinceCode,
    provinceName: v.provinceName,
    foundedYear: e.foundedYear,
    members: e.members,
    employees: e.employees,
    womanLed: e.womanLed,
    ethnicMinorityLed: e.ethnicMinorityLed,
    certifications: e.certifications,
    phone: e.phone,
    email: e.email,
    website: e.website,
    productCount: v.productCount,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    actions: actionsOn(actor, 'entity', locatedOfEntity(e)),
  };
}
export type EntityDto = Entity;

/** Where an entity sits, for jurisdiction checks (its products inherit this location). */
export function locatedOfEntity(e: repo.EntityRow): Located {
  return { unitStructure: e.unitStructure as Located['unitStructure'], unitCode: e.unitCode, provinceCode: e.provinceCode, districtCode: e.districtCode, entityId: e.id };
}

function checkTaxCode(taxCode: string | null, type: string): void {
  if (!taxCode) return;
  const problem = taxCodeProblem(taxCode, type);
  if (problem) throw new ValidationError([{ path: 'taxCode', code: `errors.taxCode.${problem}` }]);
}

async function ensureTaxCodeFree(db: Db, taxCode: string | null, selfId?: string): Promise<void> {
  if (!taxCode) return;
  const existing = await repo.findByTaxCode(db, taxCode);
  if (existing && existing.id !== selfId) throw new ConflictError('errors.conflict.taxCode', { taxCode });
}

export type EntityListParams = z.output<typeof entityListQuery>;

export async function listEntities(db: Db, actor: Actor, params: EntityListParams) {
  const scope = scopeOf(actor, 'read', 'entity');
  const { rows, total } = await repo.listEntities(db, { ...params, q: params.q ? searchKey(params.q) : undefined, scope });
  return { items: rows.map((r) => presentEntity(r, actor)), total };
}

/** Loads an entity the actor may act on, or 404 (also when it exists outside their scope). */
async function loadInScope(db: Db, actor: Actor, id: string, action: 'read' | 'update' | 'delete' | 'audit'): Promise<EntityView> {
  const view = await repo.getEntity(db, id);
  if (!view) throw new NotFoundError('entity');
  authorize(actor, action, 'entity', locatedOfEntity(view.entity));
  return view;
}

export async function getEntity(db: Db, actor: Actor, id: string): Promise<EntityDto> {
  return presentEntity(await loadInScope(db, actor, id, 'read'), actor);
}

export async function createEntity(db: Db, actor: Actor, who: AuditActor, input: EntityCreateInput): Promise<EntityDto> {
  if (!mayAnywhere(actor, 'create', 'entity')) throw new ForbiddenError();
  checkTaxCode(input.taxCode, input.type);
  const location = await currentCommuneLocation(db, input.unitCode);
  if (!may(actor, 'create', 'entity', { ...location, entityId: null })) {
    throw new ValidationError([{ path: 'unitCode', code: 'errors.unit.outOfScope' }]);
  }
  await ensureTaxCodeFree(db, input.taxCode);
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertEntity(tx, {
      ...input,
      ...location,
      searchText: searchDocument(input.name, input.taxCode, input.representative),
      sortKey: vietnameseSortKey(input.name),
    });
    await audit(tx, who, 'create', 'entity', row.id, diff(null, row, ENTITY_AUDIT_FIELDS));
    return row.id;
  });
  return presentEntity((await repo.getEntity(db, id))!, actor);
}

export async function updateEntity(db: Db, actor: Actor, who: AuditActor, id: string, input: EntityPatchInput): Promise<EntityDto> {
  const view = await loadInScope(db, actor, id, 'update');
  const before = view.entity;
  const { version, unitCode, ...fields } = input;
  const type = fields.type ?? before.type;
  const taxCode = fields.taxCode !== undefined ? fields.taxCode : before.taxCode;
  if (fields.taxCode !== undefined || fields.type !== undefined) checkTaxCode(taxCode, type);
  let location = {};
  if (unitCode && unitCode !== before.unitCode) {
    const next = await currentCommuneLocation(db, unitCode);
    authorizeMove(actor, 'entity', locatedOfEntity(before), { ...next, entityId: id });
    location = next;
  }
  await ensureTaxCodeFree(db, taxCode, id);
  await db.transaction(async (tx) => {
    const name = fields.name ?? before.name;
    const after = await repo.updateEntity(tx, id, version, {
      ...fields,
      ...location,
      searchText: searchDocument(name, taxCode, fields.representative ?? before.representative),
      sortKey: vietnameseSortKey(name),
    });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: version });
    if (fields.name && fields.name !== before.name) await repo.refreshProductSearchText(tx, id, producerNameKey(fields.name));
    await audit(tx, who, 'update', 'entity', id, diff(before, after, ENTITY_AUDIT_FIELDS));
  });
  return presentEntity((await repo.getEntity(db, id))!, actor);
}

export async function deleteEntity(db: Db, actor: Actor, who: AuditActor, id: string, version: number): Promise<void> {
  const view = await loadInScope(db, actor, id, 'delete');
  const products = await repo.countLiveProducts(db, id);
  if (products > 0) throw new ConflictError('errors.conflict.hasProducts', { count: products });
  await db.transaction(async (tx) => {
    const row = await repo.updateEntity(tx, id, version, { deletedAt: new Date() });
    if (!row) throw new ConflictError('errors.conflict.stale', { current: view.entity.version, sent: version });
    await audit(tx, who, 'delete', 'entity', id, diff(view.entity, null, ['name', 'taxCode']));
  });
}

export async function entityTimeline(db: Db, actor: Actor, id: string) {
  await loadInScope(db, actor, id, 'audit');
  return timeline(db, 'entity', id);
}
