import type { Db, Executor } from '../db/client';
import * as repo from '../db/repositories/rounds.repository';
import { findUnit } from '../db/repositories/units.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldProblem } from '../domain/errors';
import {
  actionsOn, authorize, COUNCIL_ROLES, isChairSeat, isScoringSeat, mayCreateRoundAt, mayPreAssess, maySitOnCouncil, organises, roundListScope, seatOf, may,
  type Actor, type Located, type RoundAction, type RoundRecord,
} from '../domain/policy';
import { formatDateVi } from '../domain/dates';
import * as clock from './clock';
import type { CriteriaSet } from '../domain/criteria/types';
import {
  formatScore, recognitionOutcome, recognitionRules, roundResult, ruleLabel, ruleVersionForDate, scoreSheet, type Answers, type RoundLevel,
} from '../domain/ranking';
import { checkCompleteness, checklistFor, requiredItems } from '../domain/cycle/dossier-checklist';
import { preAssessmentOutcome } from '../domain/cycle/dossier.machine';
import { approvalBlocks, planApproval, type ApprovalCheckInput, type PreAssessmentState } from '../domain/ranking/approval-checks';
import { audit, timeline, type AuditActor } from './audit.service';
import { criteriaSetFor, entrySheet, publishedCriteriaSets } from './criteria-sets.service';
import { evidenceForScoring } from './cycle/evidence.service';
import { productSetOf, sheetCodeFor } from '../domain/criteria';
import { issueCertificates, presentCertificate } from './certificates.service';
import { certificatesOfRound } from '../db/repositories/certificates.repository';
import type { Tx } from '../db/client';
import { applyItemTransition, type CycleCtx } from './cycle/workflow';
import { dossierHooks } from './cycle/dossiers.service';
import type {
  MemberInput, PreAssessment, ProductResult, Round, RoundCreateInput, RoundListItem, RoundProduct, rounds, Sheet,
} from '../contracts/rounds';
import type { BodyOf, QueryOf, ResultOf } from '../contracts/http';

/**
 * Evaluation rounds (SPEC C4): a council at one level of one unit, on a date whose rule
 * version decides the criteria and who may recognise which class. Members score each product
 * on their own sheet, private until the round closes; closing computes the means, classes and
 * disagreements; the competent authority's decision approves the results and issues the
 * certificates. Every step is audited under subject "evaluation_round".
 *
 * States: open → closed → approved; closed → open again (the chair reopens before approval).
 */

const NATIONAL_UNIT = 'VN';
const SUBJECT = 'evaluation_round';

// ---------------------------------------------------------------- access

type RoundView = NonNullable<Awaited<ReturnType<typeof repo.getRound>>>;
type MemberView = Awaited<ReturnType<typeof repo.listMembers>>[number];

interface RoundAccess {
  view: RoundView;
  round: repo.RoundRow;
  members: MemberView[];
  me: MemberView | undefined;
  organiser: boolean;
  /** What the policy decides on. */
  record: RoundRecord;
}

/** The round as the policy sees it: where it sits, its status and who sits on its council. */
export function roundRecord(round: repo.RoundRow, members: ReadonlyArray<{ userId: string; role: string }>): RoundRecord {
  return {
    unitStructure: round.unitStructure,
    unitCode: round.unitCode,
    provinceCode: round.provinceCode ?? '',
    districtCode: round.districtCode,
    level: round.level,
    status: round.status,
    seats: members.map((m) => ({ userId: m.userId, seat: m.role })),
  };
}

/** A round the actor may see (404 otherwise). */
export async function loadRound(db: Executor, actor: Actor, id: string, lock?: 'update' | 'share'): Promise<RoundAccess> {
  const view = await repo.getRound(db, id, lock ? { lock } : {});
  if (!view) throw new NotFoundError('round');
  const members = await repo.listMembers(db, id);
  const record = roundRecord(view.round, members);
  authorize(actor, 'read', 'round', record);
  return { view, round: view.round, members, me: members.find((m) => m.userId === actor.id), organiser: organises(actor, record), record };
}

/** 403 (with the message that says why) unless the actor may take the action on the round now. */
function need(actor: Actor, access: RoundAccess, action: RoundAction, code?: string): void {
  authorize(actor, action, 'round', access.record, code);
}

type EntryView = Awaited<ReturnType<typeof repo.listRoundProducts>>[number];

/**
 * The pre-assessed sheet criteria of a product: on its dossier's pre-assessment record when the
 * product came with its dossier (the one record the dossier page shows too), else the round's.
 */
function sheetPreAssessmentOf(e: EntryView): PreAssessment | null {
  return e.entry.dossierId ? (e.dossierPreAssessment?.sheet ?? null) : (e.entry.preAssessment ?? null);
}

/** The commune's pre-assessment as the approval checks read it: the dossier criteria and the sheet criteria. */
function preAssessmentStateOf(e: EntryView): PreAssessmentState {
  const stored = e.entry.dossierId ? e.dossierPreAssessment : null;
  const sheet = sheetPreAssessmentOf(e);
  const dossierPart = stored?.results ? preAssessmentOutcome(stored.results) : null;
  return {
    recorded: (dossierPart?.complete ?? false) || sheet !== null,
    passed: (dossierPart ? dossierPart.mayPropose : true) && (sheet ? sheet.proposed && sheet.disqualified.length === 0 : true),
  };
}

/** Whether the round's procedure gives a level (the commune) criteria to pre-assess (1489/2025). */
function procedurePreAssesses(procedure: ReturnType<typeof safeProcedure>): boolean {
  return !!procedure?.levels.some((l) => (l.preAssessedCriteria?.length ?? 0) > 0);
}

function approvalCheckOf(e: EntryView, preAssessmentRequired: boolean): ApprovalCheckInput {
  const result = e.entry.result;
  return {
    productId: e.entry.productId,
    // before closing, say what would stop the product if it were recognised
    recognised: result ? result.outcome.action === 'recognise' : true,
    dossierStatus: e.entry.dossierStatus,
    preAssessmentRequired,
    preAssessment: preAssessmentRequired ? preAssessmentStateOf(e) : null,
  };
}

function requireOpen(round: repo.RoundRow): void {
  if (round.status !== 'open') throw new ConflictError('errors.round.notOpen', { status: round.status });
}

// ---------------------------------------------------------------- presenting

