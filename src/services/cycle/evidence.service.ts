import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Executor, Tx } from '../../db/client';
import * as repo from '../../db/repositories/evidence.repository';
import { getDossier as getDossierRow, lastDossierOfProduct, type DossierRow } from '../../db/repositories/dossiers.repository';
import { getProduct } from '../../db/repositories/products.repository';
import { latestSelfAssessment } from '../../db/repositories/rounds.repository';
import { insertFile } from '../../db/repositories/uploads.repository';
import type { CriterionEvidence, DossierEvidence, Evidence } from '../../contracts/evidence';
import { actionsOn, authorize, type Actor } from '../../domain/policy';
import type { EvidenceRecord } from '../../domain/policy/evidence';
import { checkUpload, FILE_TYPES, mimeTypeOf, safeFileName, type FileType } from '../../domain/cycle';
import { productSetOf } from '../../domain/criteria/product-sets';
import { sheetCodeFor, sheetFor } from '../../domain/criteria/sheets';
import type { CriteriaSet } from '../../domain/criteria/types';
import { toIsoDate } from '../../domain/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import { audit } from '../audit.service';
import { criteriaSetFor } from '../criteria-sets.service';
import * as clock from '../clock';
import type { FileStore } from './uploads.service';
import { idempotent, recordOf, type CycleCtx, type ItemCore } from './workflow';
import { EDITABLE_STATUSES } from '../../domain/policy/cycle-item';

/**
 * Evidence per criterion of an evaluation dossier (issue 11, item 5): the producer attaches, per
 * criterion of the product's score sheet (the version in force today, its product set's sheet),
 * a file or a link justifying its self-assessed option; the council reads it while scoring.
 * Files go through the dossier uploads' content checks and store.
 */

const EVIDENCE_FILE_TYPES = Object.keys(FILE_TYPES) as FileType[];

interface Access {
  dossier: DossierRow;
  record: EvidenceRecord;
}

async function access(db: Executor, actor: Actor, dossierId: string): Promise<Access> {
  const dossier = (await getDossierRow(db, dossierId))?.dossier;
  if (!dossier) throw new NotFoundError('dossier');
  const councilSeat = dossier.productId ? await repo.sitsOnRoundOfProduct(db, actor.id, dossier.productId) : false;
  const record: EvidenceRecord = { dossier: { ...recordOf('dossier', dossier as ItemCore), status: dossier.status }, councilSeat };
  authorize(actor, 'read', 'evidence', record);
  return { dossier, record };
}

/** The score sheet the dossier's product is scored on today, or null when no version applies. */
async function sheetOfDossier(db: Executor, d: DossierRow): Promise<{ version: CriteriaSet; sheet: CriteriaSet; sheetCode: string | null } | null> {
  const chosen = await criteriaSetFor(db, clock.today(), d.groupCode);
  if (!chosen) return null;
  const product = d.productId ? (await getProduct(db, d.productId))?.product : undefined;
  const sheetCode = sheetCodeFor(chosen.set, productSetOf({ subgroupCode: product?.subgroupCode ?? d.subgroupCode ?? '', productSetCode: product?.productSetCode }));
  if (sheetCode === undefined) return null;
  const sheet = sheetFor(chosen.set, sheetCode);
  return sheet ? { version: chosen.set, sheet, sheetCode } : null;
}

function present(actor: Actor, record: EvidenceRecord, v: repo.EvidenceView): Evidence {
  const e = v.evidence;
  const today = clock.today();
  return {
    id: e.id,
    dossierId: e.dossierId,
    criterionCode: e.criterionCode,
    optionCode: e.optionCode,
    kind: e.kind,
    title: e.title,
    url: e.kind === 'link' ? e.url! : `/api/evidence/${e.id}/file`,
    fileName: v.file?.fileName ?? null,
    fileType: v.file?.fileType ?? null,
    sizeBytes: v.file?.sizeBytes ?? null,
    validUntil: e.validUntil,
    expired: e.validUntil !== null && e.validUntil < today,
    originalDate: e.originalDate,
    reused: e.reusedFromId ? { fromId: e.reusedFromId, originalDate: e.originalDate } : null,
    attachedBy: e.createdByName,
    createdAt: e.createdAt.toISOString(),
    actions: actionsOn(actor, 'evidence', record).filter((a) => a === 'remove'),
  };
}

