import { canSeeCycleItem, mayFile, scopeOf } from '../../domain/policy';
import type { Dossier, DossierDetail, DossierVersion } from '../../contracts/dossiers';
import type { Executor, Tx } from '../../db/client';
import * as repo from '../../db/repositories/dossiers.repository';
import { getBusinessPlan } from '../../db/repositories/business-plans.repository';
import { getProduct } from '../../db/repositories/products.repository';
import { insertFile, listFiles } from '../../db/repositories/uploads.repository';
import { listCertificates } from '../../db/repositories/certificates.repository';
import { addDays, formatDateVi, toIsoDate } from '../../domain/dates';
import { expiringSoonDays } from '../certificate-settings';
import { getVersion, listVersions } from '../../db/repositories/workflow.repository';
import { checkCompleteness, checklistFor, COMMUNE_PRE_ASSESSMENT_CRITERIA, DOSSIER_CHECKLISTS, DOSSIER_ENTRY_PATH_LABELS, isItemRequired, preAssessmentOutcome, type CommunePreAssessment, type DossierChecklist, type DossierEntryPath, carryOver, renewalRefusal, reRecognitionOpensOn, type CertificateInForce, type DossierPurpose } from '../../domain/cycle';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { searchKey } from '../../domain/text/normalize';
import { audit, diff } from '../audit.service';
import { entityForFiling, itemSearchText, procedureNow, yearNow } from './common';
import { presentFile } from './uploads.service';
import { carryEvidenceOver } from './evidence.service';
import * as clock from '../clock';
import {
  applyItemTransition,
  cycleForFiling,
  ensureVisible,
  idempotent,
  initialDueOn,
  recordOf,
  presentCore,
  procedureOf,
  recordCreation,
  timelineOf,
  type CycleCtx,
  type Idempotency,
  type ItemCore,
  type TransitionHooks,
  type TransitionInput,
} from './workflow';

/**
 * Step 5 entry — evaluation dossiers: the documents the rule version requires, uploaded per
 * checklist item; the commune's pre-assessment (two-level procedure); the province's
 * completeness check. Products come through the cycle (idea → plan) or, when they already
 * exist, register directly; the path each product took is recorded.
 */

export interface DossierCreateInput {
  entryPath: DossierEntryPath;
  businessPlanId?: string;
  productId?: string;
  cycleYear?: number;
  purpose?: DossierPurpose;
}

type DossierView = NonNullable<Awaited<ReturnType<typeof repo.getDossier>>>;
type DossierRow = repo.DossierRow;

function checklistOf(d: Pick<DossierRow, 'checklistCode'>): DossierChecklist {
  return DOSSIER_CHECKLISTS.find((c) => c.code === d.checklistCode) ?? DOSSIER_CHECKLISTS[DOSSIER_CHECKLISTS.length - 1];
}

function contextOf(d: DossierRow) {
  return { entryPath: d.entryPath, groupCode: d.subgroupCode ?? d.groupCode };
}

/** Codes of the checklist items present: uploaded files, and the accepted plan of a cycle product. */
function presentCodes(d: DossierRow, files: Array<{ itemCode: string }>): string[] {
  const codes = new Set(files.map((f) => f.itemCode));
  if (d.businessPlanId) codes.add('business-plan');
  return [...codes];
}

function completenessOf(d: DossierRow, files: Array<{ itemCode: string }>) {
  return checkCompleteness(checklistOf(d), { ...contextOf(d), present: presentCodes(d, files) });
}

function summary(ctx: Pick<CycleCtx, 'actor' | 'lang'>, v: DossierView): Dossier {
  const d = v.dossier;
  return {
    ...presentCore('dossier', d, ctx.actor, ctx.lang, v),
    entryPath: d.entryPath,
    entryPathLabel: DOSSIER_ENTRY_PATH_LABELS[d.entryPath]?.label[ctx.lang] ?? d.entryPath,
    productId: d.productId,
    businessPlanId: d.businessPlanId,
    ideaId: d.ideaId,
    checklistCode: d.checklistCode,
    purpose: d.purpose ?? null,
    reusedFromId: d.reusedFromId ?? null,
  };
}

