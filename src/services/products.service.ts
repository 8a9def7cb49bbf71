import type { Db } from '../db/client';
import * as repo from '../db/repositories/products.repository';
import { getEntity as getEntityRow } from '../db/repositories/entities.repository';
import { locatedOfEntity } from './entities.service';
import { councilUsersOfProduct } from '../db/repositories/rounds.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors';
import type { ProductAction } from '../domain/policy';
import { actionsOn, authorize, may, mayAnywhere, scopeOf, type Actor, type ProductRecord } from '../domain/policy';
import { MIN_CERTIFIED_STARS } from '../domain/certificates/eligibility';
import type { FigureInput, ProductCreateInput, ProductPatchInput } from '../domain/products/product.schema';
import type { Product } from '../contracts/products';
import type { Photo } from '../contracts/portal';
import { photosOf } from '../db/repositories/portal.repository';
import { photosByProduct, presentPhoto } from './portal/photos.present';
import { catalogueCache, catalogueKey, catalogueVocabulary } from './portal/catalogue-cache';
import { buildVocabulary } from '../domain/text/typos';
import { isValidGtin } from '../domain/products/gtin';
import { productSearchText } from '../domain/products/search-text';
import { searchKey, vietnameseSortKey } from '../domain/text/normalize';
import { audit, diff, timeline, type AuditActor } from './audit.service';
import { checkClassification } from './product-groups.service';
import { productSet, productSetOf } from '../domain/criteria';

export const PRODUCT_AUDIT_FIELDS = [
  'entityId', 'name', 'groupCode', 'subgroupCode', 'description', 'story', 'rawMaterialOrigin', 'packaging',
  'qualityStandard', 'trademark', 'gtin', 'priceVnd', 'priceUnit', 'whereToBuy', 'photos',
];
const FIGURE_AUDIT_FIELDS = ['revenueVnd', 'costVnd', 'profitVnd', 'output', 'outputUnit', 'employees'];

type ProductView = NonNullable<Awaited<ReturnType<typeof repo.getProduct>>>;
type StarRecordView = Awaited<ReturnType<typeof repo.starRecords>>[number];

export function presentProduct(v: ProductView, actor: Actor | null, history: StarRecordView[] = [], uploadedPhotos: Photo[] = []): Product {
  const p = v.product;
  const setCode = productSetOf(p);
  const set = setCode ? productSet(setCode) : undefined;
  return {
    id: p.id,
    version: p.version,
    entityId: p.entityId,
    entityName: v.entityName,
    name: p.name,
    groupCode: p.groupCode,
    subgroupCode: p.subgroupCode,
    productSetCode: set?.code ?? null,
    productSetName: set ? { vi: set.name.vi, en: set.name.en } : null,
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
    uploadedPhotos,
    stars: p.stars,
    starHistory: history.map((h) => ({ stars: h.record.stars, year: h.record.year, level: h.record.level, unitName: h.unitName, decision: h.record.decision })),
    unitStructure: p.unitStructure as ProductRecord['unitStructure'],
    unitCode: p.unitCode,
    unitName: v.unitName,
    provinceCode: p.provinceCode,
    provinceName: v.provinceName,
    figuresPublic: p.figuresPublic,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    actions: actionsOn(actor, 'product', recordOf(p)),
  };
}
export type ProductDto = Product;

/** What the policy decides on: where the product sits, whether it is public, whether its figures are. */
export function recordOf(p: repo.ProductRow, councilUserIds?: readonly string[]): ProductRecord {
  return {
    unitStructure: p.unitStructure as ProductRecord['unitStructure'],
    unitCode: p.unitCode,
    provinceCode: p.provinceCode,
    districtCode: p.districtCode,
    entityId: p.entityId,
    public: p.stars !== null && p.stars >= MIN_CERTIFIED_STARS,
    figuresPublic: p.figuresPublic,
    councilUserIds,
  };
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
  entityType?: string;
  page: number;
  pageSize: number;
}

/** Pages larger than this (the Excel export) are not kept in the catalogue cache. */
const CACHED_PAGE_SIZE = 100;

type CataloguePage = { rows: Awaited<ReturnType<typeof repo.listProducts>>['rows']; total: number; photos: Map<string, Photo[]> };

/**
 * `CATALOGUE_TYPO_PASS=words` turns on the cheap typo pass of the public catalogue (unknown words
 * corrected through the catalogue's vocabulary before the trigram pass, domain/text/typos.ts).
 * Off by default: it finds other (mostly fewer, closer) products for misspelt queries than the
 * trigram pass does — see bench/RESULTS.md.
 */
function cheapTypoPass(): boolean {
  return process.env.CATALOGUE_TYPO_PASS === 'words';
}

async function loadPage(db: Db, query: repo.ProductQuery): Promise<CataloguePage> {
  const vocabulary = cheapTypoPass() ? catalogueVocabulary(db, async () => buildVocabulary(await repo.catalogueVocabulary(db))) : null;
  const { rows, total } = await repo.listProducts(db, query, vocabulary ? { vocabulary: () => vocabulary.get() } : {});
  const photos = photosByProduct(await photosOf(db, rows.map((r) => r.product.id)));
  return { rows, total, photos };
}