/** The dossier's evidence per criterion of its sheet, with each option's evidence hint. */
export async function listDossierEvidence(ctx: Pick<CycleCtx, 'db' | 'actor'>, dossierId: string): Promise<DossierEvidence> {
  const { dossier, record } = await access(ctx.db, ctx.actor, dossierId);
  const [rows, sheet] = await Promise.all([repo.listEvidence(ctx.db, dossierId), sheetOfDossier(ctx.db, dossier)]);
  const items = rows.map((r) => present(ctx.actor, record, r));
  const self = dossier.productId && sheet ? await latestSelfAssessment(ctx.db, dossier.productId) : undefined;
  const selfAnswers = self && self.criteriaSetCode === sheet?.version.code ? self.assessment.answers : {};
  const codes = new Set(sheet?.sheet.criteria.map((c) => c.code) ?? []);
  const criteria: CriterionEvidence[] = (sheet?.sheet.criteria ?? []).map((c) => ({
    code: c.code,
    part: c.part,
    section: c.section,
    name: c.name,
    maxPoints: c.maxPoints,
    hint: c.hint ?? null,
    options: c.options.map((o) => ({ code: o.code, label: o.label, points: o.points, ...(o.case !== undefined ? { case: o.case } : {}), hint: o.hint ?? null })),
    selfAssessed: selfAnswers[c.code] ?? null,
    evidence: items.filter((e) => e.criterionCode === c.code),
  }));
  return {
    dossierId,
    sheet: sheet ? { criteriaSetCode: sheet.version.code, sheetCode: sheet.sheetCode, name: sheet.sheet.sheet?.name ?? null } : null,
    criteria,
    other: items.filter((e) => !codes.has(e.criterionCode)),
    actions: actionsOn(ctx.actor, 'evidence', record).includes('attach') ? ['attach'] : [],
  };
}

/** Checks the actor may attach now and that the criterion (and option) are on the product's sheet. */
async function prepareAttach(db: Executor, actor: Actor, dossierId: string, criterionCode: string, optionCode: string | undefined) {
  const a = await access(db, actor, dossierId);
  authorize(actor, 'attach', 'evidence', a.record, 'errors.cycle.notFiler');
  if (!EDITABLE_STATUSES.includes(a.dossier.status)) throw new ConflictError('errors.evidence.notEditable');
  const sheet = await sheetOfDossier(db, a.dossier);
  const criterion = sheet?.sheet.criteria.find((c) => c.code === criterionCode);
  if (!criterion) throw new ValidationError([{ path: 'criterionCode', code: 'errors.evidence.unknownCriterion', params: { code: criterionCode } }]);
  if (optionCode !== undefined && !criterion.options.some((o) => o.code === optionCode)) {
    throw new ValidationError([{ path: 'optionCode', code: 'errors.evidence.unknownOption', params: { code: optionCode, criterion: criterionCode } }]);
  }
  return a;
}

export interface LinkInput {
  criterionCode: string;
  optionCode?: string;
  url: string;
  title: string;
  validUntil?: string;
}

export async function attachLink(ctx: CycleCtx, dossierId: string, input: LinkInput, key: string | null): Promise<{ evidence: Evidence; replayed: boolean }> {
  const a = await prepareAttach(ctx.db, ctx.actor, dossierId, input.criterionCode, input.optionCode);
  const outcome = await idempotent(ctx, { key, scope: `dossier:${dossierId}:evidence`, body: input }, async (tx) => {
    const row = await repo.insertEvidence(tx, {
      dossierId, criterionCode: input.criterionCode, optionCode: input.optionCode ?? null, kind: 'link', url: input.url, title: input.title,
      validUntil: input.validUntil ?? null, originalDate: clock.today(), createdById: ctx.actor.id, createdByName: ctx.who.name,
    });
    await audit(tx, ctx.who, 'evidence.attach', 'dossier', dossierId, { evidenceId: { from: null, to: row.id }, criterionCode: { from: null, to: input.criterionCode }, url: { from: null, to: input.url } });
    return { itemType: 'dossier-evidence' as const, itemId: row.id, statusCode: 201 };
  });
  const view = await repo.getEvidence(ctx.db, outcome.itemId);
  if (!view) throw new NotFoundError('evidence');
  return { evidence: present(ctx.actor, a.record, view), replayed: outcome.replayed };
}

export interface FileInput {
  criterionCode: string;
  optionCode?: string;
  title?: string;
  validUntil?: string;
  fileName: string;
  bytes: Buffer;
}