async function loadView(db: Executor, ctx: Pick<CycleCtx, 'actor'>, id: string): Promise<DossierView> {
  const view = await repo.getDossier(db, id);
  ensureVisible(ctx.actor, view?.dossier, 'dossier');
  return view!;
}

export async function getDossier(ctx: CycleCtx, id: string): Promise<DossierDetail> {
  const view = await loadView(ctx.db, ctx, id);
  const d = view.dossier;
  const [timeline, versions, files] = await Promise.all([timelineOf(ctx.db, 'dossier', id), listVersions(ctx.db, 'dossier', id), listFiles(ctx.db, 'dossier', id)]);
  const checklist = checklistOf(d);
  const completeness = completenessOf(d, files);
  const pre = d.preAssessment;
  return {
    ...summary(ctx, view),
    checklist: {
      code: checklist.code,
      ruleVersion: checklist.ruleVersion,
      name: checklist.name[ctx.lang],
      toVerify: checklist.toVerify,
      items: checklist.items.map((item) => ({
        code: item.code,
        name: item.name[ctx.lang],
        description: item.description?.[ctx.lang] ?? null,
        required: isItemRequired(item, contextOf(d)),
        acceptedTypes: item.acceptedTypes,
        communePreAssessed: item.communePreAssessed,
        present: completeness.required.includes(item.code) ? !completeness.missing.includes(item.code) : presentCodes(d, files).includes(item.code),
        files: files.filter((f) => f.itemCode === item.code).map((f) => presentFile(f, item.validForMonths)),
      })),
    },
    completeness: { complete: completeness.complete, missing: completeness.missing, required: completeness.required },
    preAssessment: pre?.results ? { results: pre.results, ...(pre.note !== undefined ? { note: pre.note } : {}) } : null,
    sheetPreAssessment: pre?.sheet ?? null,
    preAssessedAt: d.preAssessedAt ? d.preAssessedAt.toISOString() : null,
    preAssessmentOutcome: pre?.results ? preAssessmentOutcome(pre.results) : null,
    preAssessmentCriteria: COMMUNE_PRE_ASSESSMENT_CRITERIA.map((c) => ({ code: c.code, label: c.label[ctx.lang], disqualifying: c.disqualifying })),
    timeline,
    versions: versions.map((v) => ({ number: v.number, at: v.createdAt.toISOString(), by: v.createdByName, files: v.files })),
  };
}

export interface DossierListParams {
  status?: string[];
  cycleYear?: number;
  unit?: string;
  q?: string;
  entityId?: string;
  entryPath?: DossierEntryPath;
  productId?: string;
  businessPlanId?: string;
  page: number;
  pageSize: number;
}

export async function listDossiers(ctx: CycleCtx, p: DossierListParams) {
  const { rows, total } = await repo.listDossiers(ctx.db, {
    scope: scopeOf(ctx.actor, 'read', 'cycleItem'),
    statuses: p.status,
    cycleYear: p.cycleYear,
    unit: p.unit,
    q: p.q ? searchKey(p.q) : undefined,
    entityId: p.entityId,
    entryPath: p.entryPath,
    productId: p.productId,
    businessPlanId: p.businessPlanId,
    page: p.page,
    pageSize: p.pageSize,
  });
  return { items: rows.map((r) => summary(ctx, r)), total };
}

interface DossierOrigin {
  location: { unitStructure: 'current' | 'legacy'; unitCode: string; provinceCode: string; districtCode: string | null };
  entityId: string;
  entityName: string | null;
  productId: string | null;
  businessPlanId: string | null;
  ideaId: string | null;
  productName: string;
  groupCode: string;
  subgroupCode: string | null;
}

