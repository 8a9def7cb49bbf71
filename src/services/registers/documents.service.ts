import type { Db } from '../../db/client';
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