async function presentRound(db: Executor, actor: Actor, access: RoundAccess): Promise<Round> {
  const { round, members, me, organiser } = access;
  const [entries, conflicts, progress] = await Promise.all([repo.listRoundProducts(db, round.id), repo.listConflicts(db, round.id), repo.sheetProgress(db, round.id)]);
  const scoring = members.filter((m) => isScoringSeat(m.role));
  const sets = await publishedCriteriaSets(db);
  const procedure = safeProcedure(round.ruleVersion, sets.map((s) => s.set));
  const levelRule = procedure?.levels.find((l) => l.level === round.level) ?? null;
  const preAssessmentRequired = procedurePreAssesses(procedure);
  const certs = round.status === 'approved' ? await certificatesOfRound(db, round.id) : [];
  const today = clock.today();
  const closedOrLater = round.status !== 'open';
  const showConflicts = may(actor, 'seeConflicts', 'round', access.record);

  const sheetOf = new Map(await Promise.all(entries.map(async (e) => [e.entry.productId, await entrySheet(db, e.entry)] as const)));

  const products = entries.map((e): RoundProduct => {
    const sheet = sheetOf.get(e.entry.productId)?.sheet;
    const sheetSet = sheetOf.get(e.entry.productId);
    const productConflicts = conflicts.filter((c) => c.conflict.productId === e.entry.productId);
    const conflictedIds = new Set(productConflicts.map((c) => c.conflict.userId));
    const expected = scoring.filter((m) => !conflictedIds.has(m.userId));
    const sheets = progress.filter((p) => p.productId === e.entry.productId && !conflictedIds.has(p.memberId));
    const mine = me ? progress.find((p) => p.productId === e.entry.productId && p.memberId === me.userId) : undefined;
    return {
      productId: e.entry.productId,
      productName: e.productName,
      entityId: e.entityId,
      entityName: e.entityName,
      groupCode: e.groupCode,
      subgroupCode: e.subgroupCode,
      unitName: e.unitName,
      currentStars: e.productStars,
      criteriaSetCode: e.criteriaSetCode,
      productSetCode: productSetOf(e) ?? null,
      sheet: sheet ? { code: sheet.code, name: sheet.name, toBeConfirmed: !!sheetSet?.toBeConfirmed, note: sheet.note ?? null } : null,
      source: e.entry.source,
      dossier: {
        status: e.entry.dossierStatus,
        present: e.entry.dossierPresent ?? [],
        missing: e.entry.dossierMissing ?? [],
        note: e.entry.dossierNote,
        checkedAt: e.entry.checkedAt?.toISOString() ?? null,
      },
      preAssessment: sheetPreAssessmentOf(e),
      communePreAssessment: preAssessmentRequired ? preAssessmentStateOf(e) : null,
      approvalBlocks: round.status === 'approved' ? [] : approvalBlocks(approvalCheckOf(e, preAssessmentRequired)),
      approvalDecision: e.entry.approvalDecision ?? null,
      conflicts: productConflicts
        .filter((c) => showConflicts || c.conflict.userId === actor.id)
        .map((c) => ({ userId: c.conflict.userId, displayName: c.displayName, reason: c.conflict.reason, declaredAt: c.conflict.declaredAt.toISOString() })),
      iHaveConflict: me ? conflictedIds.has(me.userId) : false,
      progress: {
        expected: expected.length,
        complete: sheets.filter((s) => s.complete).length,
        started: sheets.length,
        membersDone: expected.filter((m) => sheets.some((s) => s.memberId === m.userId && s.complete)).map((m) => m.userId),
      },
      mySheet: mine ? { started: true, complete: mine.complete, updatedAt: mine.updatedAt.toISOString() } : { started: false, complete: false, updatedAt: null },
      result: closedOrLater ? (e.entry.result ?? null) : null,
      certificate: (() => {
        const c = certs.find((x) => x.productId === e.entry.productId);
        return c ? presentCertificate(c, today, actor) : null;
      })(),
      actions: actionsOn(actor, 'roundEntry', {
        round: access.record,
        product: { unitStructure: e.unitStructure, unitCode: e.unitCode, provinceCode: e.provinceCode, districtCode: e.districtCode, entityId: e.entityId },
        dossierStatus: e.entry.dossierStatus,
        conflictedUserIds: [...conflictedIds],
      }),
    };
  });

  return {
    id: round.id,
    name: round.name,
    level: round.level,
    unitStructure: round.unitStructure,
    unitCode: round.unitCode,
    unitName: access.view.unitName ?? (round.level === 'central' ? 'Trung ương' : null),
    provinceCode: round.provinceCode,
    date: round.date,
    ruleVersion: round.ruleVersion,
    status: round.status,
    version: round.version,
    decisionNumber: round.decisionNumber,
    decisionDate: round.decisionDate,
    decisionIssuer: round.decisionIssuer,
    closedAt: round.closedAt?.toISOString() ?? null,
    approvedAt: round.approvedAt?.toISOString() ?? null,
    createdAt: round.createdAt.toISOString(),
    procedure: {
      levels: procedure?.levels ?? [],
      note: procedure?.note ?? null,
      thisLevel: levelRule,
    },
    members: members.map((m) => ({ userId: m.userId, displayName: m.displayName, username: m.username, role: m.role })),
    me: { role: me?.role ?? null, isOrganiser: organiser },
    actions: actionsOn(actor, 'round', access.record),
    products,
    certificates: certs.map((c) => presentCertificate(c, today, actor)),
  };
}

