import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import {
  adminUnitMappings, adminUnits, auditEvents, businessFigures, certificates, communicationLogs, entities, imports, productGroups, productStarRecords, products, trainingClasses,
} from '../schema';
import type { Scope } from '../../domain/policy';
import { bulkInsert } from './bulk-insert';

export type ImportRow = typeof imports.$inferSelect;
export type ImportInsert = typeof imports.$inferInsert;

export async function insertImport(db: Executor, values: ImportInsert): Promise<ImportRow> {
  const [row] = await db.insert(imports).values(values).returning();
  return row;
}

export async function getImport(db: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<ImportRow | undefined> {
  const q = db.select().from(imports).where(eq(imports.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function updateImport(db: Executor, id: string, values: Partial<ImportInsert>, expectStatus?: string): Promise<ImportRow | undefined> {
  const [row] = await db
    .update(imports)
    .set({ ...values, version: sql`${imports.version} + 1`, updatedAt: new Date() })
    .where(and(eq(imports.id, id), expectStatus ? eq(imports.status, expectStatus) : undefined))
    .returning();
  return row;
}

export async function setImportProgress(db: Executor, id: string, progress: number, whileStatus?: string): Promise<void> {
  await db.update(imports).set({ progress }).where(and(eq(imports.id, id), whileStatus ? eq(imports.status, whileStatus) : undefined));
}

/**
 * The commit's lock on one import, until its transaction ends: an advisory lock rather than a
 * row lock, so that progress written outside the transaction is not blocked behind it.
 */
export async function lockImport(tx: Executor, id: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`import:${id}`}, 0))`);
}

export async function listImports(db: Executor, scope: Scope, limit = 50): Promise<ImportRow[]> {
  const where = scope.kind === 'all' ? undefined : scope.kind === 'province' ? eq(imports.provinceCode, scope.provinceCode) : sql`false`;
  return db.select().from(imports).where(where).orderBy(desc(imports.createdAt)).limit(limit);
}

// ---- what an import needs to know of the database ----

export async function allPlaceUnits(db: Executor) {
  return db
    .select({
      structure: adminUnits.structure, code: adminUnits.code, level: adminUnits.level, name: adminUnits.name, shortName: adminUnits.shortName,
      parentCode: adminUnits.parentCode, currentProvinceCode: adminUnits.currentProvinceCode,
    })
    .from(adminUnits);
}

/** Legacy commune → the current commune it rolls up into (the first mapping row). */
export async function rollUps(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ legacy: adminUnitMappings.legacyCode, current: adminUnitMappings.currentCode }).from(adminUnitMappings).orderBy(adminUnitMappings.legacyCode, adminUnitMappings.ordinal);
  const map = new Map<string, string>();
  for (const r of rows) if (!map.has(r.legacy)) map.set(r.legacy, r.current);
  return map;
}

export async function groupRefs(db: Executor) {
  return db.select({ code: productGroups.code, parentCode: productGroups.parentCode, nameVi: productGroups.nameVi, nameEn: productGroups.nameEn }).from(productGroups).orderBy(productGroups.ordinal);
}

const CHUNK = 5000;
async function chunked<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

const entityColumns = {
  id: entities.id, version: entities.version, type: entities.type, name: entities.name, taxCode: entities.taxCode, representative: entities.representative,
  address: entities.address, unitStructure: entities.unitStructure, unitCode: entities.unitCode, provinceCode: entities.provinceCode, districtCode: entities.districtCode,
  phone: entities.phone, email: entities.email, foundedYear: entities.foundedYear, searchText: entities.searchText,
};
export type KnownEntity = Awaited<ReturnType<typeof entitiesOfProvinces>>[number];

/** Live entities of the provinces a file touches (matched by name within their commune). */
export async function entitiesOfProvinces(db: Executor, provinceCodes: string[]) {
  if (provinceCodes.length === 0) return [];
  return db.select(entityColumns).from(entities).where(and(inArray(entities.provinceCode, provinceCodes), isNull(entities.deletedAt)));
}

/** Live entities with these tax codes, wherever they are (a tax code is unique nationwide). */
export async function entitiesByTaxCodes(db: Executor, taxCodes: string[]) {
  return chunked(taxCodes, (c) => db.select(entityColumns).from(entities).where(and(inArray(entities.taxCode, c), isNull(entities.deletedAt))));
}

const productColumns = {
  id: products.id, version: products.version, entityId: products.entityId, name: products.name, groupCode: products.groupCode, subgroupCode: products.subgroupCode,
  priceVnd: products.priceVnd, stars: products.stars, searchText: products.searchText, unitStructure: products.unitStructure, unitCode: products.unitCode,
  provinceCode: products.provinceCode, districtCode: products.districtCode, figuresPublic: products.figuresPublic,
};
export type KnownProduct = Awaited<ReturnType<typeof productsOfEntities>>[number];

export async function productsOfEntities(db: Executor, entityIds: string[]) {
  return chunked(entityIds, (c) => db.select(productColumns).from(products).where(and(inArray(products.entityId, c), isNull(products.deletedAt))));
}

export async function starRecordsOfProducts(db: Executor, productIds: string[]) {
  return chunked(productIds, (c) =>
    db.select({ productId: productStarRecords.productId, year: productStarRecords.year, stars: productStarRecords.stars }).from(productStarRecords).where(inArray(productStarRecords.productId, c)),
  );
}

export async function figuresOfProducts(db: Executor, productIds: string[]) {
  return chunked(productIds, (c) => db.select().from(businessFigures).where(inArray(businessFigures.productId, c)));
}

export async function certificatesByNumbers(db: Executor, numbers: string[]) {
  return chunked(numbers, (c) =>
    db.select({ id: certificates.id, number: certificates.number, productId: certificates.productId, stars: certificates.stars, decisionNumber: certificates.decisionNumber, decisionDate: certificates.decisionDate, validUntil: certificates.validUntil, version: certificates.version }).from(certificates).where(inArray(certificates.number, c)),
  );
}

export async function activitiesOfProvinces(db: Executor, provinceCodes: string[]) {
  if (provinceCodes.length === 0) return { communication: [], training: [] };
  const communication = await db
    .select({ id: communicationLogs.id, unitCode: communicationLogs.unitCode, kind: communicationLogs.kind, date: communicationLogs.date, title: communicationLogs.title, count: communicationLogs.count, budgetVnd: communicationLogs.budgetVnd })
    .from(communicationLogs)
    .where(and(inArray(communicationLogs.provinceCode, provinceCodes), isNull(communicationLogs.deletedAt)));
  const training = await db
    .select({ id: trainingClasses.id, unitCode: trainingClasses.unitCode, date: trainingClasses.date, title: trainingClasses.topic, count: trainingClasses.participants, budgetVnd: trainingClasses.budgetVnd })
    .from(trainingClasses)
    .where(and(inArray(trainingClasses.provinceCode, provinceCodes), isNull(trainingClasses.deletedAt)));
  return { communication, training };
}

// ---- the commit's set-based writes (one statement per batch of rows) ----

/** Rows per multi-row INSERT: well below PostgreSQL's 65,535 bind parameters for the widest table. */
export const WRITE_BATCH = 1000;

export async function insertEntities(db: Executor, values: Array<typeof entities.$inferInsert>) {
  return bulkInsert(db, entities, values, true);
}

export async function insertProducts(db: Executor, values: Array<typeof products.$inferInsert>) {
  return bulkInsert(db, products, values, true);
}

export async function insertStarRecords(db: Executor, values: Array<typeof productStarRecords.$inferInsert>): Promise<void> {
  await bulkInsert(db, productStarRecords, values, false);
}

export async function insertAuditEvents(db: Executor, values: Array<typeof auditEvents.$inferInsert>): Promise<void> {
  await bulkInsert(db, auditEvents, values, false);
}

/** The current class of many products at once: the latest recognition of each. */
export async function refreshCurrentStarsOf(db: Executor, productIds: string[]): Promise<void> {
  for (let i = 0; i < productIds.length; i += CHUNK) {
    const ids = productIds.slice(i, i + CHUNK);
    await db.execute(sql`
      update products p set stars = latest.stars
      from (select distinct on (r.product_id) r.product_id, r.stars from product_star_records r
            where r.product_id = any(${`{${ids.join(',')}}`}::uuid[])
            order by r.product_id, r.year desc, r.created_at desc) latest
      where p.id = latest.product_id and p.stars is distinct from latest.stars`);
  }
}

/** Live entities by id (the stored entities a commit's new products belong to). */
export async function entitiesByIds(db: Executor, ids: string[]) {
  return chunked(ids, (c) =>
    db.select({ id: entities.id, name: entities.name, unitStructure: entities.unitStructure, unitCode: entities.unitCode, provinceCode: entities.provinceCode, districtCode: entities.districtCode, deletedAt: entities.deletedAt })
      .from(entities).where(inArray(entities.id, c)),
  );
}
