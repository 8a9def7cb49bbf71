import type { Executor } from '../../db/client';
import * as repo from '../../db/repositories/communication.repository';
import { findUnit } from '../../db/repositories/units.repository';
import {
  COMMUNICATION_KINDS,
  type CommunicationLogEntry,
  type TrainingClass,
} from '../../domain/cycle';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { actionsOn, defaultActivityUnit, may, mayAnywhere, scopeOf, type Actor, type Located } from '../../domain/policy';
import { audit } from '../audit.service';
import type { ActivitySummary, CommunicationEntry, TrainingEntry } from '../../contracts/activities';
import type { CycleCtx } from './workflow';

/** Step 1 — communication and training logs per unit and year. */

async function unitForLog(db: Executor, actor: Actor, unitCode: string | undefined, path = 'unitCode') {
  if (!mayAnywhere(actor, 'create', 'activityLog')) throw new ForbiddenError();
  const code = unitCode ?? defaultActivityUnit(actor);
  if (!code) throw new ValidationError([{ path, code: 'errors.required' }]);
  const unit = await findUnit(db, 'current', code);
  if (!unit) throw new ValidationError([{ path, code: 'errors.unit.unknown', params: { code } }]);
  if (unit.level === 'district') throw new ValidationError([{ path, code: 'errors.unit.notCommune' }]);
  const location = { unitStructure: 'current' as const, unitCode: unit.code, provinceCode: unit.currentProvinceCode, districtCode: null, entityId: null };
  if (!may(actor, 'create', 'activityLog', location)) throw new ValidationError([{ path, code: 'errors.unit.outOfScope' }]);
  return { ...location, unitLevel: unit.level };
}

/** Where an activity was logged, as the policy sees it. */
function placeOf(row: { unitCode: string; provinceCode: string; districtCode: string | null }): Located {
  return { unitStructure: 'current', unitCode: row.unitCode, provinceCode: row.provinceCode, districtCode: row.districtCode, entityId: null };
}

function presentCommunication(r: { log: repo.CommunicationRow; unitName: string | null }, actor: Actor): CommunicationEntry {
  const l = r.log;
  return {
    id: l.id,
    year: l.year,
    kind: l.kind,
    count: l.count,
    budgetVnd: l.budgetVnd,
    date: l.date,
    title: l.title,
    unitCode: l.unitCode,
    unitName: r.unitName,
    unitLevel: l.unitLevel,
    createdBy: l.createdByName,
    createdAt: l.createdAt.toISOString(),
    actions: actionsOn(actor, 'activityLog', placeOf(l)),
  };
}

function presentTraining(r: { training: repo.TrainingRow; unitName: string | null }, actor: Actor): TrainingEntry {
  const t = r.training;
  return {
    id: t.id,
    year: t.year,
    topic: t.topic,
    participants: t.participants,
    budgetVnd: t.budgetVnd,
    date: t.date,
    unitCode: t.unitCode,
    unitName: r.unitName,
    unitLevel: t.unitLevel,
    createdBy: t.createdByName,
    createdAt: t.createdAt.toISOString(),
    actions: actionsOn(actor, 'activityLog', placeOf(t)),
  };
}

export async function listActivity(ctx: CycleCtx, q: { year?: number; unit?: string }) {
  const scope = scopeOf(ctx.actor, 'read', 'activityLog');
  const [communication, training] = await Promise.all([repo.listCommunication(ctx.db, { scope, ...q }), repo.listTraining(ctx.db, { scope, ...q })]);
  return {
    communication: communication.map((r) => presentCommunication(r, ctx.actor)),
    training: training.map((r) => presentTraining(r, ctx.actor)),
    canEdit: mayAnywhere(ctx.actor, 'create', 'activityLog'),
  };
}