function safeProcedure(ruleVersion: string, sets: readonly CriteriaSet[]) {
  try {
    return recognitionRules(ruleVersion, sets);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- listing

export async function listRounds(db: Db, actor: Actor, params: QueryOf<typeof rounds.list>): Promise<{ items: RoundListItem[]; total: number }> {
  // Organisers see their jurisdiction; everyone sees the rounds they sit on.
  const scope = roundListScope(actor);
  const { rows, total } = await repo.listRounds(db, { scope, memberId: actor.id, status: params.status, page: params.page, pageSize: params.pageSize });
  return {
    items: rows.map((r) => ({
      id: r.round.id,
      name: r.round.name,
      level: r.round.level,
      unitCode: r.round.unitCode,
      unitName: r.unitName ?? (r.round.level === 'central' ? 'Trung ương' : null),
      date: r.round.date,
      ruleVersion: r.round.ruleVersion,
      status: r.round.status,
      decisionNumber: r.round.decisionNumber,
      products: r.products,
      members: r.members,
      myRole: r.myRole,
      version: r.round.version,
      // the policy needs only the caller's own seat
      actions: actionsOn(actor, 'round', roundRecord(r.round, r.myRole ? [{ userId: actor.id, role: r.myRole }] : [])),
    })),
    total,
  };
}

export async function getRound(db: Db, actor: Actor, id: string): Promise<Round> {
  return presentRound(db, actor, await loadRound(db, actor, id));
}

export async function roundTimeline(db: Db, actor: Actor, id: string) {
  await loadRound(db, actor, id);
  return timeline(db, SUBJECT, id);
}

/** People who may sit on a council for a unit (organisers only). */
export async function eligibleMembers(db: Db, actor: Actor, level: RoundLevel, unitCode: string) {
  const place = await resolvePlace(db, actor, level, unitCode);
  return { items: await repo.listEligibleUsers(db, place.provinceCode, COUNCIL_ROLES) };
}

// ---------------------------------------------------------------- creating

interface Place {
  unitStructure: 'current' | 'legacy';
  unitCode: string;
  unitName: string;
  provinceCode: string | null;
  districtCode: string | null;
}

/** Where a round sits, checked against who creates it (404-like problems name `unitCode`). */
async function resolvePlace(db: Executor, actor: Actor, level: RoundLevel, unitCode: string): Promise<Place> {
  if (!mayCreateRoundAt(actor, 'central', null) && !mayCreateRoundAt(actor, 'province', actor.provinceCode)) throw new ForbiddenError();
  const outOfScope = () => new ValidationError([{ path: 'unitCode', code: 'errors.unit.outOfScope' }]);
  if (level === 'central') {
    if (unitCode !== NATIONAL_UNIT) throw new ValidationError([{ path: 'unitCode', code: 'errors.round.centralUnit', params: { code: NATIONAL_UNIT } }]);
    if (!mayCreateRoundAt(actor, 'central', null)) throw new ForbiddenError('errors.round.levelNotAllowed');
    return { unitStructure: 'current', unitCode, unitName: 'Trung ương', provinceCode: null, districtCode: null };
  }
  if (!mayCreateRoundAt(actor, level, actor.provinceCode)) throw new ForbiddenError('errors.round.levelNotAllowed');
  const structure = level === 'province' ? 'current' : 'legacy';
  const unit = await findUnit(db, structure, unitCode);
  if (!unit || unit.level !== level) throw new ValidationError([{ path: 'unitCode', code: 'errors.unit.unknown', params: { code: unitCode } }]);
  const provinceCode = unit.currentProvinceCode;
  if (!mayCreateRoundAt(actor, level, provinceCode)) throw outOfScope();
  return { unitStructure: structure, unitCode, unitName: unit.name, provinceCode, districtCode: level === 'district' ? unit.code : null };
}

async function validateMembers(db: Executor, members: MemberInput[], provinceCode: string | null): Promise<void> {
  const problems: FieldProblem[] = [];
  const chairs = members.filter((m) => isChairSeat(m.role)).length;
  if (chairs !== 1) problems.push({ path: 'members', code: 'errors.round.oneChair', params: { count: chairs } });
  const users = new Map((await repo.findUsers(db, [...new Set(members.map((m) => m.userId))])).map((u) => [u.id, u]));
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.userId)) problems.push({ path: `members.${i}.userId`, code: 'errors.round.duplicateMember' });
    seen.add(m.userId);
    const u = users.get(m.userId);
    if (!u || !maySitOnCouncil(u, provinceCode)) problems.push({ path: `members.${i}.userId`, code: 'errors.round.memberNotEligible' });
  });
  if (problems.length) throw new ValidationError(problems);
}

interface ProductPlan {
  productId: string;
  criteriaSetId: string;
  sheetCode: string | null;
  dossierId?: string;
}

async function planProducts(db: Executor, productIds: string[], round: { id?: string; level: string; provinceCode: string | null; date: string }, path = 'productIds'): Promise<ProductPlan[]> {
  const problems: FieldProblem[] = [];
  const found = new Map((await repo.findProductsForRound(db, [...new Set(productIds)])).map((p) => [p.product.id, p]));
  const seen = new Set<string>();
  const plans: ProductPlan[] = [];
  for (const [i, id] of productIds.entries()) {
    if (seen.has(id)) {
      problems.push({ path: `${path}.${i}`, code: 'errors.round.duplicateProduct' });
      continue;
    }
    seen.add(id);
    const p = found.get(id)?.product;
    if (!p || (round.level !== 'central' && p.provinceCode !== round.provinceCode)) {
      problems.push({ path: `${path}.${i}`, code: 'errors.round.productUnknown' });
      continue;
    }
    const chosen = await criteriaSetFor(db, round.date, p.groupCode);
    if (!chosen) {
      problems.push({ path: `${path}.${i}`, code: 'errors.round.noCriteriaSet', params: { group: p.groupCode, date: round.date } });
      continue;
    }
    // The product is scored on its product set's sheet of the version.
    const productSet = productSetOf(p);
    const sheetCode = sheetCodeFor(chosen.set, productSet);
    if (sheetCode === undefined) {
      problems.push({ path: `${path}.${i}`, code: 'errors.round.noSheet', params: { set: productSet ?? p.subgroupCode, code: chosen.set.code } });
      continue;
    }
    plans.push({ productId: id, criteriaSetId: chosen.id, sheetCode });
  }
  if (problems.length) throw new ValidationError(problems);
  const busy = await repo.productsInUnfinishedRounds(db, productIds, round.id);
  if (busy.length) {
    const name = found.get(busy[0].productId)?.product.name ?? busy[0].productId;
    throw new ConflictError('errors.round.productBusy', { product: name, round: busy[0].roundName });
  }
  return plans;
}

/**
 * Products that come with a dossier the cycle module confirmed complete ("ready dossiers"):
 * the dossier must be `complete`, name a product and lie in the round's province.
 */
async function planDossiers(db: Executor, dossierIds: string[], round: { id?: string; level: string; provinceCode: string | null; date: string }, taken: Set<string>): Promise<ProductPlan[]> {
  const problems: FieldProblem[] = [];
  const found = new Map((await repo.findDossiers(db, [...new Set(dossierIds)])).map((d) => [d.id, d]));
  const plans: ProductPlan[] = [];
  for (const [i, id] of dossierIds.entries()) {
    const d = found.get(id);
    if (!d || d.status !== 'complete' || !d.productId || (round.level !== 'central' && d.provinceCode !== round.provinceCode)) {
      problems.push({ path: `dossierIds.${i}`, code: 'errors.round.dossierNotReady', params: { status: d?.status ?? '–' } });
      continue;
    }
    if (taken.has(d.productId)) {
      problems.push({ path: `dossierIds.${i}`, code: 'errors.round.duplicateProduct' });
      continue;
    }
    taken.add(d.productId);
    const [plan] = await planProducts(db, [d.productId], round, `dossierIds.${i}`);
    plans.push({ ...plan, dossierId: id });
  }
  if (problems.length) throw new ValidationError(problems);
  return plans;
}

function cycleCtx(db: Db, actor: Actor, who: AuditActor): CycleCtx {
  return { db, actor, who, lang: 'vi' };
}

/** Moves a dossier along the cycle's state machine in the same transaction (include-in-round, record-result, remove-from-round). */
async function moveDossier(tx: Executor, db: Db, actor: Actor, who: AuditActor, dossierId: string, action: string, note: string): Promise<void> {
  await applyItemTransition(tx as Tx, cycleCtx(db, actor, who), 'dossier', dossierId, { action, note }, dossierHooks({}));
}

