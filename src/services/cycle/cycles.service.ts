import * as repo from '../../db/repositories/cycles.repository';
import * as wf from '../../db/repositories/workflow.repository';
import {
  applyTransition,
  availableActions,
  calendarWindowState,
  cycleMachine,
  cycleSettingsOf,
  cycleSteps,
  defaultCalendar,
  DEFAULT_RESPONSE_DAYS,
  type CycleSettings,
  type CycleStepCode,
} from '../../domain/cycle';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { isNational, may, type Actor } from '../../domain/policy';
import type { Cycle, CycleDetail } from '../../contracts/cycles';
import { audit } from '../audit.service';
import { yearNow } from './common';
import { timelineOf, todayVN, transitionRefusal, type CycleCtx } from './workflow';

/** A cycle per province and year: its calendar (opening and deadline per step), settings and status. */

export interface CalendarInput {
  step: number;
  opensOn: string;
  deadline: string;
}

export interface SettingsInput {
  responseDays?: Partial<CycleSettings['responseDays']>;
  refuseLateSteps?: CycleStepCode[];
}

function mayRead(actor: Actor, provinceCode: string): boolean {
  return may(actor, 'read', 'cycle', { provinceCode });
}

function mayManage(actor: Actor, provinceCode: string): boolean {
  return may(actor, 'create', 'cycle', { provinceCode });
}

function storedCalendar(entries: CalendarInput[]) {
  return [...entries]
    .sort((a, b) => a.step - b.step)
    .map((e) => ({ step: e.step, code: cycleSteps.find((s) => s.step === e.step)!.code, opensOn: e.opensOn, deadline: e.deadline }));
}

function mergeSettings(current: unknown, input: SettingsInput | undefined): CycleSettings {
  const base = cycleSettingsOf(current);
  if (!input) return base;
  return cycleSettingsOf({
    responseDays: { ...base.responseDays, ...(input.responseDays ?? {}) },
    refuseLateSteps: input.refuseLateSteps ?? base.refuseLateSteps,
  });
}

function settingsDto(value: unknown) {
  const s = cycleSettingsOf(value);
  return { responseDays: { ...s.responseDays }, refuseLateSteps: [...s.refuseLateSteps] as string[] };
}

type CycleView = NonNullable<Awaited<ReturnType<typeof repo.getCycle>>>;

function present(ctx: Pick<CycleCtx, 'actor' | 'lang'>, v: CycleView): Cycle {
  const c = v.cycle;
  const today = todayVN();
  return {
    id: c.id,
    provinceCode: c.provinceCode,
    provinceName: v.provinceName,
    year: c.year,
    status: c.status,
    statusLabel: cycleMachine.statuses[c.status as 'open']?.label[ctx.lang] ?? c.status,
    version: c.version,
    calendar: c.calendar.map((e) => {
      const step = cycleSteps.find((s) => s.step === e.step);
      return {
        ...e,
        name: step?.name[ctx.lang] ?? e.code,
        timing: step?.timing[ctx.lang] ?? null,
        state: calendarWindowState(e, today),
        continuous: step?.continuous ?? false,
      };
    }),
    settings: settingsDto(c.settings),
    statusChangedAt: c.statusChangedAt.toISOString(),
    actions: mayManage(ctx.actor, c.provinceCode) ? availableActions(cycleMachine, c.status, ctx.actor.role) : [],
    canEdit: may(ctx.actor, 'update', 'cycle', c),
  };
}

export async function listCycles(ctx: CycleCtx, q: { year?: number; province?: string }) {
  const national = isNational(ctx.actor);
  if (!national && !ctx.actor.provinceCode) return { items: [] };
  const provinceCode = national ? q.province : ctx.actor.provinceCode;
  if (!national && q.province && q.province !== ctx.actor.provinceCode) return { items: [] };
  const rows = await repo.listCycles(ctx.db, { provinceCode, year: q.year });
  return { items: rows.map((r) => present(ctx, r)) };
}

async function loadVisible(ctx: CycleCtx, id: string): Promise<CycleView> {
  const v = await repo.getCycle(ctx.db, id);
  if (!v || !mayRead(ctx.actor, v.cycle.provinceCode)) throw new NotFoundError('cycle');
  return v;
}

export async function getCycle(ctx: CycleCtx, id: string): Promise<CycleDetail> {
  const v = await loadVisible(ctx, id);
  const [counts, timeline] = await Promise.all([repo.cycleCounts(ctx.db, v.cycle), timelineOf(ctx.db, 'cycle', id)]);
  return { ...present(ctx, v), counts, timeline };
}

