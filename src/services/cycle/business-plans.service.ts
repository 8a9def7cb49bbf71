import { canSeeCycleItem, may, mayFile, scopeOf } from '../../domain/policy';
import type { BusinessPlan, BusinessPlanDetail, BusinessPlanVersion } from '../../contracts/business-plans';
import type { Executor, Tx } from '../../db/client';
import * as repo from '../../db/repositories/business-plans.repository';
import { getIdea } from '../../db/repositories/ideas.repository';
import { liveDossierOf } from '../../db/repositories/dossiers.repository';
import { listFiles } from '../../db/repositories/uploads.repository';
import { compareAndSetContent, getVersion, listVersions } from '../../db/repositories/workflow.repository';
import { type BusinessPlanContent, type BusinessPlanForm } from '../../domain/cycle';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { searchKey } from '../../domain/text/normalize';
import { audit, diff } from '../audit.service';
import { checkGroup, entityForFiling, itemSearchText, yearNow, type ResolvedOwner } from './common';
import { presentFile } from './uploads.service';
import {
  applyItemTransition,
  cycleForFiling,
  ensureEditable,
  ensureVisible,
  idempotent,
  initialDueOn,
  recordOf,
  presentCore,
  recordCreation,
  timelineOf,
  type CycleCtx,
  type Idempotency,
  type ItemCore,
  type TransitionHooks,
  type TransitionInput,
} from './workflow';
import { procedureNow } from './common';

/** Step 3 — business plans: structured plan, attachments, appraisal, every filed version kept. */

export type BusinessPlanInput = BusinessPlanForm & { cycleYear?: number; submit?: boolean };

type PlanView = NonNullable<Awaited<ReturnType<typeof repo.getBusinessPlan>>>;

function summary(ctx: Pick<CycleCtx, 'actor' | 'lang'>, v: PlanView): BusinessPlan {
  const p = v.plan;
  return { ...presentCore('business-plan', p, ctx.actor, ctx.lang, v), ideaId: p.ideaId };
}

async function loadView(db: Executor, ctx: Pick<CycleCtx, 'actor'>, id: string): Promise<PlanView> {
  const view = await repo.getBusinessPlan(db, id);
  ensureVisible(ctx.actor, view?.plan, 'business-plan');
  return view!;
}

/** Loads a plan the actor may see (used by the implementation and upload services). */
export async function visiblePlan(db: Executor, ctx: Pick<CycleCtx, 'actor'>, id: string): Promise<PlanView> {
  return loadView(db, ctx, id);
}

export async function getBusinessPlan(ctx: CycleCtx, id: string): Promise<BusinessPlanDetail> {
  const view = await loadView(ctx.db, ctx, id);
  const [timeline, versions, files, dossier] = await Promise.all([
    timelineOf(ctx.db, 'business-plan', id),
    listVersions(ctx.db, 'business-plan', id),
    listFiles(ctx.db, 'business-plan', id),
    liveDossierOf(ctx.db, { businessPlanId: id }),
  ]);
  return {
    ...summary(ctx, view),
    content: view.plan.content,
    attachments: files.map((f) => presentFile(f)),
    timeline,
    versions: versions.map((v) => ({ number: v.number, at: v.createdAt.toISOString(), by: v.createdByName, files: v.files })),
    dossierId: dossier?.id ?? null,
    // a dossier is opened for a registered entity (an idea's would-be entity must be founded first)
    canPrepareDossier: !dossier && !!view.plan.entityId && may(ctx.actor, 'followUp', 'cycleItem', recordOf('business-plan', view.plan)),
  };
}

export interface PlanListParams {
  status?: string[];
  cycleYear?: number;
  unit?: string;
  q?: string;
  entityId?: string;
  ideaId?: string;
  page: number;
  pageSize: number;
}

export async function listBusinessPlans(ctx: CycleCtx, p: PlanListParams) {
  const { rows, total } = await repo.listBusinessPlans(ctx.db, {
    scope: scopeOf(ctx.actor, 'read', 'cycleItem'),
    statuses: p.status,
    cycleYear: p.cycleYear,
    unit: p.unit,
    q: p.q ? searchKey(p.q) : undefined,
    entityId: p.entityId,
    ideaId: p.ideaId,
    page: p.page,
    pageSize: p.pageSize,
  });
  return { items: rows.map((r) => summary(ctx, r)), total };
}

interface PlanOrigin {
  owner: ResolvedOwner;
  ideaId: string | null;
  cycleYear: number;
}

async function resolveOrigin(db: Executor, ctx: CycleCtx, input: BusinessPlanInput): Promise<PlanOrigin> {
  if (input.ideaId) {
    const idea = (await getIdea(db, input.ideaId))?.idea;
    if (!idea || !canSeeCycleItem(ctx.actor, recordOf('idea', idea as ItemCore))) {
      throw new ValidationError([{ path: 'ideaId', code: 'errors.idea.unknown' }]);
    }
    if (idea.status !== 'accepted') throw new ConflictError('errors.businessPlan.ideaNotAccepted');
    let owner: ResolvedOwner = {
      location: { unitStructure: idea.unitStructure === 'legacy' ? 'legacy' : 'current', unitCode: idea.unitCode, provinceCode: idea.provinceCode, districtCode: idea.districtCode },
      entityId: idea.entityId,
      entityName: null,
      ownerEntityId: idea.ownerEntityId,
    };
    if (input.entityId && input.entityId !== idea.entityId) {
      // the entity was founded after the idea was selected
      const founded = await entityForFiling(db, ctx.actor, input.entityId);
      if (idea.entityId || founded.location.provinceCode !== idea.provinceCode) {
        throw new ValidationError([{ path: 'entityId', code: 'errors.businessPlan.entityMismatch' }]);
      }
      owner = founded;
    }
    return { owner, ideaId: idea.id, cycleYear: idea.cycleYear };
  }
  if (!input.entityId) throw new ValidationError([{ path: 'entityId', code: 'errors.required' }]);
  return { owner: await entityForFiling(db, ctx.actor, input.entityId), ideaId: null, cycleYear: input.cycleYear ?? yearNow() };
}