function roundProductRows(roundId: string, plans: ProductPlan[], start: number) {
  return plans.map((p, i) => ({
    roundId,
    productId: p.productId,
    criteriaSetId: p.criteriaSetId,
    sheetCode: p.sheetCode,
    position: start + i + 1,
    ...(p.dossierId ? { source: 'dossier' as const, dossierId: p.dossierId, dossierStatus: 'complete' as const } : {}),
  }));
}

/** Dossiers confirmed complete in a unit, waiting for a round (organisers). */
export async function readyDossiers(db: Db, actor: Actor, level: RoundLevel, unitCode: string) {
  const place = await resolvePlace(db, actor, level, unitCode);
  const rows = await repo.readyDossiers(db, level === 'central' ? null : place.provinceCode);
  return { items: rows.map((r) => ({ id: r.id, productId: r.productId!, productName: r.productName, entryPath: r.entryPath, since: r.statusChangedAt.toISOString() })) };
}

export async function createRound(db: Db, actor: Actor, who: AuditActor, input: RoundCreateInput): Promise<Round> {
  if (!mayCreateRoundAt(actor, 'central', null) && !mayCreateRoundAt(actor, 'province', actor.provinceCode)) throw new ForbiddenError();
  const sets = (await publishedCriteriaSets(db)).map((s) => s.set);
  const ruleVersion = ruleVersionForDate(input.date, sets);
  if (!ruleVersion) throw new ValidationError([{ path: 'date', code: 'errors.round.noRules', params: { date: input.date } }]);
  const levelRule = recognitionRules(ruleVersion, sets).levels.find((l) => l.level === input.level);
  if (!levelRule) throw new ValidationError([{ path: 'level', code: 'errors.recognition.levelNotInProcedure', params: { level: input.level, rule: ruleLabel(ruleVersion, sets) } }]);
  if (levelRule.forwardAtOrAbove === 0 || input.level === 'commune') {
    throw new ValidationError([{ path: 'level', code: 'errors.round.levelProposesOnly', params: { level: input.level, rule: ruleLabel(ruleVersion, sets) } }]);
  }
  const level: RoundLevel = input.level;
  const place = await resolvePlace(db, actor, level, input.unitCode);

  await validateMembers(db, input.members, place.provinceCode);
  const name = input.name?.trim() || (input.level === 'central'
    ? `Đánh giá, phân hạng sản phẩm OCOP cấp quốc gia ngày ${formatDateVi(input.date)}`
    : `Đánh giá, phân hạng sản phẩm OCOP ${place.unitName} ngày ${formatDateVi(input.date)}`);

  const id = await db.transaction(async (tx) => {
    const where = { level, provinceCode: place.provinceCode, date: input.date };
    const direct = await planProducts(tx, input.productIds, where);
    const fromDossiers = await planDossiers(tx, input.dossierIds ?? [], where, new Set(input.productIds));
    const plans = [...direct, ...fromDossiers];
    const round = await repo.insertRound(tx, {
      name,
      level,
      unitStructure: place.unitStructure,
      unitCode: place.unitCode,
      provinceCode: place.provinceCode,
      districtCode: place.districtCode,
      date: input.date,
      ruleVersion,
      status: 'open',
      createdBy: actor.id,
    });
    await repo.insertMembers(tx, round.id, input.members);
    await repo.insertRoundProducts(tx, roundProductRows(round.id, plans, 0));
    await audit(tx, who, 'round.create', SUBJECT, round.id, {
      name, level: input.level, unitCode: place.unitCode, date: input.date, ruleVersion, members: input.members, productIds: input.productIds, dossierIds: input.dossierIds ?? [],
    });
    for (const p of fromDossiers) await moveDossier(tx, db, actor, who, p.dossierId!, 'include-in-round', name);
    return round.id;
  });
  return getRound(db, actor, id);
}

/** Adds products to an open round. */
export async function addProducts(db: Db, actor: Actor, who: AuditActor, id: string, productIds: string[], dossierIds: string[] = []): Promise<Round> {
  await db.transaction(async (tx) => {
    const access = await loadRound(tx, actor, id, 'update');
    requireOpen(access.round);
    need(actor, access, 'update');
    const existing = await repo.listRoundProducts(tx, id);
    const already = new Set(existing.map((e) => e.entry.productId));
    const problems = productIds.flatMap((p, i) => (already.has(p) ? [{ path: `productIds.${i}`, code: 'errors.round.duplicateProduct' }] : []));
    if (problems.length) throw new ValidationError(problems);
    const direct = await planProducts(tx, productIds, access.round);
    const fromDossiers = await planDossiers(tx, dossierIds, access.round, new Set([...already, ...productIds]));
    const start = existing.reduce((m, e) => Math.max(m, e.entry.position), 0);
    await repo.insertRoundProducts(tx, roundProductRows(id, [...direct, ...fromDossiers], start));
    await repo.updateRound(tx, id, null, {});
    await audit(tx, who, 'round.products.add', SUBJECT, id, { productIds, dossierIds });
    for (const p of fromDossiers) await moveDossier(tx, db, actor, who, p.dossierId!, 'include-in-round', access.round.name);
  });
  return getRound(db, actor, id);
}

/** Removes a product nobody has scored yet from an open round. */
export async function removeProduct(db: Db, actor: Actor, who: AuditActor, id: string, productId: string): Promise<Round> {
  await db.transaction(async (tx) => {
    const access = await loadRound(tx, actor, id, 'update');
    requireOpen(access.round);
    need(actor, access, 'update');
    if ((await repo.sheetProgress(tx, id)).some((s) => s.productId === productId)) throw new ConflictError('errors.round.productHasSheets');
    const removed = await repo.deleteRoundProduct(tx, id, productId);
    if (!removed) throw new NotFoundError('product');
    await repo.updateRound(tx, id, null, {});
    await audit(tx, who, 'round.products.remove', SUBJECT, id, { productId });
    if (removed.dossierId) await moveDossier(tx, db, actor, who, removed.dossierId, 'remove-from-round', `Bỏ khỏi ${access.round.name}`);
  });
  return getRound(db, actor, id);
}

