import crypto from 'node:crypto';
import path from 'node:path';
import type { Db, Executor } from '../../db/client';
import * as repo from '../../db/repositories/inspections.repository';
import { getCertificate as getCertificateRow } from '../../db/repositories/certificates.repository';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { actionsOn, authorize, may, scopeOf, type Actor, type InspectionRecord } from '../../domain/policy';
import {
  checklistForPlan, closedProblem, inspectionChecklistByCode, inspectionChecklistFor, isOpen, planProblems, recordProblems, resultCounts,
  type InspectionChecklist,
} from '../../domain/inspections';
import { certificateStatus } from '../../domain/certificates';
import { DEFAULT_PHOTO_WIDTH, PHOTO_WIDTHS, type PhotoVariant } from '../../domain/portal/photos';
import { searchKey } from '../../domain/text/normalize';
import type { Inspection, InspectionPhoto, inspections } from '../../contracts/inspections';
import type { BodyOf, QueryOf } from '../../contracts/http';
import { audit, diff, type AuditActor } from '../audit.service';
import { expiringSoonDays } from '../certificate-settings';
import { revokeCertificateIn } from '../certificates.service';
import { invalidateVerification } from '../verification-cache';
import { resizePhoto, type PhotoStore, type PhotoUpload } from '../portal/photos.service';
import * as clock from '../clock';

/**
 * Post-recognition inspections (hậu kiểm): the provincial office plans one for a certificate in
 * force, then records it once — checklist results, findings, photos and an outcome. "Revoke"
 * revokes the certificate through the certificate service in the same transaction. A planned
 * inspection may be edited (date, inspectors, note, checklist version), cancelled with a reason,
 * and have photos added or removed; a recorded or cancelled one is final. Every write is audited
 * on the inspection and, for planning, recording and cancelling, on the product (its timeline).
 */

const SUBJECT = 'inspection';
/** Photos one inspection may carry. */
export const MAX_PHOTOS_PER_INSPECTION = 20;

function locatedOf(row: repo.InspectionRow): InspectionRecord {
  return { unitStructure: row.unitStructure, unitCode: row.unitCode, provinceCode: row.provinceCode, districtCode: row.districtCode, entityId: row.entityId, status: row.status };
}

function checklistOf(row: repo.InspectionRow): InspectionChecklist {
  return inspectionChecklistByCode(row.checklistCode) ?? inspectionChecklistFor(row.plannedOn);
}

function photoUrl(id: string, variant: PhotoVariant): string {
  return `/api/inspection-photos/${id}/${variant}`;
}

function presentPhoto(row: repo.InspectionPhotoRow): InspectionPhoto {
  const srcset: string[] = [];
  for (const w of PHOTO_WIDTHS) {
    const actual = Math.min(w, row.width);
    srcset.push(`${photoUrl(row.id, `w${w}.webp`)} ${actual}w`);
    if (actual < w) break;
  }
  return { id: row.id, width: row.width, height: row.height, alt: row.alt, src: photoUrl(row.id, `w${DEFAULT_PHOTO_WIDTH}.webp`), srcset: srcset.join(', ') };
}

export function presentInspection(view: repo.InspectionView, photos: readonly repo.InspectionPhotoRow[], actor: Actor | null, today: string): Inspection {
  const row = view.inspection;
  const checklist = checklistOf(row);
  const cert = { issuedOn: view.certificateIssuedOn, validUntil: view.certificateValidUntil, revokedOn: view.certificateRevokedOn, supersededOn: view.certificateSupersededOn };
  const certificateStatusToday = today < cert.issuedOn ? 'valid' : certificateStatus(cert, today, expiringSoonDays());
  return {
    id: row.id,
    certificateId: row.certificateId,
    certificateNumber: view.certificateNumber,
    certificateStatus: certificateStatusToday,
    certificateIssuedOn: view.certificateIssuedOn,
    stars: view.stars,
    productId: row.productId,
    productName: view.productName,
    entityId: row.entityId,
    entityName: view.entityName,
    unitCode: row.unitCode,
    unitName: view.unitName,
    provinceCode: row.provinceCode,
    status: row.status,
    plannedOn: row.plannedOn,
    planNote: row.planNote,
    inspectors: row.inspectors,
    inspectedOn: row.inspectedOn,
    checklist: {
      code: checklist.code,
      ruleVersion: checklist.ruleVersion,
      name: checklist.name,
      toVerify: checklist.toVerify,
      items: checklist.items.map((i) => ({ code: i.code, label: i.label, description: i.description ?? null })),
    },
    results: row.results.map((r) => ({ code: r.code, result: r.result, note: r.note ?? null })),
    counts: resultCounts(row.results),
    findings: row.findings,
    outcome: row.outcome,
    fixBy: row.fixBy,
    cancelReason: row.cancelReason,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    photos: photos.map(presentPhoto),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    actions: actionsOn(actor, 'inspection', locatedOf(row)),
  };
}

