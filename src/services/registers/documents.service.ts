import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Db } from '../../db/client';
import * as files from '../../db/repositories/uploads.repository';
import { checkUpload, mimeTypeOf, safeFileName } from '../../domain/cycle';
import { DOCUMENT_FILE_TYPES } from '../../domain/reports/documents';
import type { FileStore } from '../cycle/uploads.service';
import * as repo from '../../db/repositories/documents.repository';
import { findUnit } from '../../db/repositories/units.repository';
import type { z } from 'zod';
import type { DocumentInput, DocumentPatch, ProgrammeDocument, documentListQuery } from '../../contracts/documents';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import { actionsOn, authorize, isOfficer, may, scopeOf, type Actor, type DocumentRecord } from '../../domain/policy';
import type { DocumentLevel } from '../../domain/reports/documents';
import { searchKey } from '../../domain/text/normalize';
import { audit, diff, timeline, type AuditActor } from '../audit.service';
import { resolveUnit } from '../reports/units';
import type { Lang } from '../../i18n/lang';

/** The register of programme documents and policies (plans, decisions, guidance…). */

const AUDIT_FIELDS = ['number', 'issuedOn', 'level', 'kind', 'title', 'summary', 'unitStructure', 'unitCode', 'fileId'];

type View = NonNullable<Awaited<ReturnType<typeof repo.getDocument>>>;

function recordOf(d: repo.DocumentRow): DocumentRecord {
  return { unitStructure: d.unitStructure, unitCode: d.unitCode, provinceCode: d.provinceCode ?? '', districtCode: d.districtCode, level: d.level };
}

export function presentDocument(v: View, actor: Actor | null): ProgrammeDocument {
  const d = v.document;
  return {
    id: d.id,
    version: d.version,
    number: d.number,
    issuedOn: d.issuedOn,
    level: d.level,
    unitStructure: d.unitStructure,
    unitCode: d.unitCode,
    unitName: v.unitName,
    provinceCode: d.provinceCode,
    kind: d.kind,
    title: d.title,
    summary: d.summary,
    file: v.file ? { ...v.file, uploadedAt: new Date(v.file.uploadedAt).toISOString(), url: `/api/documents/${d.id}/file` } : null,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    actions: actionsOn(actor, 'document', recordOf(d)),
  };
}

/** Where a document sits: its issuing unit (VN for central) → level and location columns; 400 naming `unitCode` when unknown. */
async function placeOf(db: Db, unitStructure: 'current' | 'legacy', unitCode: string) {
  if (unitCode === 'VN') {
    return { level: 'central' as DocumentLevel, unitStructure: 'current' as const, unitCode, provinceCode: null, districtCode: null };
  }
  const unit = await findUnit(db, unitStructure, unitCode);
  if (!unit) throw new ValidationError([{ path: 'unitCode', code: 'errors.document.unit' }]);
  const districtCode = unitStructure === 'legacy' ? (unit.level === 'district' ? unit.code : unit.districtCode) : null;
  return { level: unit.level as DocumentLevel, unitStructure, unitCode: unit.code, provinceCode: unit.currentProvinceCode, districtCode };
}

async function load(db: Db, actor: Actor, id: string, action: 'read' | 'update' | 'delete' | 'audit') {
  const view = await repo.getDocument(db, id);
  if (!view) throw new NotFoundError('document');
  authorize(actor, action, 'document', recordOf(view.document));
  return view;
}

export async function listDocuments(db: Db, actor: Actor, filters: z.output<typeof documentListQuery>, lang: Lang) {
  const area = filters.unit ? (await resolveUnit(db, filters.unit, lang)).area : undefined;
  const { rows, total } = await repo.listDocuments(db, {
    scope: scopeOf(actor, 'read', 'document'),
    applying: isOfficer(actor.role) ? { provinceCode: actor.provinceCode } : null,
    area,
    year: filters.year,
    level: filters.level,
    kind: filters.kind,
    q: filters.q ? searchKey(filters.q) : undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  });
  return { items: rows.map((r) => presentDocument(r, actor)), total };
}

export async function getDocument(db: Db, actor: Actor, id: string) {
  return presentDocument(await load(db, actor, id, 'read'), actor);
}

export async function createDocument(db: Db, actor: Actor, who: AuditActor, input: DocumentInput & { unitStructure: 'current' | 'legacy' }) {
  const place = await placeOf(db, input.unitStructure, input.unitCode);
  const record: DocumentRecord = { ...place, provinceCode: place.provinceCode ?? '' };
  if (!may(actor, 'create', 'document', record)) throw new ValidationError([{ path: 'unitCode', code: 'errors.unit.outOfScope' }]);
  if (await repo.findSameDocument(db, { ...place, number: input.number, issuedOn: input.issuedOn })) {
    throw new ConflictError('errors.document.duplicate', { number: input.number, date: input.issuedOn });
  }
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertDocument(tx, {
      ...place,
      number: input.number,
      issuedOn: input.issuedOn,
      kind: input.kind,
      title: input.title,
      summary: input.summary ?? null,
      searchText: searchKey(`${input.number} ${input.title}`),
      createdById: actor.id,
    });
    await audit(tx, who, 'create', 'document', row.id, diff(null, row, AUDIT_FIELDS));
    return row.id;
  });
  return presentDocument((await repo.getDocument(db, id))!, actor);
}

