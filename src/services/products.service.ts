import type { Db } from '../db/client';
import * as repo from '../db/repositories/products.repository';
import { getEntity as getEntityRow } from '../db/repositories/entities.repository';
import { locatedOfEntity } from './entities.service';
import { councilUsersOfProduct } from '../db/repositories/rounds.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors';
import { can, mayEver, scopeFor, type Actor, type Located } from '../domain/jurisdiction/policy';
import type { FigureInput, ProductCreateInput, ProductPatchInput } from '../domain/products/product.schema';
import { isValidGtin } from '../domain/products/gtin';
import { productSearchText } from '../domain/products/search-text';
import { searchKey, vietnameseSortKey } from '../domain/text/normalize';
import { audit, diff, timeline, type AuditActor } from './audit.service';
import { checkClassification } from './product-groups.service';

export const PRODUCT_AUDIT_FIELDS = [
  'entityId', 'name', 'groupCode', 'subgroupCode', 'description', 'story', 'rawMaterialOrigin', 'packaging',
  'qualityStandard', 'trademark', 'gtin', 'priceVnd', 'priceUnit', 'whereToBuy', 'photos',
];
const FIGURE_AUDIT_FIELDS = ['revenueVnd', 'costVnd', 'profitVnd', 'output', 'outputUnit', 'employees'];

type ProductView = NonNullable<Awaited<ReturnType<typeof repo.getProduct>>>;
type StarRecordView = Awaited<ReturnType<typeof repo.starRecords>>[number];

export function presentProduct(v: ProductView, history: StarRecordView[] = []) {
  const p = v.product;
  return {
    id: p.id,
    version: p.version,
    entityId: p.entityId,
    entityName: v.entityName,
    name: p.name,
    groupCode: p.groupCode,
    subgroupCode: p.subgroupCode,
    description: p.description,
    story: p.story,
    rawMaterialOrigin: p.rawMaterialOrigin,
    packaging: p.packaging,
    qualityStandard: p.qualityStandard,
    trademark: p.trademark,
    gtin: p.gtin,
    priceVnd: p.priceVnd,
    priceUnit: p.priceUnit,
    whereToBuy: p.whereToBuy,
    photos: p.photos,
    stars: p.stars,
    starHistory: history.map((h) => ({ stars: h.record.stars, year: h.record.year, level: h.record.level, unitName: h.unitName, decision: h.record.decision })),
    unitStructure: p.unitStructure,
    unitCode: p.unitCode,
    unitName: v.unitName,
    provinceCode: p.provinceCode,
    provinceName: v.provinceName,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
export type ProductDto = ReturnType<typeof presentProduct>;

function locatedOf(p: repo.ProductRow): Located {
  return { unitStructure: p.unitStructure as Located['unitStructure'], unitCode: p.unitCode, provinceCode: p.provinceCode, districtCode: p.districtCode, entityId: p.entityId };
}

function isPublic(p: repo.ProductRow): boolean {
  return p.stars !== null && p.stars >= repo.PUBLIC_MIN_STARS;
}


function checkGtin(gtin: string | null | undefined): void {
  if (gtin && !isValidGtin(gtin)) throw new ValidationError([{ path: 'gtin', code: 'errors.gtin' }]);
}

export interface ProductListParams {
  q?: string;
  province?: string;
  unit?: string;
  group?: string;
  subgroup?: string;
  stars?: number[];
  entityId?: string;
  page: number;
  pageSize: number;
}

export async function listProducts(db: Db, actor: Actor | null, params: ProductListParams & { catalogue?: boolean }) {
  // The public catalogue (no session, or catalogue=true) lists recognised products everywhere.
  const scope = actor && !params.catalogue ? scopeFor(actor, 'read', 'product') : null;
  const { rows, total } = await repo.listProducts(db, { ...params, q: params.q ? searchKey(params.q) : undefined, scope });
  return { items: rows.map((r) => presentProduct(r)), total };
}

/** A product the actor may see (the public sees recognised products only); else 404. */
async function loadVisible(db: Db, actor: Actor | null, id: string): Promise<ProductView> {
  const view = await repo.getProduct(db, id);
  if (!view) throw new NotFoundError('product');
  // Recognised products are public; anything else only within the actor's jurisdiction
  // (for council members: the products of the rounds they sit on).
  const located = locatedOf(view.product);
  if (actor?.role === 'council') located.councilUserIds = await councilUsersOfProduct(db, id);
  const visible = isPublic(view.product) || (!!actor && can(actor, 'read', 'product', located));
  if (!visible) throw new NotFoundError('product');
  return view;
}

async function loadForChange(db: Db, actor: Actor, id: string, action: 'update' | 'delete'): Promise<ProductView> {
  const view = await loadVisible(db, actor, id);
  if (!can(actor, action, 'product', locatedOf(view.product))) throw new ForbiddenError();
  return view;
}

export async function getProduct(db: Db, actor: Actor | null, id: string): Promise<ProductDto> {
  const view = await loadVisible(db, actor, id);
  return presentProduct(view, await repo.starRecords(db, id));
}

export async function createProduct(db: Db, actor: Actor, who: AuditActor, input: ProductCreateInput): Promise<ProductDto> {
  if (!mayEver(actor.role, 'create', 'product')) throw new ForbiddenError();
  const entity = await getEntityRow(db, input.entityId);
  if (!entity || !can(actor, 'create', 'product', locatedOfEntity(entity.entity))) {
    throw new ValidationError([{ path: 'entityId', code: 'errors.entity.unknown' }]);
  }
  const { unitStructure, unitCode, provinceCode, districtCode } = entity.entity;
  await checkClassification(db, input.groupCode, input.subgroupCode);
  checkGtin(input.gtin);
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertProduct(tx, {
      ...input,
      unitStructure,
      unitCode,
      provinceCode,
      districtCode,
      searchText: productSearchText(input.name, entity.entity.name),
      sortKey: vietnameseSortKey(input.name),
    });
    await audit(tx, who, 'create', 'product', row.id, diff(null, row, PRODUCT_AUDIT_FIELDS));
    return row.id;
  });
  return getProduct(db, actor, id);
}