async function productOfEntity(db: Executor, ctx: CycleCtx, productId: string, entityId: string | null) {
  const view = await getProduct(db, productId);
  const p = view?.product;
  const visible =
    p &&
    canSeeCycleItem(ctx.actor, { unitStructure: p.unitStructure as 'current' | 'legacy', unitCode: p.unitCode, provinceCode: p.provinceCode, districtCode: p.districtCode, entityId: p.entityId });
  if (!p || !visible || (entityId && p.entityId !== entityId)) throw new ValidationError([{ path: 'productId', code: 'errors.product.unknown' }]);
  return { product: p, entityName: view.entityName };
}

async function resolveOrigin(db: Executor, ctx: CycleCtx, input: DossierCreateInput): Promise<DossierOrigin> {
  if (input.entryPath === 'cycle') {
    if (!input.businessPlanId) throw new ValidationError([{ path: 'businessPlanId', code: 'errors.required' }]);
    const plan = (await getBusinessPlan(db, input.businessPlanId))?.plan;
    if (!plan || !canSeeCycleItem(ctx.actor, recordOf('business-plan', plan as ItemCore))) {
      throw new ValidationError([{ path: 'businessPlanId', code: 'errors.businessPlan.unknown' }]);
    }
    if (plan.status !== 'accepted') throw new ConflictError('errors.dossier.planNotAccepted');
    if (!plan.entityId) throw new ConflictError('errors.dossier.entityRequired');
    const entity = await entityForFiling(db, ctx.actor, plan.entityId);
    const linked = input.productId ? await productOfEntity(db, ctx, input.productId, plan.entityId) : null;
    return {
      location: entity.location,
      entityId: plan.entityId,
      entityName: entity.entityName,
      productId: linked?.product.id ?? null,
      businessPlanId: plan.id,
      ideaId: plan.ideaId,
      productName: linked?.product.name ?? plan.productName,
      groupCode: linked?.product.groupCode ?? plan.groupCode,
      subgroupCode: linked?.product.subgroupCode ?? plan.subgroupCode,
    };
  }
  if (!input.productId) throw new ValidationError([{ path: 'productId', code: 'errors.required' }]);
  if (input.businessPlanId) throw new ValidationError([{ path: 'businessPlanId', code: 'errors.dossier.planOnCyclePath' }]);
  const { product, entityName } = await productOfEntity(db, ctx, input.productId, null);
  return {
    location: {
      unitStructure: product.unitStructure === 'legacy' ? 'legacy' : 'current',
      unitCode: product.unitCode,
      provinceCode: product.provinceCode,
      districtCode: product.districtCode,
    },
    entityId: product.entityId,
    entityName,
    productId: product.id,
    businessPlanId: null,
    ideaId: null,
    productName: product.name,
    groupCode: product.groupCode,
    subgroupCode: product.subgroupCode,
  };
}

function missingText(checklist: DossierChecklist, missing: string[], lang: 'vi' | 'en'): string {
  return missing.map((code) => checklist.items.find((i) => i.code === code)?.name[lang] ?? code).join('; ');
}

function incomplete(d: DossierRow, missing: string[]): ConflictError {
  const checklist = checklistOf(d);
  return new ConflictError('errors.dossier.incomplete', {
    count: missing.length,
    missingVi: missingText(checklist, missing, 'vi'),
    missingEn: missingText(checklist, missing, 'en'),
  });
}

