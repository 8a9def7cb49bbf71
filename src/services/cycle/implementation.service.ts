import { authorize, may, mayAnywhere, scopeOf } from '../../domain/policy';
import * as repo from '../../db/repositories/implementation.repository';
import { listBusinessPlans } from '../../db/repositories/business-plans.repository';
import { CAPITAL_SOURCES, capitalProblems, totalCapital, type CapitalMobilised, type SupportRecord } from '../../domain/cycle';
import type { Capital, Implementation, ImplementationItem, ProgressNote, Support } from '../../contracts/implementation';
import type { Page } from '../../contracts/common';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { searchKey } from '../../domain/text/normalize';
import { audit, diff } from '../audit.service';
import { visiblePlan } from './business-plans.service';
import { presentCore, recordOf, type CycleCtx, type ItemCore } from './workflow';

/**
 * Step 4 — implementing an accepted business plan: support received (training, on-site advice,
 * loans, science and technology projects, IP/trademark help, packaging/design help), capital
 * mobilised per year by source, and progress notes.
 */

function implementationOf(plan: ItemCore) {
  return { ...recordOf('business-plan', plan), planStatus: plan.status };
}

async function planForWriting(ctx: CycleCtx, planId: string) {
  const view = await visiblePlan(ctx.db, ctx, planId);
  if (!mayAnywhere(ctx.actor, 'update', 'implementation')) throw new ForbiddenError();
  if (view.plan.status !== 'accepted') throw new ConflictError('errors.implementation.planNotAccepted');
  authorize(ctx.actor, 'update', 'implementation', implementationOf(view.plan as ItemCore));
  return view;
}

function presentSupport(s: repo.SupportRow): Support {
  return { id: s.id, kind: s.kind, date: s.date, provider: s.provider, amountVnd: s.amountVnd, note: s.note, createdBy: s.createdByName, createdAt: s.createdAt.toISOString() };
}

function presentCapital(c: repo.CapitalRow): Capital {
  const bySource = Object.fromEntries(CAPITAL_SOURCES.map((k) => [k, c[k]])) as Record<(typeof CAPITAL_SOURCES)[number], number>;
  return { year: c.year, ...bySource, totalVnd: totalCapital(bySource), updatedAt: c.updatedAt.toISOString() };
}

function presentNote(n: repo.NoteRow): ProgressNote {
  return { id: n.id, date: n.date, text: n.text, createdBy: n.createdByName, createdAt: n.createdAt.toISOString() };
}

export async function getImplementation(ctx: CycleCtx, planId: string): Promise<Implementation> {
  const view = await visiblePlan(ctx.db, ctx, planId);
  const [support, capital, notes] = await Promise.all([repo.listSupport(ctx.db, planId), repo.listCapital(ctx.db, planId), repo.listNotes(ctx.db, planId)]);
  const capitalRows = capital.map(presentCapital);
  const bySource = Object.fromEntries(CAPITAL_SOURCES.map((k) => [k, capitalRows.reduce((s, r) => s + r[k], 0)])) as Record<(typeof CAPITAL_SOURCES)[number], number>;
  return {
    plan: presentCore('business-plan', view.plan, ctx.actor, ctx.lang, view),
    canEdit: may(ctx.actor, 'update', 'implementation', implementationOf(view.plan as ItemCore)),
    support: support.map(presentSupport),
    capital: capitalRows,
    notes: notes.map(presentNote),
    totals: {
      supportCount: support.length,
      supportVnd: support.reduce((s, r) => s + (r.amountVnd ?? 0), 0),
      capitalBySource: bySource,
      capitalVnd: totalCapital(bySource),
    },
  };
}

export async function addSupport(ctx: CycleCtx, planId: string, input: SupportRecord) {
  await planForWriting(ctx, planId);
  const row = await ctx.db.transaction(async (tx) => {
    const r = await repo.insertSupport(tx, { businessPlanId: planId, ...input, amountVnd: input.amountVnd ?? null, note: input.note || null, createdById: ctx.actor.id, createdByName: ctx.who.name });
    await audit(tx, ctx.who, 'implementation.support', 'business-plan', planId, diff(null, r, ['kind', 'date', 'provider', 'amountVnd']));
    return r;
  });
  return presentSupport(row);
}

export async function deleteSupport(ctx: CycleCtx, planId: string, supportId: string): Promise<void> {
  await planForWriting(ctx, planId);
  const s = await repo.getSupport(ctx.db, supportId);
  if (!s || s.businessPlanId !== planId) throw new NotFoundError('support');
  await ctx.db.transaction(async (tx) => {
    await repo.deleteSupport(tx, supportId);
    await audit(tx, ctx.who, 'implementation.support.delete', 'business-plan', planId, diff(s, null, ['kind', 'date', 'provider', 'amountVnd']));
  });
}

export async function putCapital(ctx: CycleCtx, planId: string, input: CapitalMobilised) {
  await planForWriting(ctx, planId);
  const problems = capitalProblems(input);
  if (problems.length) throw new ValidationError(problems);
  const row = await ctx.db.transaction(async (tx) => {
    const before = await repo.findCapital(tx, planId, input.year);
    const r = await repo.upsertCapital(tx, { businessPlanId: planId, ...input, updatedById: ctx.actor.id });
    await audit(tx, ctx.who, 'implementation.capital', 'business-plan', planId, diff(before ?? null, r, [...CAPITAL_SOURCES]), String(input.year));
    return r;
  });
  return presentCapital(row);
}

export async function deleteCapital(ctx: CycleCtx, planId: string, year: number): Promise<void> {
  await planForWriting(ctx, planId);
  await ctx.db.transaction(async (tx) => {
    const gone = await repo.deleteCapital(tx, planId, year);
    if (!gone) throw new NotFoundError('capital');
    await audit(tx, ctx.who, 'implementation.capital.delete', 'business-plan', planId, diff(gone, null, [...CAPITAL_SOURCES]), String(year));
  });
}

export async function addNote(ctx: CycleCtx, planId: string, input: { date: string; text: string }) {
  await planForWriting(ctx, planId);
  const row = await ctx.db.transaction(async (tx) => {
    const r = await repo.insertNote(tx, { businessPlanId: planId, date: input.date, text: input.text, createdById: ctx.actor.id, createdByName: ctx.who.name });
    await audit(tx, ctx.who, 'implementation.note', 'business-plan', planId, null, input.text.slice(0, 200));
    return r;
  });
  return presentNote(row);
}

/** Accepted plans in implementation, with their support count and capital mobilised. */
export async function listImplementation(ctx: CycleCtx, q: { cycleYear?: number; unit?: string; q?: string; page: number; pageSize: number }): Promise<Page<ImplementationItem>> {
  const { rows, total } = await listBusinessPlans(ctx.db, {
    scope: scopeOf(ctx.actor, 'read', 'cycleItem'),
    statuses: ['accepted'],
    cycleYear: q.cycleYear,
    unit: q.unit,
    q: q.q ? searchKey(q.q) : undefined,
    page: q.page,
    pageSize: q.pageSize,
  });
  const totals = await repo.implementationTotals(ctx.db, rows.map((r) => r.plan.id));
  return {
    items: rows.map((r) => ({
      ...presentCore('business-plan', r.plan, ctx.actor, ctx.lang, r),
      supportCount: totals.get(r.plan.id)?.support ?? 0,
      capitalVnd: totals.get(r.plan.id)?.capitalVnd ?? 0,
      notesCount: totals.get(r.plan.id)?.notes ?? 0,
    })),
    total,
  };
}