/** The plan as stored: the request without the idea, entity and filing options it names. */
function contentOf(input: BusinessPlanInput & { requestId?: string }): BusinessPlanContent {
  const { ideaId: _i, entityId: _e, cycleYear: _c, submit: _s, requestId: _r, ...content } = input;
  return content;
}

export const businessPlanHooks: TransitionHooks = {
  load: async (db, id) => (await repo.getBusinessPlan(db, id))?.plan as ItemCore | undefined,
  snapshot: async (tx, core) => {
    const plan = (await repo.getBusinessPlan(tx, core.id))?.plan;
    const files = await listFiles(tx, 'business-plan', core.id);
    return {
      content: plan?.content ?? {},
      files: files.map((f) => ({ id: f.id, itemCode: f.itemCode, fileName: f.fileName })),
    };
  },
  title: (core) => core.productName,
};

export async function createBusinessPlan(ctx: CycleCtx, input: BusinessPlanInput, idem: Omit<Idempotency, 'scope' | 'body'>) {
  if (!mayFile(ctx.actor, 'business-plan')) throw new ForbiddenError();
  const origin = await resolveOrigin(ctx.db, ctx, input);
  await checkGroup(ctx.db, input.product.groupCode, input.product.subgroupCode, 'product.');
  const cycle = await cycleForFiling(ctx.db, origin.owner.location.provinceCode, origin.cycleYear);
  const outcome = await idempotent(ctx, { ...idem, scope: 'POST /api/business-plans', body: input }, async (tx) => {
    if (origin.ideaId) {
      const live = await repo.livePlanOfIdea(tx, origin.ideaId);
      if (live) throw new ConflictError('errors.businessPlan.duplicate', { id: live.id });
    }
    const row = await repo.insertBusinessPlan(tx, {
      cycleId: cycle.id,
      cycleYear: cycle.year,
      procedure: procedureNow(),
      ...origin.owner.location,
      entityId: origin.owner.entityId,
      ownerEntityId: origin.owner.ownerEntityId,
      ideaId: origin.ideaId,
      productName: input.product.name,
      groupCode: input.product.groupCode,
      subgroupCode: input.product.subgroupCode ?? null,
      status: 'draft',
      createdById: ctx.actor.id,
      filedByRole: ctx.actor.role,
      dueOn: initialDueOn('business-plan', cycle, ctx.actor.role),
      searchText: itemSearchText(input.product.name, origin.owner.entityName),
      content: contentOf(input),
    });
    await recordCreation(tx, ctx, 'business-plan', row.id, 'draft', diff(null, row, ['productName', 'groupCode', 'entityId', 'ideaId', 'cycleYear']));
    if (input.submit) await applyItemTransition(tx, ctx, 'business-plan', row.id, { action: 'submit' }, businessPlanHooks);
    return { itemType: 'business-plan' as const, itemId: row.id, statusCode: 201 };
  });
  return { outcome, plan: await getBusinessPlan(ctx, outcome.itemId) };
}

/** Saves the plan being written or revised (drafts and returned plans only). */
export async function updateBusinessPlan(ctx: CycleCtx, id: string, version: number, input: BusinessPlanInput) {
  const view = await loadView(ctx.db, ctx, id);
  const before = view.plan;
  ensureEditable('business-plan', before as ItemCore, ctx.actor);
  await checkGroup(ctx.db, input.product.groupCode, input.product.subgroupCode, 'product.');
  await ctx.db.transaction(async (tx: Tx) => {
    const values = {
      productName: input.product.name,
      groupCode: input.product.groupCode,
      subgroupCode: input.product.subgroupCode ?? null,
      content: contentOf(input),
      searchText: itemSearchText(input.product.name, view.entityName),
    };
    const ok = await compareAndSetContent(tx, 'business-plan', id, version, ['draft', 'returned'], values);
    if (!ok) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: version });
    await audit(tx, ctx.who, 'update', 'business-plan', id, diff(before, { ...before, ...values }, ['productName', 'groupCode', 'subgroupCode', 'content']));
  });
  return getBusinessPlan(ctx, id);
}

export async function transitionBusinessPlan(ctx: CycleCtx, id: string, input: TransitionInput, key: string | null) {
  await loadView(ctx.db, ctx, id);
  const outcome = await idempotent(ctx, { key, scope: `business-plan:${id}:transition`, body: { action: input.action, note: input.note ?? null } }, async (tx) => {
    await applyItemTransition(tx, ctx, 'business-plan', id, input, businessPlanHooks);
    return { itemType: 'business-plan' as const, itemId: id, statusCode: 200 };
  });
  return { outcome, plan: await getBusinessPlan(ctx, id) };
}

export async function businessPlanVersion(ctx: CycleCtx, id: string, number: number): Promise<BusinessPlanVersion> {
  await loadView(ctx.db, ctx, id);
  const v = await getVersion(ctx.db, 'business-plan', id, number);
  if (!v) throw new NotFoundError('version');
  // a plan's versions hold its content as filed (businessPlanHooks.snapshot)
  return { number: v.number, at: v.createdAt.toISOString(), by: v.createdByName, content: v.content as BusinessPlanContent, files: v.files };
}