export async function updateDocument(db: Db, actor: Actor, who: AuditActor, id: string, input: DocumentPatch) {
  const view = await load(db, actor, id, 'update');
  const before = view.document;
  const { version, unitCode, unitStructure, ...fields } = input;
  let place = {};
  if ((unitCode && unitCode !== before.unitCode) || (unitStructure && unitStructure !== before.unitStructure)) {
    const next = await placeOf(db, unitStructure ?? before.unitStructure, unitCode ?? before.unitCode);
    // moving a document: the officer must reach the new issuing unit too
    if (!may(actor, 'update', 'document', { ...next, provinceCode: next.provinceCode ?? '' })) throw new ValidationError([{ path: 'unitCode', code: 'errors.unit.outOfScope' }]);
    place = next;
  }
  const number = fields.number ?? before.number;
  const issuedOn = fields.issuedOn ?? before.issuedOn;
  const target = { unitStructure: before.unitStructure, unitCode: before.unitCode, ...place, number, issuedOn };
  if (await repo.findSameDocument(db, target, id)) throw new ConflictError('errors.document.duplicate', { number, date: issuedOn });
  await db.transaction(async (tx) => {
    const after = await repo.updateDocument(tx, id, version, {
      ...fields,
      summary: fields.summary === undefined ? before.summary : fields.summary,
      ...place,
      searchText: searchKey(`${number} ${fields.title ?? before.title}`),
    });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: version });
    await audit(tx, who, 'update', 'document', id, diff(before, after, AUDIT_FIELDS));
  });
  return presentDocument((await repo.getDocument(db, id))!, actor);
}

export async function deleteDocument(db: Db, actor: Actor, who: AuditActor, id: string, version: number): Promise<void> {
  const view = await load(db, actor, id, 'delete');
  await db.transaction(async (tx) => {
    const row = await repo.updateDocument(tx, id, version, { deletedAt: new Date() });
    if (!row) throw new ConflictError('errors.conflict.stale', { current: view.document.version, sent: version });
    await audit(tx, who, 'delete', 'document', id, diff(view.document, null, ['number', 'issuedOn', 'title']));
  });
}

export async function documentTimeline(db: Db, actor: Actor, id: string) {
  await load(db, actor, id, 'audit');
  return timeline(db, 'document', id);
}

/**
 * Attaches the document's file (issue 9: "attached file"), through the same file store and
 * content checks as dossier files: the kind is read from the bytes and must agree with the
 * name. Whoever may edit the document may attach its file (policy: `update`); a new file
 * replaces the reference, the earlier file row stays (the audit timeline names both).
 */
export async function attachDocumentFile(db: Db, actor: Actor, who: AuditActor, store: FileStore, id: string, version: number, input: { fileName: string; bytes: Buffer }) {
  const view = await load(db, actor, id, 'update');
  const fileName = safeFileName(input.fileName);
  const check = checkUpload(input.bytes, fileName, DOCUMENT_FILE_TYPES);
  if (!check.ok) {
    throw new ValidationError([
      { path: 'file', code: `errors.upload.${check.problem}`, params: { accepted: DOCUMENT_FILE_TYPES.map((x) => x.toUpperCase()).join(', '), type: (check.type ?? '').toUpperCase() } },
    ]);
  }
  const storageKey = await store.save(input.bytes, check.type);
  try {
    await db.transaction(async (tx) => {
      const file = await files.insertFile(tx, {
        itemType: 'document',
        itemId: id,
        itemCode: 'attachment',
        fileName,
        fileType: check.type,
        mimeType: mimeTypeOf(check.type),
        sizeBytes: input.bytes.length,
        sha256: crypto.createHash('sha256').update(input.bytes).digest('hex'),
        storageKey,
        uploadedById: actor.id,
        uploadedByName: who.name,
      });
      const after = await repo.updateDocument(tx, id, version, { fileId: file.id });
      if (!after) throw new ConflictError('errors.conflict.stale', { current: view.document.version, sent: version });
      await audit(tx, who, 'file.attach', 'document', id, { file: { from: view.file?.fileName ?? null, to: fileName }, fileId: { from: view.document.fileId, to: file.id } });
    });
  } catch (e) {
    await store.remove(storageKey);
    throw e;
  }
  return presentDocument((await repo.getDocument(db, id))!, actor);
}

/** The document's attached file, for whoever may read the document (404 when it has none). */
export async function documentFileForDownload(db: Db, actor: Actor, store: FileStore, id: string) {
  const view = await load(db, actor, id, 'read');
  const row = view.document.fileId ? await files.getFile(db, view.document.fileId, true) : undefined;
  if (!row || row.itemType !== 'document' || row.itemId !== id) throw new NotFoundError('file');
  const full = store.path(row.storageKey);
  if (!fs.existsSync(full)) throw new NotFoundError('file');
  return { row, path: full };
}
