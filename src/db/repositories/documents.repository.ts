import { and, count, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { programmeDocuments } from '../schema';
import type { Scope } from '../../domain/policy';
import type { DocumentKind, DocumentLevel } from '../../domain/reports/documents';
import { scopeWhere } from './scope';
import { areaWhere, type Area } from './reports/area';

export type DocumentRow = typeof programmeDocuments.$inferSelect;
export type DocumentInsert = typeof programmeDocuments.$inferInsert;

const unitName = sql<string | null>`(select u.name from admin_units u where u.structure = programme_documents.unit_structure and u.code = programme_documents.unit_code)`;
/** The attached file's name, kind, size and upload time (null without one). */
const file = sql<{ fileName: string; fileType: string; sizeBytes: number; uploadedAt: string } | null>`(select json_build_object('fileName', f.file_name, 'fileType', f.file_type, 'sizeBytes', f.size_bytes, 'uploadedAt', f.created_at)
  from cycle_files f where f.id = programme_documents.file_id)`;
const located = { ...programmeDocuments, provinceCode: sql`coalesce(programme_documents.province_code, '')` as unknown as typeof programmeDocuments.provinceCode, entityId: sql`null` as unknown as typeof programmeDocuments.id };

export interface DocumentQuery {
  scope: Scope;
  /** Officers also read every central document and their province's own (see domain/policy/document.ts). */
  applying: { provinceCode: string | null } | null;
  area?: Area;
  year?: number;
  level?: DocumentLevel;
  kind?: DocumentKind;
  q?: string; // search key
  page: number;
  pageSize: number;
}

function where(q: DocumentQuery): SQL | undefined {
  const province = q.applying?.provinceCode ? and(eq(programmeDocuments.level, 'province'), eq(programmeDocuments.provinceCode, q.applying.provinceCode)) : undefined;
  const visible = q.applying ? or(eq(programmeDocuments.level, 'central'), province, scopeWhere(q.scope, located)) : scopeWhere(q.scope, located);
  return and(
    isNull(programmeDocuments.deletedAt),
    visible,
    q.area ? areaWhere(q.area, 'programme_documents') : undefined,
    q.year ? sql`extract(year from ${programmeDocuments.issuedOn})::int = ${q.year}` : undefined,
    q.level ? eq(programmeDocuments.level, q.level) : undefined,
    q.kind ? eq(programmeDocuments.kind, q.kind) : undefined,
    q.q ? sql`${programmeDocuments.searchText} like ${'%' + q.q.replace(/[%_\\]/g, '\\$&') + '%'}` : undefined,
  );
}

export async function listDocuments(db: Executor, q: DocumentQuery) {
  const rows = await db
    .select({ document: programmeDocuments, unitName, file })
    .from(programmeDocuments)
    .where(where(q))
    .orderBy(desc(programmeDocuments.issuedOn), desc(programmeDocuments.createdAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = await db.select({ n: count() }).from(programmeDocuments).where(where(q));
  return { rows, total: n };
}

export async function getDocument(db: Executor, id: string) {
  const [row] = await db.select({ document: programmeDocuments, unitName, file }).from(programmeDocuments).where(and(eq(programmeDocuments.id, id), isNull(programmeDocuments.deletedAt)));
  return row;
}

export async function findSameDocument(db: Executor, v: { unitStructure: string; unitCode: string; number: string; issuedOn: string }, exceptId?: string) {
  const [row] = await db
    .select({ id: programmeDocuments.id })
    .from(programmeDocuments)
    .where(and(isNull(programmeDocuments.deletedAt), eq(programmeDocuments.unitStructure, v.unitStructure as 'current'), eq(programmeDocuments.unitCode, v.unitCode), eq(programmeDocuments.number, v.number), eq(programmeDocuments.issuedOn, v.issuedOn), exceptId ? sql`${programmeDocuments.id} <> ${exceptId}` : undefined));
  return row;
}

export async function insertDocument(db: Executor, values: DocumentInsert): Promise<DocumentRow> {
  const [row] = await db.insert(programmeDocuments).values(values).returning();
  return row;
}

export async function updateDocument(db: Executor, id: string, version: number, values: Partial<DocumentInsert>): Promise<DocumentRow | undefined> {
  const [row] = await db
    .update(programmeDocuments)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(programmeDocuments.id, id), eq(programmeDocuments.version, version), isNull(programmeDocuments.deletedAt)))
    .returning();
  return row;
}
