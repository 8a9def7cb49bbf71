import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../client';
import { adminUnits, certificates, inspectionPhotos, inspections } from '../schema';
import type { Scope } from '../../domain/policy';
import type { InspectionOutcome, InspectionStatus } from '../../domain/inspections';
import { scopeWhere, unitFilterWhere } from './scope';

export type InspectionRow = typeof inspections.$inferSelect;
export type InspectionInsert = typeof inspections.$inferInsert;
export type InspectionPhotoRow = typeof inspectionPhotos.$inferSelect;

const unit = alias(adminUnits, 'unit');
const view = {
  inspection: inspections,
  unitName: unit.name,
  certificateNumber: certificates.number,
  certificateIssuedOn: certificates.issuedOn,
  certificateValidUntil: certificates.validUntil,
  certificateRevokedOn: certificates.revokedOn,
  certificateSupersededOn: certificates.supersededOn,
  stars: certificates.stars,
  productName: certificates.productName,
  entityName: certificates.entityName,
};
export type InspectionView = {
  inspection: InspectionRow;
  unitName: string | null;
  certificateNumber: string;
  certificateIssuedOn: string;
  certificateValidUntil: string;
  certificateRevokedOn: string | null;
  certificateSupersededOn: string | null;
  stars: number;
  productName: string;
  entityName: string;
};

function withNames(db: Executor) {
  return db
    .select(view)
    .from(inspections)
    .innerJoin(certificates, eq(certificates.id, inspections.certificateId))
    .leftJoin(unit, and(eq(unit.structure, inspections.unitStructure), eq(unit.code, inspections.unitCode)));
}

export interface InspectionQuery {
  scope: Scope;
  status?: InspectionStatus;
  outcome?: InspectionOutcome;
  productId?: string;
  certificateId?: string;
  unit?: string;
  /** Planned (or, once recorded, inspected) in the year. */
  year?: number;
  /** search key (diacritic-free): certificate number, product or producer */
  q?: string;
  page: number;
  pageSize: number;
}

const day = sql`coalesce(${inspections.inspectedOn}, ${inspections.plannedOn})`;

export async function listInspections(db: Executor, q: InspectionQuery) {
  const conditions: Array<SQL | undefined> = [
    scopeWhere(q.scope, inspections),
    unitFilterWhere(q.unit, inspections),
    q.status ? eq(inspections.status, q.status) : undefined,
    q.outcome ? eq(inspections.outcome, q.outcome) : undefined,
    q.productId ? eq(inspections.productId, q.productId) : undefined,
    q.certificateId ? eq(inspections.certificateId, q.certificateId) : undefined,
    q.year ? sql`extract(year from ${day}) = ${q.year}` : undefined,
    ...(q.q ?? '').split(/\s+/).filter(Boolean).map((w) => {
      const like = '%' + w.replace(/[\\%_]/g, '\\$&') + '%';
      return sql`(lower(${certificates.number}) like ${like} or exists (select 1 from products p where p.id = ${inspections.productId} and p.search_text like ${like}))`;
    }),
  ];
  const where = and(...conditions);
  const rows = await withNames(db)
    .where(where)
    .orderBy(sql`${inspections.status} <> 'planned'`, desc(day), desc(inspections.createdAt), asc(inspections.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(inspections)
    .innerJoin(certificates, eq(certificates.id, inspections.certificateId))
    .where(where);
  return { rows: rows as InspectionView[], total };
}

export async function getInspection(db: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<InspectionView | undefined> {
  const query = withNames(db).where(eq(inspections.id, id));
  const [row] = opts.forUpdate ? await query.for('update', { of: inspections }) : await query;
  return row as InspectionView | undefined;
}

export async function findInspectionByRequest(db: Executor, createdBy: string, requestId: string) {
  const [row] = await db.select().from(inspections).where(and(eq(inspections.createdBy, createdBy), eq(inspections.requestId, requestId)));
  return row;
}

export async function insertInspection(db: Executor, values: InspectionInsert): Promise<InspectionRow> {
  const [row] = await db.insert(inspections).values(values).returning();
  return row;
}

/** Optimistic update: undefined when the version has moved on. */
export async function updateInspection(db: Executor, id: string, version: number, values: Partial<InspectionInsert>): Promise<InspectionRow | undefined> {
  const [row] = await db
    .update(inspections)
    .set({ ...values, version: sql`${inspections.version} + 1`, updatedAt: new Date() })
    .where(and(eq(inspections.id, id), eq(inspections.version, version)))
    .returning();
  return row;
}

// ---------------------------------------------------------------- photos

/** The photos of inspections (those removed left out). */
export async function listInspectionPhotos(db: Executor, inspectionIds: string[]): Promise<InspectionPhotoRow[]> {
  if (inspectionIds.length === 0) return [];
  return db
    .select()
    .from(inspectionPhotos)
    .where(and(sql`${inspectionPhotos.inspectionId} in (${sql.join(inspectionIds.map((id) => sql`${id}::uuid`), sql`, `)})`, isNull(inspectionPhotos.deletedAt)))
    .orderBy(asc(inspectionPhotos.createdAt), asc(inspectionPhotos.id));
}

export async function findInspectionPhotoBySha(db: Executor, inspectionId: string, sha256: string) {
  const [row] = await db
    .select()
    .from(inspectionPhotos)
    .where(and(eq(inspectionPhotos.inspectionId, inspectionId), eq(inspectionPhotos.sha256, sha256), isNull(inspectionPhotos.deletedAt)));
  return row;
}

export async function countInspectionPhotos(db: Executor, inspectionId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inspectionPhotos)
    .where(and(eq(inspectionPhotos.inspectionId, inspectionId), isNull(inspectionPhotos.deletedAt)));
  return n;
}

export async function insertInspectionPhoto(db: Executor, values: typeof inspectionPhotos.$inferInsert): Promise<InspectionPhotoRow> {
  const [row] = await db.insert(inspectionPhotos).values(values).returning();
  return row;
}

/** A photo still attached to its inspection (a removed one is not found). */
export async function getInspectionPhoto(db: Executor, id: string): Promise<InspectionPhotoRow | undefined> {
  const [row] = await db.select().from(inspectionPhotos).where(and(eq(inspectionPhotos.id, id), isNull(inspectionPhotos.deletedAt)));
  return row;
}

/** Detaches a photo from its inspection (the row stays, marked removed); undefined when it was not attached. */
export async function removeInspectionPhoto(db: Executor, inspectionId: string, id: string, by: string): Promise<InspectionPhotoRow | undefined> {
  const [row] = await db
    .update(inspectionPhotos)
    .set({ deletedAt: new Date(), deletedBy: by })
    .where(and(eq(inspectionPhotos.id, id), eq(inspectionPhotos.inspectionId, inspectionId), isNull(inspectionPhotos.deletedAt)))
    .returning();
  return row;
}