export function dossierHooks(extra: { preAssessment?: CommunePreAssessment }): TransitionHooks {
  return {
    load: async (db, id) => (await repo.getDossier(db, id))?.dossier as ItemCore | undefined,
    title: (core) => core.productName,
    snapshot: async (tx, core) => {
      const d = (await repo.getDossier(tx, core.id))!.dossier;
      const files = await listFiles(tx, 'dossier', core.id);
      return {
        content: { productName: d.productName, groupCode: d.groupCode, subgroupCode: d.subgroupCode, entryPath: d.entryPath, productId: d.productId, businessPlanId: d.businessPlanId, checklistCode: d.checklistCode },
        files: files.map((f) => ({ id: f.id, itemCode: f.itemCode, fileName: f.fileName })),
      };
    },
    guard: async (tx: Tx, core, t) => {
      const d = (await repo.getDossier(tx, core.id))!.dossier;
      const current = procedureOf(core) === 'current';
      if (t.action === 'submit' || t.action === 'resubmit' || t.action === 'confirm-complete') {
        const c = completenessOf(d, await listFiles(tx, 'dossier', core.id));
        if (!c.complete) throw incomplete(d, c.missing);
      }
      if (t.action === 'pre-assess') {
        if (!extra.preAssessment) {
          if (current) throw new ValidationError([{ path: 'preAssessment', code: 'errors.required' }]);
          return;
        }
        // one record: keep the sheet criteria a round pre-assessed on this dossier
        return { preAssessment: { ...extra.preAssessment, ...(d.preAssessment?.sheet ? { sheet: d.preAssessment.sheet } : {}) }, preAssessedAt: new Date() };
      }
      if (t.action === 'forward' && current) {
        const pre = d.preAssessment;
        if (!pre?.results) throw new ConflictError('errors.dossier.preAssessmentMissing');
        const outcome = preAssessmentOutcome(pre.results);
        if (!outcome.mayPropose) {
          const names = outcome.disqualifiedBy.map((c) => COMMUNE_PRE_ASSESSMENT_CRITERIA.find((x) => x.code === c)!.label);
          throw new ConflictError('errors.dossier.disqualified', { criteriaVi: names.map((n) => n.vi).join('; '), criteriaEn: names.map((n) => n.en).join('; ') });
        }
      }
    },
  };
}

export async function createDossier(ctx: CycleCtx, input: DossierCreateInput, idem: Omit<Idempotency, 'scope' | 'body'>) {
  if (!mayFile(ctx.actor, 'dossier')) throw new ForbiddenError();
  if (input.purpose && input.entryPath !== 'existing-product') throw new ValidationError([{ path: 'purpose', code: 'errors.dossier.renewal.existingProductOnly' }]);
  const origin = await resolveOrigin(ctx.db, ctx, input);
  const cycle = await cycleForFiling(ctx.db, origin.location.provinceCode, input.cycleYear ?? yearNow());
  const checklist = checklistFor(clock.now());
  const outcome = await idempotent(ctx, { ...idem, scope: 'POST /api/dossiers', body: input }, async (tx) => {
    const live = await repo.liveDossierOf(tx, { productId: origin.productId, businessPlanId: origin.businessPlanId });
    if (live) throw new ConflictError('errors.dossier.duplicate', { id: live.id });
    const from = input.purpose ? await renewalSource(tx, input.purpose, origin.productId!) : null;
    const row = await repo.insertDossier(tx, {
      cycleId: cycle.id,
      cycleYear: cycle.year,
      procedure: procedureNow(),
      ...origin.location,
      entityId: origin.entityId,
      ownerEntityId: origin.entityId,
      productName: origin.productName,
      groupCode: origin.groupCode,
      subgroupCode: origin.subgroupCode,
      status: 'draft',
      createdById: ctx.actor.id,
      filedByRole: ctx.actor.role,
      dueOn: initialDueOn('dossier', cycle, ctx.actor.role),
      searchText: itemSearchText(origin.productName, origin.entityName),
      entryPath: input.entryPath,
      productId: origin.productId,
      businessPlanId: origin.businessPlanId,
      ideaId: origin.ideaId,
      checklistCode: checklist.code,
      purpose: input.purpose ?? null,
      reusedFromId: from?.id ?? null,
    });
    await recordCreation(tx, ctx, 'dossier', row.id, 'draft', diff(null, row, ['productName', 'entryPath', 'productId', 'businessPlanId', 'checklistCode', 'cycleYear', 'purpose', 'reusedFromId']));
    if (from) {
      await carryFilesOver(tx, ctx, from.id, row.id, checklist);
      await carryEvidenceOver(tx, ctx, from.id, row.id);
    }
    return { itemType: 'dossier' as const, itemId: row.id, statusCode: 201 };
  });
  return { outcome, dossier: await getDossier(ctx, outcome.itemId) };
}