/** Replaces the council of an open round; members who already scored cannot be removed. */
export async function replaceMembers(db: Db, actor: Actor, who: AuditActor, id: string, version: number, members: MemberInput[]): Promise<Round> {
  await db.transaction(async (tx) => {
    const access = await loadRound(tx, actor, id, 'update');
    requireOpen(access.round);
    need(actor, access, 'update');
    await validateMembers(tx, members, access.round.provinceCode);
    const keep = new Set(members.filter((m) => isScoringSeat(m.role)).map((m) => m.userId));
    const scored = new Set((await repo.sheetProgress(tx, id)).map((s) => s.memberId));
    for (const userId of scored) if (!keep.has(userId)) throw new ConflictError('errors.round.memberHasSheets');
    const updated = await repo.updateRound(tx, id, version, {});
    if (!updated) throw new ConflictError('errors.conflict.stale', { current: access.round.version, sent: version });
    await repo.deleteMembers(tx, id);
    await repo.insertMembers(tx, id, members);
    await audit(tx, who, 'round.members', SUBJECT, id, {
      members: { from: access.members.map((m) => ({ userId: m.userId, role: m.role })), to: members },
    });
  });
  return getRound(db, actor, id);
}

// ---------------------------------------------------------------- dossier check, pre-assessment, conflicts

/** The dossier checklist of the round's date for one product, with what is required. */
export async function dossierChecklist(db: Db, actor: Actor, id: string, productId: string) {
  const access = await loadRound(db, actor, id);
  const entry = await repo.getRoundProduct(db, id, productId);
  if (!entry) throw new NotFoundError('product');
  const checklist = checklistFor(access.round.date);
  const required = new Set(requiredItems(checklist, { entryPath: entry.entry.source === 'dossier' ? 'cycle' : 'existing-product', groupCode: entry.groupCode }).map((i) => i.code));
  return {
    code: checklist.code,
    name: checklist.name,
    toVerify: checklist.toVerify,
    items: checklist.items.map((i) => ({ code: i.code, name: i.name, required: required.has(i.code), communePreAssessed: i.communePreAssessed })),
  };
}

/** Records the completeness check of a product's dossier (organiser, chair or advisory team). */
export async function checkDossier(db: Db, actor: Actor, who: AuditActor, id: string, productId: string, input: { present: string[]; note?: string | null }) {
  await db.transaction(async (tx) => {
    const access = await loadRound(tx, actor, id, 'share');
    requireOpen(access.round);
    need(actor, access, 'checkDossiers');
    const entry = await repo.getRoundProduct(tx, id, productId);
    if (!entry) throw new NotFoundError('product');
    const checklist = checklistFor(access.round.date);
    const known = new Set(checklist.items.map((i) => i.code));
    const problems = input.present.flatMap((code, i) => (known.has(code) ? [] : [{ path: `present.${i}`, code: 'errors.round.unknownDossierItem', params: { code } }]));
    if (problems.length) throw new ValidationError(problems);
    const result = checkCompleteness(checklist, { entryPath: entry.entry.source === 'dossier' ? 'cycle' : 'existing-product', groupCode: entry.groupCode, present: input.present });
    const status = result.complete ? 'complete' : 'incomplete';
    await repo.updateRoundProduct(tx, id, productId, {
      dossierStatus: status,
      dossierPresent: input.present,
      dossierMissing: result.missing,
      dossierNote: input.note ?? null,
      checkedBy: actor.id,
      checkedAt: new Date(),
    });
    await audit(tx, who, 'round.dossier.check', SUBJECT, id, { productId, status: { from: entry.entry.dossierStatus, to: status }, missing: result.missing }, input.note ?? null);
  });
  return getRound(db, actor, id);
}

/**
 * The commune's pre-assessment under the two-level procedure (1489/2025): the criteria the
 * procedure gives the commune (local origin of raw materials, idea origin, local labour),
 * recorded by the product's commune officer (or the organiser) for the council to see.
 */
export async function preAssess(db: Db, actor: Actor, who: AuditActor, id: string, productId: string, input: { answers: Record<string, string>; proposed: boolean; note?: string | null }) {
  await db.transaction(async (tx) => {
    const view = await repo.getRound(tx, id, { lock: 'share' });
    if (!view) throw new NotFoundError('round');
    const entry = await repo.getRoundProduct(tx, id, productId);
    if (!entry) throw new NotFoundError('round');
    const productPlace: Located = { unitStructure: entry.unitStructure as Located['unitStructure'], unitCode: entry.unitCode, provinceCode: entry.provinceCode, districtCode: entry.districtCode, entityId: entry.entityId };
    const members = await repo.listMembers(tx, id);
    const record = roundRecord(view.round, members);
    if (!mayPreAssess(actor, record, productPlace)) {
      authorize(actor, 'read', 'round', record);
      throw new ForbiddenError();
    }
    requireOpen(view.round);
    const set = await entrySheet(tx, entry.entry);
    const communeRule = set.recognition.levels.find((l) => l.preAssessedCriteria?.length);
    if (!communeRule) throw new ConflictError('errors.round.noPreAssessment', { rule: set.decision.number });
    const allowed = new Set(communeRule.preAssessedCriteria);
    const problems: FieldProblem[] = Object.keys(input.answers)
      .filter((c) => !allowed.has(c))
      .map((c) => ({ path: `answers.${c}`, code: 'errors.round.notPreAssessed', params: { criterion: c } }));
    if (problems.length) throw new ValidationError(problems);
    const sheet = scoreSheet(set, input.answers);
    const value: PreAssessment = {
      level: communeRule.level,
      answers: input.answers,
      points: sheet.points,
      disqualified: sheet.disqualified.map((d) => d.criterionCode),
      proposed: input.proposed,
      note: input.note ?? null,
      by: who.name,
      at: new Date().toISOString(),
    };
    // one record: a product that came with its dossier keeps its pre-assessment on the dossier
    if (entry.entry.dossierId) await repo.setDossierSheetPreAssessment(tx, entry.entry.dossierId, value);
    else await repo.updateRoundProduct(tx, id, productId, { preAssessment: value });
    await audit(tx, who, 'round.pre-assessment', SUBJECT, id, { productId, dossierId: entry.entry.dossierId, ...value });
  });
  return { ok: true };
}

/** A member declares a conflict of interest: from now on their sheet for the product never counts. */
export async function declareConflict(db: Db, actor: Actor, who: AuditActor, id: string, productId: string, reason: string): Promise<Round> {
  await db.transaction(async (tx) => {
    const access = await loadRound(tx, actor, id, 'share');
    const seat = seatOf(actor, access.record);
    if (!seat) throw new ForbiddenError('errors.round.notMember');
    // a conflict excludes the member's sheet: the advisory team does not score (as the policy's `declareConflict`)
    if (!isScoringSeat(seat)) throw new ForbiddenError('errors.round.notScoring');
    requireOpen(access.round);
    if (!(await repo.getRoundProduct(tx, id, productId))) throw new NotFoundError('product');
    const row = await repo.insertConflict(tx, { roundId: id, productId, userId: actor.id, reason });
    if (row) await audit(tx, who, 'round.conflict', SUBJECT, id, { productId, userId: actor.id }, reason);
  });
  return getRound(db, actor, id);
}

// ---------------------------------------------------------------- score sheets