export async function updateProduct(db: Db, actor: Actor, who: AuditActor, id: string, input: ProductPatchInput): Promise<ProductDto> {
  const view = await loadForChange(db, actor, id, 'update');
  const before = view.product;
  const { version, ...fields } = input;
  if (fields.groupCode !== undefined || fields.subgroupCode !== undefined) {
    await checkClassification(db, fields.groupCode ?? before.groupCode, fields.subgroupCode ?? before.subgroupCode);
  }
  checkGtin(fields.gtin);
  const name = fields.name ?? before.name;
  await db.transaction(async (tx) => {
    const after = await repo.updateProduct(tx, id, version, {
      ...fields,
      searchText: productSearchText(name, view.entityName),
      sortKey: vietnameseSortKey(name),
    });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: version });
    await audit(tx, who, 'update', 'product', id, diff(before, after, PRODUCT_AUDIT_FIELDS));
  });
  return getProduct(db, actor, id);
}

export async function deleteProduct(db: Db, actor: Actor, who: AuditActor, id: string, version: number): Promise<void> {
  const view = await loadForChange(db, actor, id, 'delete');
  await db.transaction(async (tx) => {
    const row = await repo.updateProduct(tx, id, version, { deletedAt: new Date() });
    if (!row) throw new ConflictError('errors.conflict.stale', { current: view.product.version, sent: version });
    await audit(tx, who, 'delete', 'product', id, diff(view.product, null, ['name']));
  });
}

export async function productTimeline(db: Db, actor: Actor, id: string) {
  await loadVisible(db, actor, id);
  return timeline(db, 'product', id);
}

function presentFigure(f: Awaited<ReturnType<typeof repo.listFigures>>[number]) {
  return { year: f.year, revenueVnd: f.revenueVnd, costVnd: f.costVnd, profitVnd: f.profitVnd, output: f.output, outputUnit: f.outputUnit, employees: f.employees };
}

export async function listFigures(db: Db, actor: Actor | null, id: string) {
  await loadVisible(db, actor, id);
  return (await repo.listFigures(db, id)).map(presentFigure);
}

export async function putFigure(db: Db, actor: Actor, who: AuditActor, id: string, year: number, input: FigureInput) {
  await loadForChange(db, actor, id, 'update');
  return db.transaction(async (tx) => {
    const before = await repo.findFigure(tx, id, year);
    const row = await repo.upsertFigure(tx, { productId: id, year, ...input });
    await audit(tx, who, before ? 'figures.update' : 'figures.create', 'product', id, diff(before ?? null, row, FIGURE_AUDIT_FIELDS), String(year));
    return presentFigure(row);
  });
}

export async function deleteFigure(db: Db, actor: Actor, who: AuditActor, id: string, year: number): Promise<void> {
  await loadForChange(db, actor, id, 'update');
  await db.transaction(async (tx) => {
    const row = await repo.deleteFigure(tx, id, year);
    if (!row) throw new NotFoundError('figure');
    await audit(tx, who, 'figures.delete', 'product', id, diff(row, null, FIGURE_AUDIT_FIELDS), String(year));
  });
}