/**
 * Re-recognition or upgrade: the product's latest certificate must allow it today
 * (domain/cycle/renewal.ts) and the product must have an earlier dossier to start from.
 */
async function renewalSource(tx: Tx, purpose: DossierPurpose, productId: string): Promise<DossierRow> {
  const today = clock.today();
  const { rows } = await listCertificates(tx, { scope: { kind: 'all' }, today, expiringUntil: addDays(today, expiringSoonDays()), productId, page: 1, pageSize: 1 });
  const latest = rows[0];
  const refusal = renewalRefusal(
    purpose,
    latest ? { status: latest.status as CertificateInForce['status'], validUntil: latest.certificate.validUntil, stars: latest.certificate.stars } : null,
    today,
  );
  if (refusal) throw new ConflictError(refusal, { opensOn: latest ? formatDateVi(reRecognitionOpensOn(latest.certificate.validUntil)) : '' });
  const from = await repo.lastDossierOfProduct(tx, productId);
  if (!from) throw new ConflictError('errors.dossier.renewal.noEarlierDossier');
  return from;
}

/** Copies the documents of `fromId` into the new dossier, each marked as reused with its original date. */
async function carryFilesOver(tx: Tx, ctx: CycleCtx, fromId: string, toId: string, checklist: DossierChecklist) {
  const files = await listFiles(tx, 'dossier', fromId);
  const carried = carryOver(
    files.map((f) => ({ id: f.id, itemCode: f.itemCode, originalDate: f.originalDate ?? toIsoDate(f.createdAt) })),
    checklist.items,
    clock.today(),
  );
  const byId = new Map(files.map((f) => [f.id, f]));
  for (const c of carried) {
    const f = byId.get(c.fromFileId)!;
    await insertFile(tx, {
      itemType: 'dossier', itemId: toId, itemCode: f.itemCode, fileName: f.fileName, fileType: f.fileType, mimeType: f.mimeType, sizeBytes: f.sizeBytes, sha256: f.sha256,
      storageKey: f.storageKey, uploadedById: f.uploadedById, uploadedByName: f.uploadedByName, reusedFromFileId: f.id, originalDate: c.originalDate,
    });
  }
  await audit(tx, ctx.who, 'dossier.reuse', 'dossier', toId, {
    reusedFromId: { from: null, to: fromId },
    files: { from: null, to: carried.length },
    expired: { from: null, to: carried.filter((c) => c.expired).map((c) => c.itemCode) },
  });
}

export async function transitionDossier(
  ctx: CycleCtx,
  id: string,
  input: TransitionInput & { preAssessment?: CommunePreAssessment },
  key: string | null,
) {
  await loadView(ctx.db, ctx, id);
  const body = { action: input.action, note: input.note ?? null, preAssessment: input.preAssessment ?? null };
  const outcome = await idempotent(ctx, { key, scope: `dossier:${id}:transition`, body }, async (tx) => {
    await applyItemTransition(tx, ctx, 'dossier', id, input, dossierHooks({ preAssessment: input.preAssessment }));
    return { itemType: 'dossier' as const, itemId: id, statusCode: 200 };
  });
  return { outcome, dossier: await getDossier(ctx, id) };
}

export async function dossierVersion(ctx: CycleCtx, id: string, number: number): Promise<DossierVersion> {
  await loadView(ctx.db, ctx, id);
  const v = await getVersion(ctx.db, 'dossier', id, number);
  if (!v) throw new NotFoundError('version');
  return { number: v.number, at: v.createdAt.toISOString(), by: v.createdByName, content: v.content, files: v.files };
}