async function presentOne(db: Executor, actor: Actor, id: string): Promise<Inspection> {
  const view = await repo.getInspection(db, id);
  if (!view) throw new NotFoundError(SUBJECT);
  return presentInspection(view, await repo.listInspectionPhotos(db, [id]), actor, clock.today());
}

export type InspectionListParams = QueryOf<typeof inspections.list>;

export async function listInspections(db: Db, actor: Actor, params: InspectionListParams) {
  const scope = scopeOf(actor, 'read', 'inspection');
  const { rows, total } = await repo.listInspections(db, { ...params, q: params.q ? searchKey(params.q) : undefined, scope });
  const photos = await repo.listInspectionPhotos(db, rows.map((r) => r.inspection.id));
  const today = clock.today();
  return { items: rows.map((r) => presentInspection(r, photos.filter((p) => p.inspectionId === r.inspection.id), actor, today)), total };
}

async function loadVisible(db: Executor, actor: Actor, id: string, lock = false): Promise<repo.InspectionView> {
  const view = await repo.getInspection(db, id, { forUpdate: lock });
  if (!view) throw new NotFoundError(SUBJECT);
  authorize(actor, 'read', SUBJECT, locatedOf(view.inspection));
  return view;
}

/** Loads an inspection for a change (row locked): 404 outside the jurisdiction, 409 once recorded or cancelled, 403 for readers. */
async function loadOpen(db: Executor, actor: Actor, id: string, action: 'update' | 'record' | 'cancel'): Promise<repo.InspectionView> {
  const view = await loadVisible(db, actor, id, true);
  if (!isOpen(view.inspection.status)) throw new ConflictError(closedProblem(view.inspection.status));
  authorize(actor, action, SUBJECT, locatedOf(view.inspection));
  return view;
}