export async function attachFile(ctx: CycleCtx, store: FileStore, dossierId: string, input: FileInput): Promise<Evidence> {
  const a = await prepareAttach(ctx.db, ctx.actor, dossierId, input.criterionCode, input.optionCode);
  const fileName = safeFileName(input.fileName);
  const check = checkUpload(input.bytes, fileName, EVIDENCE_FILE_TYPES);
  if (!check.ok) {
    throw new ValidationError([
      { path: 'file', code: `errors.upload.${check.problem}`, params: { accepted: EVIDENCE_FILE_TYPES.map((t) => t.toUpperCase()).join(', '), type: (check.type ?? '').toUpperCase() } },
    ]);
  }
  const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');
  const storageKey = await store.save(input.bytes, check.type);
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const file = await insertFile(tx, {
        itemType: 'dossier-evidence', itemId: dossierId, itemCode: input.criterionCode, fileName, fileType: check.type, mimeType: mimeTypeOf(check.type),
        sizeBytes: input.bytes.length, sha256, storageKey, uploadedById: ctx.actor.id, uploadedByName: ctx.who.name,
      });
      const row = await repo.insertEvidence(tx, {
        dossierId, criterionCode: input.criterionCode, optionCode: input.optionCode ?? null, kind: 'file', fileId: file.id, title: input.title?.trim() || fileName,
        validUntil: input.validUntil ?? null, originalDate: clock.today(), createdById: ctx.actor.id, createdByName: ctx.who.name,
      });
      await audit(tx, ctx.who, 'evidence.attach', 'dossier', dossierId, { evidenceId: { from: null, to: row.id }, criterionCode: { from: null, to: input.criterionCode }, file: { from: null, to: fileName } });
      return row.id;
    });
    return present(ctx.actor, a.record, (await repo.getEvidence(ctx.db, id))!);
  } catch (e) {
    await store.remove(storageKey);
    throw e;
  }
}

async function loadEvidence(db: Executor, actor: Actor, id: string) {
  const view = await repo.getEvidence(db, id);
  if (!view) throw new NotFoundError('evidence');
  return { view, ...(await access(db, actor, view.evidence.dossierId)) };
}

export async function removeEvidence(ctx: CycleCtx, id: string): Promise<void> {
  const { view, record, dossier } = await loadEvidence(ctx.db, ctx.actor, id);
  authorize(ctx.actor, 'remove', 'evidence', record, 'errors.cycle.notFiler');
  if (!EDITABLE_STATUSES.includes(dossier.status)) throw new ConflictError('errors.evidence.notEditable');
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.removeEvidence(tx, id))) throw new NotFoundError('evidence');
    await audit(tx, ctx.who, 'evidence.remove', 'dossier', dossier.id, { evidenceId: { from: id, to: null }, criterionCode: { from: view.evidence.criterionCode, to: null } });
  });
}

/** The file of file evidence the actor may read, with its path on disk. */
export async function evidenceFileForDownload(ctx: Pick<CycleCtx, 'db' | 'actor'>, store: FileStore, id: string) {
  const { view } = await loadEvidence(ctx.db, ctx.actor, id);
  if (!view.file) throw new NotFoundError('file');
  const full = store.path(view.file.storageKey);
  if (!fs.existsSync(full)) throw new NotFoundError('file');
  return { row: view.file, path: full };
}

/**
 * The evidence a council member sees beside a product's options while scoring: that of the
 * dossier the product came with, else of the product's last dossier.
 */
export async function evidenceForScoring(db: Executor, actor: Actor, entry: { productId: string; dossierId: string | null }): Promise<Evidence[]> {
  const dossierId = entry.dossierId ?? (await lastDossierOfProduct(db, entry.productId))?.id;
  if (!dossierId) return [];
  const dossier = (await getDossierRow(db, dossierId))?.dossier;
  if (!dossier) return [];
  const record: EvidenceRecord = { dossier: { ...recordOf('dossier', dossier as ItemCore), status: dossier.status }, councilSeat: true };
  return (await repo.listEvidence(db, dossierId)).map((r) => present(actor, record, r));
}

/**
 * Re-recognition or upgrade (item 7): the evidence of the product's last dossier goes over to
 * the new one, each item marked as reused with its original date (files are shared, not copied).
 */
export async function carryEvidenceOver(tx: Tx, ctx: CycleCtx, fromId: string, toId: string): Promise<void> {
  const rows = await repo.listEvidence(tx, fromId);
  if (!rows.length) return;
  const today = clock.today();
  for (const { evidence: e } of rows) {
    await repo.insertEvidence(tx, {
      dossierId: toId, criterionCode: e.criterionCode, optionCode: e.optionCode, kind: e.kind, fileId: e.fileId, url: e.url, title: e.title,
      validUntil: e.validUntil, reusedFromId: e.id, originalDate: e.originalDate ?? toIsoDate(e.createdAt), createdById: e.createdById, createdByName: e.createdByName,
    });
  }
  await audit(tx, ctx.who, 'dossier.reuse-evidence', 'dossier', toId, {
    reusedFromId: { from: null, to: fromId },
    evidence: { from: null, to: rows.length },
    expired: { from: null, to: rows.filter((r) => r.evidence.validUntil !== null && r.evidence.validUntil < today).map((r) => r.evidence.criterionCode) },
  });
}