export async function listProducts(db: Db, actor: Actor | null, params: ProductListParams & { catalogue?: boolean }) {
  // The public catalogue (no session, or catalogue=true) lists recognised products everywhere.
  const scope = actor && !params.catalogue ? scopeOf(actor, 'read', 'product') : null;
  const query: repo.ProductQuery = { ...params, q: params.q ? searchKey(params.q) || undefined : undefined, scope };
  // The catalogue is the same for everyone: its answers are cached (emptied by any change, see
  // catalogue-cache.ts); only the actions offered on each product depend on the actor.
  const { rows, total, photos } =
    scope === null && query.pageSize <= CACHED_PAGE_SIZE
      ? await catalogueCache<CataloguePage>(db).get(catalogueKey(query), () => loadPage(db, query))
      : await loadPage(db, query);
  return { items: rows.map((r) => presentProduct(r, actor, [], photos.get(r.product.id))), total };
}

/**
 * A product the actor may take the action on, else 404 when they may not even see it (the
 * public sees recognised products only; council members the products of their rounds) or 403.
 */
export async function loadProduct(db: Db, actor: Actor | null, id: string, action: ProductAction = 'read'): Promise<ProductView> {
  const view = await repo.getProduct(db, id);
  if (!view) throw new NotFoundError('product');
  authorize(actor, action, 'product', recordOf(view.product, await councilUsersOfProduct(db, id)));
  return view;
}

export async function getProduct(db: Db, actor: Actor | null, id: string): Promise<ProductDto> {
  const view = await loadProduct(db, actor, id);
  return presentProduct(view, actor, await repo.starRecords(db, id), (await photosOf(db, [id])).map(presentPhoto));
}

export async function createProduct(db: Db, actor: Actor, who: AuditActor, input: ProductCreateInput): Promise<ProductDto> {
  if (!mayAnywhere(actor, 'create', 'product')) throw new ForbiddenError();
  const entity = await getEntityRow(db, input.entityId);
  if (!entity || !may(actor, 'create', 'product', locatedOfEntity(entity.entity))) {
    throw new ValidationError([{ path: 'entityId', code: 'errors.entity.unknown' }]);
  }
  const { unitStructure, unitCode, provinceCode, districtCode } = entity.entity;
  await checkClassification(db, input.groupCode, input.subgroupCode);
  checkGtin(input.gtin);
  const { distinct, ...fields } = input;
  const id = await db.transaction(async (tx) => {
    // One product per entity and name (accents and case aside) unless confirmed distinct:
    // the entity's row lock serialises concurrent creations, so a double submit stores one.
    await repo.lockEntityProducts(tx, input.entityId);
    const same = await repo.findLiveProductByName(tx, input.entityId, searchKey(input.name));
    if (same && !distinct) throw new ConflictError('errors.conflict.duplicateProduct', { name: same.name });
    const row = await repo.insertProduct(tx, {
      ...fields,
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
  const view = await loadProduct(db, actor, id, 'update');
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
  const view = await loadProduct(db, actor, id, 'delete');
  await db.transaction(async (tx) => {
    const row = await repo.updateProduct(tx, id, version, { deletedAt: new Date() });
    if (!row) throw new ConflictError('errors.conflict.stale', { current: view.product.version, sent: version });
    await audit(tx, who, 'delete', 'product', id, diff(view.product, null, ['name']));
  });
}

export async function productTimeline(db: Db, actor: Actor, id: string) {
  await loadProduct(db, actor, id, 'audit');
  return timeline(db, 'product', id);
}

function presentFigure(f: Awaited<ReturnType<typeof repo.listFigures>>[number]) {
  return { year: f.year, revenueVnd: f.revenueVnd, costVnd: f.costVnd, profitVnd: f.profitVnd, output: f.output, outputUnit: f.outputUnit, employees: f.employees };
}

export async function listFigures(db: Db, actor: Actor | null, id: string) {
  await loadProduct(db, actor, id, 'figures');
  return (await repo.listFigures(db, id)).map(presentFigure);
}

export async function putFigure(db: Db, actor: Actor, who: AuditActor, id: string, year: number, input: FigureInput) {
  await loadProduct(db, actor, id, 'editFigures');
  return db.transaction(async (tx) => {
    const before = await repo.findFigure(tx, id, year);
    const row = await repo.upsertFigure(tx, { productId: id, year, ...input });
    await audit(tx, who, before ? 'figures.update' : 'figures.create', 'product', id, diff(before ?? null, row, FIGURE_AUDIT_FIELDS), String(year));
    return presentFigure(row);
  });
}

export async function deleteFigure(db: Db, actor: Actor, who: AuditActor, id: string, year: number): Promise<void> {
  await loadProduct(db, actor, id, 'editFigures');
  await db.transaction(async (tx) => {
    const row = await repo.deleteFigure(tx, id, year);
    if (!row) throw new NotFoundError('figure');
    await audit(tx, who, 'figures.delete', 'product', id, diff(row, null, FIGURE_AUDIT_FIELDS), String(year));
  });
}