export async function getInspection(db: Db, actor: Actor, id: string): Promise<Inspection> {
  await loadVisible(db, actor, id);
  return presentOne(db, actor, id);
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

const AUDIT_FIELDS = ['plannedOn', 'planNote', 'inspectors', 'checklistCode'];

/** Plans an inspection of a certificate in force, or returns the first one for a retried request id (`created` false). */
export async function planInspection(
  db: Db, actor: Actor, who: AuditActor, input: BodyOf<typeof inspections.plan>, headerKey: string | null,
): Promise<{ inspection: Inspection; created: boolean }> {
  const requestId = headerKey ?? input.requestId ?? null;
  if (requestId && requestId.length > 200) throw new ValidationError([{ path: 'requestId', code: 'errors.tooLong', params: { maximum: 200 } }]);
  if (requestId) {
    const first = await repo.findInspectionByRequest(db, actor.id, requestId);
    if (first) return { inspection: await presentOne(db, actor, first.id), created: false };
  }
  const cert = (await getCertificateRow(db, input.certificateId))?.certificate;
  const place = cert && { unitStructure: cert.unitStructure, unitCode: cert.unitCode, provinceCode: cert.provinceCode, districtCode: cert.districtCode, entityId: cert.entityId };
  if (!cert || !place || !may(actor, 'read', 'certificate', place)) {
    throw new ValidationError([{ path: 'certificateId', code: 'errors.inspection.unknownCertificate' }]);
  }
  if (!may(actor, 'create', SUBJECT, place)) throw new ForbiddenError();
  const status = certificateStatus(cert, clock.today(), expiringSoonDays());
  if (status !== 'valid' && status !== 'expiring') {
    throw new ValidationError([{ path: 'certificateId', code: 'errors.inspection.certificateNotInForce', params: { status } }]);
  }
  const problems = planProblems(input.plannedOn, cert.issuedOn);
  if (problems.length) throw new ValidationError(problems);
  const checklist = inspectionChecklistFor(input.plannedOn);
  try {
    const id = await db.transaction(async (tx) => {
      const row = await repo.insertInspection(tx, {
        certificateId: cert.id, productId: cert.productId, ...place, entityId: cert.entityId,
        plannedOn: input.plannedOn, checklistCode: checklist.code, planNote: input.planNote ?? null, inspectors: input.inspectors ?? null,
        requestId, createdBy: actor.id,
      });
      await audit(tx, who, 'create', SUBJECT, row.id, diff(null, row, AUDIT_FIELDS));
      await audit(tx, who, 'inspection.plan', 'product', cert.productId, { inspectionId: row.id, certificate: cert.number, plannedOn: row.plannedOn });
      return row.id;
    });
    return { inspection: await presentOne(db, actor, id), created: true };
  } catch (e) {
    // a concurrent retry with the same request id committed first: answer with its inspection
    if (requestId && isUniqueViolation(e)) {
      const first = await repo.findInspectionByRequest(db, actor.id, requestId);
      if (first) return { inspection: await presentOne(db, actor, first.id), created: false };
    }
    throw e;
  }
}

export async function updateInspection(db: Db, actor: Actor, who: AuditActor, id: string, patch: BodyOf<typeof inspections.update>): Promise<Inspection> {
  await db.transaction(async (tx) => {
    const view = await loadOpen(tx, actor, id, 'update');
    const before = view.inspection;
    if (before.version !== patch.version) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: patch.version });
    const plannedOn = patch.plannedOn ?? before.plannedOn;
    const problems = planProblems(plannedOn, view.certificateIssuedOn);
    const checklist = checklistForPlan(plannedOn, view.certificateIssuedOn, before.checklistCode, patch.checklistCode);
    if ('problem' in checklist) throw new ValidationError([...problems, checklist.problem]);
    if (problems.length) throw new ValidationError(problems);
    const after = await repo.updateInspection(tx, id, patch.version, {
      plannedOn,
      checklistCode: checklist.code,
      ...(patch.planNote !== undefined ? { planNote: patch.planNote } : {}),
      ...(patch.inspectors !== undefined ? { inspectors: patch.inspectors } : {}),
    });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: patch.version });
    await audit(tx, who, 'update', SUBJECT, id, diff(before, after, AUDIT_FIELDS));
  });
  return presentOne(db, actor, id);
}

/** Cancels a planned inspection with a reason (final: no later edit, recording or photo). */
export async function cancelInspection(db: Db, actor: Actor, who: AuditActor, id: string, input: BodyOf<typeof inspections.cancel>): Promise<Inspection> {
  await db.transaction(async (tx) => {
    const view = await loadOpen(tx, actor, id, 'cancel');
    const before = view.inspection;
    if (before.version !== input.version) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: input.version });
    const after = await repo.updateInspection(tx, id, input.version, { status: 'cancelled', cancelReason: input.reason, cancelledBy: actor.id, cancelledAt: clock.now() });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: input.version });
    await audit(tx, who, 'inspection.cancel', SUBJECT, id, { status: { from: 'planned', to: 'cancelled' } }, input.reason);
    await audit(tx, who, 'inspection.cancel', 'product', before.productId, { inspectionId: id, plannedOn: before.plannedOn }, input.reason);
  });
  return presentOne(db, actor, id);
}

/** Records a planned inspection; the outcome "revoke" revokes its certificate in the same transaction. */
export async function recordInspection(db: Db, actor: Actor, who: AuditActor, id: string, input: BodyOf<typeof inspections.record>): Promise<Inspection> {
  const today = clock.today();
  let revoked = false;
  await db.transaction(async (tx) => {
    const view = await loadOpen(tx, actor, id, 'record');
    const before = view.inspection;
    if (before.version !== input.version) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: input.version });
    const results = input.results.map((r) => ({ code: r.code, result: r.result, note: r.note ?? null }));
    const fixBy = input.fixBy ?? null;
    const problems = recordProblems({ inspectedOn: input.inspectedOn, results, findings: input.findings, outcome: input.outcome, fixBy }, {
      checklist: checklistOf(before), today, issuedOn: view.certificateIssuedOn,
    });
    if (problems.length) throw new ValidationError(problems);
    const after = await repo.updateInspection(tx, id, input.version, {
      status: 'recorded', inspectedOn: input.inspectedOn, results, findings: input.findings ?? null, outcome: input.outcome, fixBy,
      ...(input.inspectors !== undefined ? { inspectors: input.inspectors } : {}),
      recordedBy: actor.id, recordedAt: clock.now(),
    });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: input.version });
    const counts = resultCounts(results);
    await audit(tx, who, 'inspection.record', SUBJECT, id, { status: { from: 'planned', to: 'recorded' }, outcome: { from: null, to: input.outcome }, fixBy: { from: null, to: fixBy }, failed: counts.fail }, input.findings ?? null);
    await audit(tx, who, 'inspection.record', 'product', before.productId, { inspectionId: id, inspectedOn: input.inspectedOn, outcome: input.outcome, fixBy, failed: counts.fail }, input.findings ?? null);
    if (input.outcome === 'revoke') {
      const cert = await getCertificateRow(tx, before.certificateId, { forUpdate: true });
      if (!cert) throw new NotFoundError('certificate');
      const reason = input.revokeReason ?? input.findings ?? '';
      await revokeCertificateIn(tx, actor, who, before.certificateId, { reason, version: cert.certificate.version, revokedOn: input.inspectedOn });
      revoked = true;
    }
  });
  // The next scan of the certificate's QR code or of a stamp of the product reads the revocation.
  if (revoked) invalidateVerification();
  return presentOne(db, actor, id);
}

