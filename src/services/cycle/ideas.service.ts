import { may, mayFile, scopeOf } from '../../domain/policy';
import type { Idea, IdeaDetail, IdeaVersion } from '../../contracts/ideas';
import type { Executor, Tx } from '../../db/client';
import * as repo from '../../db/repositories/ideas.repository';
import { livePlanOfIdea } from '../../db/repositories/business-plans.repository';
import { compareAndSetContent, getVersion, listVersions } from '../../db/repositories/workflow.repository';
import { type IdeaForm } from '../../domain/cycle';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors';
import { searchKey } from '../../domain/text/normalize';
import { audit, diff } from '../audit.service';
import { checkGroup, entityForFiling, itemSearchText, placeForFiling, procedureNow, yearNow, type ResolvedOwner } from './common';
import {
  applyItemTransition,
  cycleForFiling,
  ensureEditable,
  ensureVisible,
  idempotent,
  initialDueOn,
  presentCore,
  recordCreation,
  recordOf,
  timelineOf,
  type CycleCtx,
  type Idempotency,
  type ItemCore,
  type TransitionHooks,
  type TransitionInput,
} from './workflow';

/** Step 2 — product ideas: the idea form, filed by a producer or an officer on its behalf. */

export type IdeaCreateInput = IdeaForm & { unitCode?: string; submit?: boolean };

type IdeaView = NonNullable<Awaited<ReturnType<typeof repo.getIdea>>>;

const AUDIT_FIELDS = ['productName', 'groupCode', 'subgroupCode', 'proposerName', 'entityId', 'unitCode', 'cycleYear'];

function summary(ctx: Pick<CycleCtx, 'actor' | 'lang'>, v: IdeaView): Idea {
  const i = v.idea;
  return {
    ...presentCore('idea', i, ctx.actor, ctx.lang, v),
    proposerName: i.proposerName,
    proposedEntity: i.proposedEntity,
  };
}

/**
 * The product name's search key without the place's own words ("Mứt gừng Quang Hanh" in
 * Phường Quang Hanh → "mut gung"), so that look-alikes match on what the product is rather
 * than on the shared place name. Falls back to the whole key.
 */
export function distinctiveKey(productName: string, ...places: Array<string | null | undefined>): string {
  const placeWords = new Set(places.filter(Boolean).flatMap((p) => searchKey(p!).split(' ')));
  const words = searchKey(productName).split(' ').filter((w) => w && !placeWords.has(w));
  return words.length ? words.join(' ') : searchKey(productName);
}

async function loadView(db: Executor, ctx: Pick<CycleCtx, 'actor'>, id: string): Promise<IdeaView> {
  const view = await repo.getIdea(db, id);
  ensureVisible(ctx.actor, view?.idea, 'idea');
  return view!;
}

export async function getIdea(ctx: CycleCtx, id: string): Promise<IdeaDetail> {
  const view = await loadView(ctx.db, ctx, id);
  const i = view.idea;
  const officer = may(ctx.actor, 'lookAlikes', 'cycleItem', recordOf('idea', i));
  const [timeline, versions, plan, lookAlikes] = await Promise.all([
    timelineOf(ctx.db, 'idea', id),
    listVersions(ctx.db, 'idea', id),
    livePlanOfIdea(ctx.db, id),
    officer ? repo.findLookAlikes(ctx.db, { ideaId: id, provinceCode: i.provinceCode, productKey: distinctiveKey(i.productName, view.unitName, view.provinceName), groupCode: i.groupCode }) : null,
  ]);
  return {
    ...summary(ctx, view),
    form: i.form,
    timeline,
    versions: versions.map((v) => ({ number: v.number, at: v.createdAt.toISOString(), by: v.createdByName })),
    businessPlanId: plan?.id ?? null,
    canWritePlan: !plan && may(ctx.actor, 'followUp', 'cycleItem', recordOf('idea', i)),
    lookAlikes: lookAlikes
      ? {
          products: lookAlikes.products.map((p) => ({ ...p, score: Math.round(Number(p.score) * 100) / 100 })),
          ideas: lookAlikes.ideas.map((p) => ({ ...p, score: Math.round(Number(p.score) * 100) / 100 })),
        }
      : null,
  };
}

export interface IdeaListParams {
  status?: string[];
  cycleYear?: number;
  unit?: string;
  q?: string;
  entityId?: string;
  page: number;
  pageSize: number;
}

export async function listIdeas(ctx: CycleCtx, p: IdeaListParams) {
  const { rows, total } = await repo.listIdeas(ctx.db, {
    scope: scopeOf(ctx.actor, 'read', 'cycleItem'),
    statuses: p.status,
    cycleYear: p.cycleYear,
    unit: p.unit,
    q: p.q ? searchKey(p.q) : undefined,
    entityId: p.entityId,
    page: p.page,
    pageSize: p.pageSize,
  });
  return { items: rows.map((r) => summary(ctx, r)), total };
}

/** Where the idea sits and who owns it, from the entity choice of the form. */
async function resolveOwner(db: Executor, ctx: CycleCtx, form: IdeaCreateInput): Promise<ResolvedOwner> {
  if (form.entityId) return entityForFiling(db, ctx.actor, form.entityId);
  return placeForFiling(db, ctx.actor, form.unitCode);
}