async function loadSheetContext(db: Executor, actor: Actor, id: string, productId: string, lock?: 'share') {
  const access = await loadRound(db, actor, id, lock);
  if (!seatOf(actor, access.record)) throw new NotFoundError('round');
  if (!isScoringSeat(seatOf(actor, access.record))) throw new ForbiddenError('errors.round.notScoring');
  const entry = await repo.getRoundProduct(db, id, productId);
  if (!entry) throw new NotFoundError('product');
  const conflicted = (await repo.listConflicts(db, id)).some((c) => c.conflict.productId === productId && c.conflict.userId === actor.id);
  const set = await entrySheet(db, entry.entry);
  return { access, entry, conflicted, set };
}

function presentSheet(set: CriteriaSet, answers: Record<string, string>, sheet: repo.SheetRow | undefined, ctx: { editable: boolean; conflicted: boolean }) {
  const scored = scoreSheet(set, answers);
  return {
    answers,
    total: scored.total,
    parts: scored.parts,
    complete: scored.complete,
    missing: scored.missing,
    disqualified: scored.disqualified.map((d) => d.criterionCode),
    knockOuts: scored.knockOuts.map((k) => ({ rule: k.rule, kind: k.kind, criterionCode: k.criterionCode, reason: k.reason })),
    definition: set,
    version: sheet?.version ?? 0,
    updatedAt: sheet?.updatedAt.toISOString() ?? null,
    editable: ctx.editable,
    conflicted: ctx.conflicted,
  };
}

/** The signed-in member's own sheet for a product (never anyone else's). */
export async function getMySheet(db: Db, actor: Actor, id: string, productId: string): Promise<Sheet> {
  const { access, entry, conflicted, set } = await loadSheetContext(db, actor, id, productId);
  const sheet = await repo.findSheet(db, id, productId, actor.id);
  const editable = access.round.status === 'open' && !conflicted && entry.entry.dossierStatus !== 'incomplete';
  return {
    roundId: id,
    roundName: access.round.name,
    roundStatus: access.round.status,
    productId,
    productName: entry.productName,
    entityName: entry.entityName,
    groupCode: entry.groupCode,
    criteriaSetCode: entry.criteriaSetCode,
    dossierStatus: entry.entry.dossierStatus,
    preAssessment: sheetPreAssessmentOf(entry),
    ...presentSheet(set, sheet?.answers ?? {}, sheet, { editable, conflicted }),
    comments: sheet?.comments ?? {},
    evidence: await evidenceForScoring(db, actor, entry.entry),
  };
}

/** Saves the signed-in member's sheet (the whole answer map; unanswered criteria may be left out). */
export async function putMySheet(
  db: Db,
  actor: Actor,
  who: AuditActor,
  id: string,
  productId: string,
  input: { answers: Answers; comments?: Record<string, string | null>; version?: number },
): Promise<Sheet> {
  await db.transaction(async (tx) => {
    const { access, entry, conflicted, set } = await loadSheetContext(tx, actor, id, productId, 'share');
    requireOpen(access.round);
    if (conflicted) throw new ConflictError('errors.round.conflictDeclared');
    if (entry.entry.dossierStatus === 'incomplete') throw new ConflictError('errors.round.dossierIncomplete');
    const answers: Record<string, string> = {};
    for (const [k, v] of Object.entries(input.answers)) if (typeof v === 'string' && v !== '') answers[k] = v;
    const scored = scoreSheet(set, answers); // 400 naming answers.<criterion> for unknown codes
    const existing = await repo.findSheet(tx, id, productId, actor.id);
    if (existing && input.version !== undefined && input.version !== existing.version) {
      throw new ConflictError('errors.conflict.stale', { current: existing.version, sent: input.version });
    }
    const comments = mergeComments(set, existing?.comments ?? {}, input.comments);
    const values = { answers, comments, total: scored.total, parts: scored.parts, complete: scored.complete };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const commentChanges: Record<string, { from: unknown; to: unknown }> = {};
    for (const c of set.criteria) {
      const from = existing?.answers[c.code] ?? null;
      const to = answers[c.code] ?? null;
      if (from !== to) changes[c.code] = { from, to };
      const said = existing?.comments?.[c.code] ?? null;
      if (said !== (comments[c.code] ?? null)) commentChanges[c.code] = { from: said, to: comments[c.code] ?? null };
    }
    let sheetId: string;
    if (existing) {
      const row = await repo.updateSheet(tx, existing.id, existing.version, values);
      if (!row) throw new ConflictError('errors.conflict.stale', { current: existing.version, sent: input.version ?? existing.version });
      sheetId = row.id;
    } else {
      const row = await repo.insertSheet(tx, { roundId: id, productId, memberId: actor.id, criteriaSetId: entry.entry.criteriaSetId, ...values });
      sheetId = row.id;
    }
    if (!existing || Object.keys(changes).length > 0 || Object.keys(commentChanges).length > 0) {
      await audit(tx, who, existing ? 'sheet.update' : 'sheet.create', 'score_sheet', sheetId, {
        roundId: id, productId, answers: changes, ...(Object.keys(commentChanges).length ? { comments: commentChanges } : {}), total: scored.total, complete: scored.complete,
      });
    }
  });
  return getMySheet(db, actor, id, productId);
}

/**
 * The member's comments after a save: `sent` replaces the comments it names (null or blank
 * removes one); left out, the stored ones stay. Comments must name criteria of the sheet.
 */
function mergeComments(set: CriteriaSet, stored: Record<string, string>, sent: Record<string, string | null> | undefined): Record<string, string> {
  if (!sent) return stored;
  const codes = new Set(set.criteria.map((c) => c.code));
  const unknown = Object.keys(sent).filter((k) => !codes.has(k));
  if (unknown.length) throw new ValidationError(unknown.map((k) => ({ path: `comments.${k}`, code: 'errors.evidence.unknownCriterion', params: { code: k } })));
  const out = { ...stored };
  for (const [k, v] of Object.entries(sent)) {
    const text = v?.normalize('NFC').trim();
    if (text) out[k] = text;
    else delete out[k];
  }
  return out;
}

/** Every sheet of a round, once it is closed (sheets are private until then). */
export async function listSheets(db: Db, actor: Actor, id: string) {
  const access = await loadRound(db, actor, id);
  if (access.round.status === 'open') throw new ConflictError('errors.round.sheetsPrivate');
  const rows = await repo.listSheets(db, id);
  return {
    items: rows.map((r) => ({
      productId: r.sheet.productId,
      memberId: r.sheet.memberId,
      memberName: r.displayName,
      answers: r.sheet.answers,
      total: r.sheet.total,
      parts: r.sheet.parts,
      complete: r.sheet.complete,
      updatedAt: r.sheet.updatedAt.toISOString(),
    })),
  };
}

// ---------------------------------------------------------------- closing