// ---------------------------------------------------------------- photos

/** Adds a photo to a planned inspection (taken on the visit, before it is recorded). The same picture twice is stored once. */
export async function uploadInspectionPhoto(
  db: Db, store: PhotoStore, actor: Actor, who: AuditActor, id: string, input: PhotoUpload,
): Promise<{ photo: InspectionPhoto; created: boolean }> {
  await loadOpen(db, actor, id, 'record');
  const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');
  const same = await repo.findInspectionPhotoBySha(db, id, sha256);
  if (same) return { photo: presentPhoto(same), created: false };
  const resized = await resizePhoto(input.bytes);
  const photoId = crypto.randomUUID();
  const storageKey = path.posix.join('inspection-photos', String(clock.now().getUTCFullYear()), photoId);
  await store.write(storageKey, resized.copies);
  try {
    const result = await db.transaction(async (tx) => {
      // the inspection's row lock serialises concurrent uploads and the recording
      await loadOpen(tx, actor, id, 'record');
      const again = await repo.findInspectionPhotoBySha(tx, id, sha256);
      if (again) return { row: again, created: false };
      if ((await repo.countInspectionPhotos(tx, id)) >= MAX_PHOTOS_PER_INSPECTION) throw new ConflictError('errors.photo.tooMany', { max: MAX_PHOTOS_PER_INSPECTION });
      const row = await repo.insertInspectionPhoto(tx, {
        id: photoId, inspectionId: id, width: resized.width, height: resized.height, alt: input.alt?.trim() || null, sha256, storageKey, uploadedById: actor.id,
      });
      await audit(tx, who, 'photo.add', SUBJECT, id, { photoId, width: resized.width, height: resized.height, sha256 });
      return { row, created: true };
    });
    if (!result.created) await store.remove(storageKey);
    return { photo: presentPhoto(result.row), created: result.created };
  } catch (e) {
    await store.remove(storageKey);
    throw e;
  }
}

/**
 * Removes a photo from a planned inspection (a wrong or duplicate picture taken on the visit):
 * the inspection no longer lists or serves it; 409 once recorded or cancelled, 404 for a photo
 * of another inspection. Serialised with uploads and the recording by the inspection's row lock.
 */
export async function removeInspectionPhoto(db: Db, actor: Actor, who: AuditActor, id: string, photoId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await loadOpen(tx, actor, id, 'record');
    const removed = await repo.removeInspectionPhoto(tx, id, photoId, actor.id);
    if (!removed) throw new NotFoundError('photo');
    await audit(tx, who, 'photo.remove', SUBJECT, id, { photoId, sha256: removed.sha256 });
  });
}

/** The file of an inspection photo's copy, for those who may read the inspection (404 for everyone else). */
export async function inspectionPhotoFile(db: Db, store: PhotoStore, actor: Actor | null, photoId: string, variant: PhotoVariant): Promise<string> {
  const photo = await repo.getInspectionPhoto(db, photoId);
  if (!photo || !actor) throw new NotFoundError('photo');
  try {
    await loadVisible(db, actor, photo.inspectionId);
  } catch (e) {
    if (e instanceof AppError) throw new NotFoundError('photo');
    throw e;
  }
  return store.file(photo.storageKey, variant);
}