/** The idea form as stored: the request without its filing options. */
function formOf(input: IdeaCreateInput & { requestId?: string }): IdeaForm {
  const { unitCode: _u, submit: _s, requestId: _r, ...form } = input;
  return form;
}

export const ideaHooks: TransitionHooks = {
  load: async (db, id) => (await repo.getIdea(db, id))?.idea as ItemCore | undefined,
  snapshot: async (tx, core) => ({ content: (await repo.getIdea(tx, core.id))?.idea.form ?? {} }),
  title: (core) => core.productName,
};

export async function createIdea(ctx: CycleCtx, input: IdeaCreateInput, idem: Omit<Idempotency, 'scope' | 'body'>) {
  if (!mayFile(ctx.actor, 'idea')) throw new ForbiddenError();
  const owner = await resolveOwner(ctx.db, ctx, input);
  await checkGroup(ctx.db, input.groupCode, input.subgroupCode);
  const year = input.cycleYear ?? yearNow();
  const cycle = await cycleForFiling(ctx.db, owner.location.provinceCode, year);
  const outcome = await idempotent(ctx, { ...idem, scope: 'POST /api/ideas', body: input }, async (tx) => {
    const same = { cycleId: cycle.id, ownerEntityId: owner.ownerEntityId, proposerKey: input.proposerName.toLowerCase(), productKey: searchKey(input.productName) };
    await repo.lockIdeaKey(tx, [same.cycleId, same.ownerEntityId ?? same.proposerKey, same.productKey].join('|'));
    const existing = await repo.findSameIdea(tx, same);
    if (existing) throw new ConflictError('errors.idea.duplicate', { id: existing.id });
    const row = await repo.insertIdea(tx, {
      cycleId: cycle.id,
      cycleYear: year,
      procedure: procedureNow(),
      ...owner.location,
      entityId: owner.entityId,
      ownerEntityId: owner.ownerEntityId,
      productName: input.productName,
      groupCode: input.groupCode,
      subgroupCode: input.subgroupCode ?? null,
      status: 'draft',
      createdById: ctx.actor.id,
      filedByRole: ctx.actor.role,
      dueOn: initialDueOn('idea', cycle, ctx.actor.role),
      searchText: itemSearchText(input.productName, owner.entityName ?? input.proposedEntity?.name, input.proposerName),
      proposerName: input.proposerName,
      proposedEntity: input.proposedEntity ?? null,
      form: formOf(input),
    });
    await recordCreation(tx, ctx, 'idea', row.id, 'draft', diff(null, { ...row, cycleYear: year }, AUDIT_FIELDS));
    if (input.submit) await applyItemTransition(tx, ctx, 'idea', row.id, { action: 'submit' }, ideaHooks);
    return { itemType: 'idea' as const, itemId: row.id, statusCode: 201 };
  });
  return { outcome, idea: await getIdea(ctx, outcome.itemId) };
}

export async function updateIdea(ctx: CycleCtx, id: string, version: number, input: IdeaCreateInput) {
  const view = await loadView(ctx.db, ctx, id);
  const before = view.idea;
  ensureEditable('idea', before as ItemCore, ctx.actor);
  const owner = await resolveOwner(ctx.db, ctx, input);
  await checkGroup(ctx.db, input.groupCode, input.subgroupCode);
  if (owner.location.provinceCode !== before.provinceCode) {
    throw new ConflictError('errors.idea.provinceChange');
  }
  await ctx.db.transaction(async (tx: Tx) => {
    const values = {
      ...owner.location,
      entityId: owner.entityId,
      ownerEntityId: owner.ownerEntityId ?? before.ownerEntityId,
      productName: input.productName,
      groupCode: input.groupCode,
      subgroupCode: input.subgroupCode ?? null,
      proposerName: input.proposerName,
      proposedEntity: input.proposedEntity ?? null,
      form: formOf(input),
      searchText: itemSearchText(input.productName, owner.entityName ?? input.proposedEntity?.name, input.proposerName),
    };
    const ok = await compareAndSetContent(tx, 'idea', id, version, ['draft', 'returned'], values);
    if (!ok) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: version });
    await audit(tx, ctx.who, 'update', 'idea', id, diff(before, { ...before, ...values }, [...AUDIT_FIELDS, 'form']));
  });
  return getIdea(ctx, id);
}

export async function transitionIdea(ctx: CycleCtx, id: string, input: TransitionInput & { requestId?: string }, key: string | null) {
  await loadView(ctx.db, ctx, id); // 404 before anything else
  const outcome = await idempotent(ctx, { key, scope: `idea:${id}:transition`, body: { action: input.action, note: input.note ?? null } }, async (tx) => {
    await applyItemTransition(tx, ctx, 'idea', id, input, ideaHooks);
    return { itemType: 'idea' as const, itemId: id, statusCode: 200 };
  });
  return { outcome, idea: await getIdea(ctx, id) };
}

export async function ideaVersion(ctx: CycleCtx, id: string, number: number): Promise<IdeaVersion> {
  await loadView(ctx.db, ctx, id);
  const v = await getVersion(ctx.db, 'idea', id, number);
  if (!v) throw new NotFoundError('version');
  // an idea's versions hold its form as filed (ideaHooks.snapshot)
  return { number: v.number, at: v.createdAt.toISOString(), by: v.createdByName, content: v.content as IdeaForm };
}