/**
 * Computes every product's result and stores it (inside the caller's transaction). Throws a
 * 409 naming what is missing when a product has an unfinished sheet or no counted sheet.
 */
export async function computeResults(tx: Executor, round: repo.RoundRow, members: MemberView[]): Promise<ProductResult[]> {
  const entries = await repo.listRoundProducts(tx, round.id);
  const conflicts = await repo.listConflicts(tx, round.id);
  const sheets = await repo.listSheets(tx, round.id);
  const scoring = members.filter((m) => isScoringSeat(m.role));
  const names = new Map(members.map((m) => [m.userId, m.displayName]));
  const sets = (await publishedCriteriaSets(tx)).map((s) => s.set);
  const blockers: string[] = [];
  const results: ProductResult[] = [];

  for (const e of entries) {
    const set = await entrySheet(tx, e.entry);
    const base = { productId: e.entry.productId, productName: e.productName, entityName: e.entityName, criteriaSetCode: e.criteriaSetCode, sheetCode: e.entry.sheetCode ?? null };
    if (e.entry.dossierStatus === 'incomplete') {
      results.push({
        ...base, evaluated: false, reason: 'dossier-incomplete', meanTotal: null, meanTotalText: null, parts: null, stars: null, disqualified: false,
        disqualifyingVotes: [], disagreements: [], memberTotals: [], excludedMemberIds: [], absentMemberIds: [], criterionMeans: {}, outcome: { action: 'not-evaluated' },
      });
      continue;
    }
    const conflicted = new Set(conflicts.filter((c) => c.conflict.productId === e.entry.productId).map((c) => c.conflict.userId));
    const productSheets = sheets.filter((s) => s.sheet.productId === e.entry.productId && scoring.some((m) => m.userId === s.sheet.memberId));
    const counted = productSheets.filter((s) => !conflicted.has(s.sheet.memberId));
    const unfinished = counted.filter((s) => !s.sheet.complete);
    if (unfinished.length) {
      blockers.push(`${e.productName} (${unfinished.map((s) => s.displayName).join(', ')})`);
      continue;
    }
    if (counted.length === 0) {
      blockers.push(`${e.productName} (—)`);
      continue;
    }
    const r = roundResult(set, { sheets: productSheets.map((s) => ({ memberId: s.sheet.memberId, answers: s.sheet.answers })), conflictedMemberIds: conflicted });
    const outcome = recognitionOutcome(round.ruleVersion, round.level, r.total, { disqualified: r.disqualified, stopped: r.stopped, stars: r.stars, bands: set.starBands, sets });
    const criterionNames = new Map(set.criteria.map((c) => [c.code, c.name.vi]));
    results.push({
      ...base,
      evaluated: true,
      reason: null,
      meanTotal: r.total,
      meanTotalText: formatScore(r.total),
      parts: r.partMeans,
      stars: r.stars,
      disqualified: r.disqualified,
      disqualifyingVotes: r.disqualifyingVotes.map((v) => ({ memberId: v.memberId, criterionCode: v.criterionCode, optionCode: v.optionCode })),
      stopped: r.stopped,
      stoppedVotes: r.stoppedVotes.map((v) => ({ memberId: v.memberId, rule: v.rule, criterionCode: v.criterionCode, reason: v.reason })),
      knockOutReasons: r.knockOutHits.map((k) => ({ rule: k.rule, kind: k.kind, criterionCode: k.criterionCode, reason: k.reason, members: k.members })),
      starsByTotal: r.starsByTotal,
      missedMinimums: r.missedMinimums.map((m) => ({ stars: m.stars, criterion: m.criterion, minPoints: m.minPoints, mean: m.mean, label: m.label })),
      disagreements: r.disagreements.map((d) => ({ ...d, criterionName: criterionNames.get(d.criterionCode) ?? d.criterionCode })),
      memberTotals: r.memberTotals.map((m) => ({ ...m, name: names.get(m.memberId) ?? m.memberId })),
      excludedMemberIds: r.excludedMemberIds,
      absentMemberIds: scoring.filter((m) => !conflicted.has(m.userId) && !productSheets.some((s) => s.sheet.memberId === m.userId)).map((m) => m.userId),
      criterionMeans: r.criterionMeans,
      outcome,
    });
  }
  if (blockers.length) throw new ConflictError('errors.round.cannotClose', { details: blockers.join('; ') });

  for (const r of results) {
    await repo.updateRoundProduct(tx, round.id, r.productId, {
      result: r,
      meanTotal: r.meanTotal,
      stars: r.stars,
      outcome: r.outcome.action,
    });
  }
  return results;
}

export type CloseResponse = ResultOf<typeof rounds.close>;

async function storedResults(db: Executor, roundId: string): Promise<ProductResult[]> {
  return (await repo.listRoundProducts(db, roundId)).flatMap((e) => (e.entry.result ? [e.entry.result] : []));
}

/** Closes an open round (chair or organiser). Closing a closed or approved round again returns its results. */
export async function closeRound(db: Db, actor: Actor, who: AuditActor, id: string): Promise<CloseResponse> {
  return db.transaction(async (tx) => {
    const access = await loadRound(tx, actor, id, 'update');
    if (!may(actor, 'close', 'round', { ...access.record, status: 'open' })) throw new ForbiddenError('errors.round.chairOnly');
    if (access.round.status !== 'open') {
      return { id, status: access.round.status, version: access.round.version, results: await storedResults(tx, id) };
    }
    const results = await computeResults(tx, access.round, access.members);
    const row = await repo.updateRound(tx, id, null, { status: 'closed', closedAt: new Date(), closedBy: actor.id });
    await audit(tx, who, 'round.close', SUBJECT, id, {
      status: { from: 'open', to: 'closed' },
      results: results.map((r) => ({ productId: r.productId, meanTotal: r.meanTotal, stars: r.stars, outcome: r.outcome.action })),
    });
    return { id, status: row.status, version: row.version, results };
  });
}

/** The chair reopens a closed round before approval (results are cleared; sheets stay). */
export async function reopenRound(db: Db, actor: Actor, who: AuditActor, id: string, reason: string): Promise<Round> {
  await db.transaction(async (tx) => {
    const access = await loadRound(tx, actor, id, 'update');
    if (!may(actor, 'reopen', 'round', { ...access.record, status: 'closed' })) throw new ForbiddenError('errors.round.chairOnly');
    if (access.round.status === 'approved') throw new ConflictError('errors.round.alreadyApproved', { decision: access.round.decisionNumber ?? '' });
    if (access.round.status !== 'closed') throw new ConflictError('errors.round.notClosed', { status: access.round.status });
    await repo.clearResults(tx, id);
    await repo.updateRound(tx, id, null, { status: 'open', closedAt: null, closedBy: null });
    await audit(tx, who, 'round.reopen', SUBJECT, id, { status: { from: 'closed', to: 'open' } }, reason);
  });
  return getRound(db, actor, id);
}