/** The cycle of the actor's province for a year (default: this year). */
export async function currentCycle(ctx: CycleCtx, year?: number, province?: string) {
  const national = isNational(ctx.actor);
  const provinceCode = national ? province : ctx.actor.provinceCode;
  if (!provinceCode) throw new NotFoundError('cycle');
  const row = await repo.findCycle(ctx.db, provinceCode, year ?? yearNow());
  if (!row) throw new NotFoundError('cycle');
  return getCycle(ctx, row.id);
}

export async function createCycle(ctx: CycleCtx, input: { year: number; provinceCode?: string; calendar?: CalendarInput[]; settings?: SettingsInput }) {
  const provinceCode = isNational(ctx.actor) ? input.provinceCode : ctx.actor.provinceCode;
  if (!provinceCode) throw new ValidationError([{ path: 'provinceCode', code: 'errors.required' }]);
  if (!mayManage(ctx.actor, provinceCode) || (input.provinceCode && input.provinceCode !== provinceCode)) throw new ForbiddenError();
  const existing = await repo.findCycle(ctx.db, provinceCode, input.year);
  if (existing) throw new ConflictError('errors.cycle.exists', { year: input.year, id: existing.id });
  const calendar = input.calendar ? storedCalendar(input.calendar) : defaultCalendar(input.year).map((e) => ({ step: e.step, code: e.code, opensOn: e.opensOn, deadline: e.deadline }));
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertCycle(tx, {
      provinceCode,
      year: input.year,
      status: cycleMachine.initial,
      calendar,
      settings: mergeSettings({}, input.settings) as unknown as Record<string, unknown>,
    });
    await wf.insertTransition(tx, { itemType: 'cycle', itemId: row.id, action: 'create', fromStatus: null, toStatus: row.status, actorId: ctx.actor.id, actorName: ctx.who.name, actorRole: ctx.actor.role });
    await audit(tx, ctx.who, 'create', 'cycle', row.id, { year: { from: null, to: input.year }, provinceCode: { from: null, to: provinceCode } });
    return row.id;
  });
  return getCycle(ctx, id);
}

export async function updateCycle(ctx: CycleCtx, id: string, input: { version: number; calendar?: CalendarInput[]; settings?: SettingsInput }) {
  const v = await loadVisible(ctx, id);
  if (!mayManage(ctx.actor, v.cycle.provinceCode)) throw new ForbiddenError();
  if (v.cycle.status === 'closed') throw new ConflictError('errors.cycle.closed', { year: v.cycle.year });
  await ctx.db.transaction(async (tx) => {
    const values = {
      ...(input.calendar ? { calendar: storedCalendar(input.calendar) } : {}),
      ...(input.settings ? { settings: mergeSettings(v.cycle.settings, input.settings) as unknown as Record<string, unknown> } : {}),
    };
    const row = await repo.updateCycle(tx, id, input.version, values);
    if (!row) throw new ConflictError('errors.conflict.stale', { current: v.cycle.version, sent: input.version });
    await audit(tx, ctx.who, 'update', 'cycle', id, {
      ...(input.calendar ? { calendar: { from: v.cycle.calendar, to: row.calendar } } : {}),
      ...(input.settings ? { settings: { from: v.cycle.settings, to: row.settings } } : {}),
    });
  });
  return getCycle(ctx, id);
}

export async function transitionCycle(ctx: CycleCtx, id: string, input: { action: string; note?: string | null; version?: number }) {
  const v = await loadVisible(ctx, id);
  if (!mayManage(ctx.actor, v.cycle.provinceCode)) throw new ForbiddenError();
  const note = input.note?.normalize('NFC').trim() || null;
  const result = applyTransition(cycleMachine, v.cycle.status, input.action, ctx.actor.role, { note });
  if (!result.ok) throw transitionRefusal(cycleMachine, v.cycle.status, input.action, result.reason, availableActions(cycleMachine, v.cycle.status, ctx.actor.role));
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateCycle(tx, id, input.version ?? v.cycle.version, { status: result.to, statusChangedAt: new Date() });
    if (!row) throw new ConflictError('errors.conflict.stale', { current: v.cycle.version, sent: input.version ?? v.cycle.version });
    await wf.insertTransition(tx, { itemType: 'cycle', itemId: id, action: input.action, fromStatus: v.cycle.status, toStatus: result.to, actorId: ctx.actor.id, actorName: ctx.who.name, actorRole: ctx.actor.role, note });
    await audit(tx, ctx.who, `transition.${input.action}`, 'cycle', id, { status: { from: v.cycle.status, to: result.to } }, note);
  });
  return getCycle(ctx, id);
}

/** Defaults shown when a province plans a new cycle. */
export function cycleDefaults(year: number) {
  return { year, calendar: defaultCalendar(year), responseDays: DEFAULT_RESPONSE_DAYS };
}