export async function addCommunication(ctx: CycleCtx, input: CommunicationLogEntry) {
  const place = await unitForLog(ctx.db, ctx.actor, input.unitCode);
  const row = await ctx.db.transaction(async (tx) => {
    const r = await repo.insertCommunication(tx, {
      year: input.year,
      kind: input.kind,
      count: input.count,
      budgetVnd: input.budgetVnd,
      date: input.date,
      title: input.title || null,
      ...place,
      createdById: ctx.actor.id,
      createdByName: ctx.who.name,
    });
    await audit(tx, ctx.who, 'create', 'communication', r.id, { kind: { from: null, to: r.kind }, count: { from: null, to: r.count }, budgetVnd: { from: null, to: r.budgetVnd } });
    return r;
  });
  const [listed] = (await repo.listCommunication(ctx.db, { scope: { kind: 'all' }, year: row.year, unit: row.unitCode })).filter((x) => x.log.id === row.id);
  return presentCommunication(listed ?? { log: row, unitName: null }, ctx.actor);
}

export async function addTraining(ctx: CycleCtx, input: TrainingClass) {
  const place = await unitForLog(ctx.db, ctx.actor, input.unitCode);
  const row = await ctx.db.transaction(async (tx) => {
    const r = await repo.insertTraining(tx, {
      year: Number(input.date.slice(0, 4)),
      topic: input.topic,
      participants: input.participants,
      budgetVnd: input.budgetVnd,
      date: input.date,
      ...place,
      createdById: ctx.actor.id,
      createdByName: ctx.who.name,
    });
    await audit(tx, ctx.who, 'create', 'training', r.id, { topic: { from: null, to: r.topic }, participants: { from: null, to: r.participants } });
    return r;
  });
  const [listed] = (await repo.listTraining(ctx.db, { scope: { kind: 'all' }, year: row.year, unit: row.unitCode })).filter((x) => x.training.id === row.id);
  return presentTraining(listed ?? { training: row, unitName: null }, ctx.actor);
}

export async function deleteActivity(ctx: CycleCtx, kind: 'communication' | 'training', id: string): Promise<void> {
  const row = kind === 'communication' ? await repo.getCommunication(ctx.db, id) : await repo.getTraining(ctx.db, id);
  if (!row || !may(ctx.actor, 'read', 'activityLog', placeOf(row))) throw new NotFoundError(kind);
  if (!may(ctx.actor, 'delete', 'activityLog', placeOf(row))) throw new ForbiddenError();
  await ctx.db.transaction(async (tx) => {
    const gone = kind === 'communication' ? await repo.deleteCommunication(tx, id) : await repo.deleteTraining(tx, id);
    if (!gone) throw new NotFoundError(kind);
    await audit(tx, ctx.who, 'delete', kind, id, null);
  });
}

function change(current: number, previous: number) {
  const delta = current - previous;
  return { current, previous, change: delta, changePercent: previous === 0 ? null : Math.round((delta / previous) * 10000) / 100 };
}

/** A year's communication and training totals beside the previous year's, with the change. */
export async function activitySummary(ctx: CycleCtx, q: { year: number; unit?: string }): Promise<ActivitySummary> {
  const scope = scopeOf(ctx.actor, 'read', 'activityLog');
  const totals = await repo.activityTotals(ctx.db, { scope, unit: q.unit, years: [q.year, q.year - 1] });
  const sum = (year: number, kind: string, f: 'count' | 'budgetVnd') =>
    totals.communication.filter((r) => r.year === year && r.kind === kind).reduce((s, r) => s + r[f], 0);
  const t = (year: number) => totals.training.find((r) => r.year === year) ?? { classes: 0, participants: 0, budgetVnd: 0 };
  return {
    year: q.year,
    previousYear: q.year - 1,
    communication: COMMUNICATION_KINDS.map((kind) => ({
      kind,
      count: change(sum(q.year, kind, 'count'), sum(q.year - 1, kind, 'count')),
      budgetVnd: change(sum(q.year, kind, 'budgetVnd'), sum(q.year - 1, kind, 'budgetVnd')),
    })),
    training: {
      classes: change(t(q.year).classes, t(q.year - 1).classes),
      participants: change(t(q.year).participants, t(q.year - 1).participants),
      budgetVnd: change(t(q.year).budgetVnd, t(q.year - 1).budgetVnd),
    },
  };
}