// ---------------------------------------------------------------- approval

export type ApproveInput = BodyOf<typeof rounds.approve>;

function lowerFirst(s: string): string {
  return s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s;
}

/** The authority that signs: the People's Committee of the unit, or the Ministry for national rounds. */
export function defaultIssuer(level: string, unitName: string | null, date: string): string {
  if (level === 'central') return date >= '2025-03-01' ? 'Bộ Nông nghiệp và Môi trường' : 'Bộ Nông nghiệp và Phát triển nông thôn';
  return `Ủy ban nhân dân ${lowerFirst(unitName ?? '')}`.trim();
}

export type ApproveResponse = ResultOf<typeof rounds.approve>;

/**
 * Records the competent authority's decision and issues the certificates of the recognised
 * products (once: a repeated request with the same decision returns what was issued).
 */
export async function approveRound(db: Db, actor: Actor, who: AuditActor, id: string, input: ApproveInput, approvedOn = clock.today()): Promise<ApproveResponse> {
  return db.transaction(async (tx) => {
    const access = await loadRound(tx, actor, id, 'update');
    if (!may(actor, 'approve', 'round', { ...access.record, status: 'closed' })) throw new ForbiddenError('errors.round.organiserOnly');
    const round = access.round;
    if (round.status === 'approved') {
      if (round.decisionNumber !== input.decisionNumber) throw new ConflictError('errors.round.alreadyApproved', { decision: round.decisionNumber ?? '' });
      const certs = await certificatesOfRound(tx, id);
      const decided = (await repo.listRoundProducts(tx, id)).flatMap((e) => (e.entry.approvalDecision ? [{ productId: e.entry.productId, d: e.entry.approvalDecision }] : []));
      return {
        id, status: round.status, decisionNumber: round.decisionNumber!, decisionDate: round.decisionDate!, issuer: round.decisionIssuer!,
        certificates: certs.map((c) => presentCertificate(c, approvedOn, actor)),
        excluded: decided.filter((x) => x.d.kind === 'excluded').map((x) => x.productId),
        overridden: decided.filter((x) => x.d.kind === 'override').map((x) => ({ productId: x.productId, reason: x.d.reason ?? '' })),
      };
    }
    if (round.status !== 'closed') throw new ConflictError('errors.round.notClosed', { status: round.status });
    if (input.decisionDate < round.date) throw new ValidationError([{ path: 'decisionDate', code: 'errors.round.decisionBeforeRound', params: { date: round.date } }]);
    if (input.decisionDate > approvedOn) throw new ValidationError([{ path: 'decisionDate', code: 'errors.round.decisionInFuture' }]);
    const issuer = input.issuer?.trim() || defaultIssuer(round.level, access.view.unitName, input.decisionDate);

    const entries = await repo.listRoundProducts(tx, id);
    const results = entries.flatMap((e) => (e.entry.result ? [e.entry.result] : []));
    const procedure = safeProcedure(round.ruleVersion, (await publishedCriteriaSets(tx)).map((s) => s.set));
    const preAssessmentRequired = procedurePreAssesses(procedure);
    const inRound = new Set(entries.map((e) => e.entry.productId));
    const strangers = [
      ...(input.excluded ?? []).flatMap((p, i) => (inRound.has(p) ? [] : [{ path: `excluded.${i}`, code: 'errors.round.productUnknown' }])),
      ...(input.overrides ?? []).flatMap((o, i) => (inRound.has(o.productId) ? [] : [{ path: `overrides.${i}.productId`, code: 'errors.round.productUnknown' }])),
    ];
    if (strangers.length) throw new ValidationError(strangers);
    const plan = planApproval(entries.map((e) => approvalCheckOf(e, preAssessmentRequired)), { excluded: input.excluded ?? [], overrides: input.overrides ?? [] });
    if (plan.undecided.length) {
      const names = plan.undecided.map((u) => entries.find((e) => e.entry.productId === u.productId)!.productName);
      throw new ConflictError('errors.round.approvalChecks', { count: names.length, products: names.join('; ') });
    }
    const certify = new Set(plan.certify);
    const recognised = results
      .filter((r) => r.outcome.action === 'recognise' && certify.has(r.productId))
      .map((r) => ({ productId: r.productId, stars: (r.outcome as { stars: number }).stars }));
    const certs = await issueCertificates(tx, who, {
      round, issuer, decisionNumber: input.decisionNumber, decisionDate: input.decisionDate, products: recognised,
    });
    await repo.updateRound(tx, id, null, {
      status: 'approved', decisionNumber: input.decisionNumber, decisionDate: input.decisionDate, decisionIssuer: issuer, approvedAt: new Date(), approvedBy: actor.id,
    });
    const at = new Date().toISOString();
    const blocksOf = (productId: string) => approvalBlocks(approvalCheckOf(entries.find((e) => e.entry.productId === productId)!, preAssessmentRequired));
    for (const productId of plan.excluded) {
      await repo.updateRoundProduct(tx, id, productId, { approvalDecision: { kind: 'excluded', reason: null, blocks: blocksOf(productId), decisionNumber: input.decisionNumber, by: who.name, at } });
    }
    for (const o of plan.overridden) {
      await repo.updateRoundProduct(tx, id, o.productId, { approvalDecision: { kind: 'override', reason: o.reason, blocks: o.blocks, decisionNumber: input.decisionNumber, by: who.name, at } });
    }
    const excluded = new Set(plan.excluded);
    for (const e of entries) {
      if (!e.entry.dossierId) continue;
      const r = results.find((x) => x.productId === e.entry.productId);
      const summary = excluded.has(e.entry.productId)
        ? 'không công nhận trong quyết định này (hồ sơ chưa đủ điều kiện)'
        : r?.evaluated ? `${r.meanTotalText} điểm, ${r.stars} sao (${r.outcome.action})` : 'không đánh giá';
      await moveDossier(tx, db, actor, who, e.entry.dossierId, 'record-result', `${input.decisionNumber}: ${summary}`);
    }
    await audit(tx, who, 'round.approve', SUBJECT, id, {
      status: { from: 'closed', to: 'approved' }, decisionNumber: input.decisionNumber, decisionDate: input.decisionDate, issuer,
      certificates: certs.map((c) => c.number),
      excluded: plan.excluded,
      overridden: plan.overridden,
    });
    return {
      id, status: 'approved', decisionNumber: input.decisionNumber, decisionDate: input.decisionDate, issuer,
      certificates: certs.map((c) => presentCertificate(c, approvedOn, actor)),
      excluded: plan.excluded,
      overridden: plan.overridden.map((o) => ({ productId: o.productId, reason: o.reason })),
    };
  });
}

