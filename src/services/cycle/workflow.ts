import crypto from 'node:crypto';
import type { Db, Executor, Tx } from '../../db/client';
import * as cyclesRepo from '../../db/repositories/cycles.repository';
import * as notificationsRepo from '../../db/repositories/notifications.repository';
import * as wf from '../../db/repositories/workflow.repository';
import type { ItemType } from '../../db/repositories/workflow.repository';
import {
  applyTransition,
  findTransition,
  cycleSettingsOf,
  dueDateFor,
  filingLateness,
  isDue,
  machineOf,
  notificationTargets,
  stepProgress,
  waitingParty,
  waitsFor,
  type Procedure,
  type StateMachine,
  type Transition,
} from '../../domain/cycle';
import { formatDateVi } from '../../domain/dates';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { authorize, EDITABLE_STATUSES, itemTransitions, may, type Actor, type CycleItemRecord, type UnitStructure } from '../../domain/policy';
import type { CycleItem, TimelineEntry } from '../../contracts/cycle-items';
import { audit, type AuditActor } from '../audit.service';
import type { Lang } from '../../i18n/lang';
import * as clock from '../clock';

/**
 * The engine the idea, business-plan and dossier services share: visibility (404 outside
 * scope), the state machine check (409 when the action is not allowed in the current status,
 * 403 when the role may not take it), the compare-and-set status update (of two officers
 * acting at once one gets 409), the timeline row, the audit event, the filed content version,
 * the in-app notifications — all in one transaction — and idempotent retries.
 */

export interface CycleCtx {
  db: Db;
  actor: Actor;
  who: AuditActor;
  lang: Lang;
  /** The clock (the demo seeder replays a cycle at past dates); default: now. */
  now?: () => Date;
}

/** The columns every item table shares (see db/schema/cycle.ts). */
export interface ItemCore {
  id: string;
  cycleId: string;
  cycleYear: number;
  procedure: string;
  unitStructure: UnitStructure;
  unitCode: string;
  provinceCode: string;
  districtCode: string | null;
  entityId: string | null;
  ownerEntityId: string | null;
  productName: string;
  groupCode: string;
  subgroupCode: string | null;
  status: string;
  version: number;
  contentVersion: number;
  createdById: string | null;
  filedByRole: string;
  statusChangedAt: Date;
  dueOn: string | null;
  firstSubmittedAt: Date | null;
  late: boolean;
  lastNote: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const KIND_OF: { readonly [K in ItemType]: 'idea' | 'business-plan' | 'dossier' } = {
  idea: 'idea',
  'business-plan': 'business-plan',
  dossier: 'dossier',
};

export function procedureOf(core: Pick<ItemCore, 'procedure'>): Procedure {
  return core.procedure === 'legacy' ? 'legacy' : 'current';
}

export function machineFor(type: ItemType, core: Pick<ItemCore, 'procedure'>): StateMachine<string, string> {
  return machineOf(type, procedureOf(core));
}

/** The item as the policy sees it: where it sits, who owns and filed it, its machine and status. */
export function recordOf(type: ItemType, core: ItemCore): CycleItemRecord & { status: string } {
  return {
    kind: KIND_OF[type],
    procedure: procedureOf(core),
    status: core.status,
    filedByRole: core.filedByRole,
    unitStructure: core.unitStructure,
    unitCode: core.unitCode,
    provinceCode: core.provinceCode,
    districtCode: core.districtCode,
    entityId: core.ownerEntityId,
  };
}

/** 404 unless the actor may see the item (records outside one's scope do not exist). */
export function ensureVisible<T extends ItemCore>(actor: Actor, core: T | undefined, what: ItemType): T {
  if (!core) throw new NotFoundError(what);
  try {
    authorize(actor, 'read', 'cycleItem', recordOf(what, core));
  } catch {
    throw new NotFoundError(what);
  }
  return core;
}

export function todayVN(): string {
  return clock.today();
}

/** Actions the actor may take on the item now (the buttons to show). */
export function actionsFor(type: ItemType, core: ItemCore, actor: Actor): string[] {
  return itemTransitions(actor, recordOf(type, core));
}

/** Fields about the item's place in the cycle, shared by every item DTO. */
export function presentCore(type: ItemType, core: ItemCore, actor: Actor, lang: Lang, names: { unitName: string | null; provinceName: string | null; entityName: string | null }): CycleItem {
  const machine = machineFor(type, core);
  const meta = machine.statuses[core.status];
  // an accepted business plan is being implemented: step 4 of the cycle
  const progress: { step: number; status: 'wait' | 'process' | 'finish' | 'error' } =
    type === 'business-plan' && core.status === 'accepted' ? { step: 4, status: 'process' } : stepProgress(type, core.status);
  const due = isDue(core.dueOn, clock.now());
  const party = waitingParty(machine, { status: core.status, filedByRole: core.filedByRole });
  const actions = actionsFor(type, core, actor);
  return {
    id: core.id,
    kind: type,
    version: core.version,
    status: core.status,
    statusLabel: meta?.label[lang] ?? core.status,
    procedure: procedureOf(core),
    machine: machine.id,
    step: progress.step,
    stepStatus: progress.status,
    cycleId: core.cycleId,
    cycleYear: core.cycleYear,
    unitStructure: core.unitStructure,
    unitCode: core.unitCode,
    unitName: names.unitName,
    provinceCode: core.provinceCode,
    provinceName: names.provinceName,
    entityId: core.entityId,
    entityName: names.entityName,
    ownerEntityId: core.ownerEntityId,
    productName: core.productName,
    groupCode: core.groupCode,
    subgroupCode: core.subgroupCode,
    filedByRole: core.filedByRole,
    contentVersion: core.contentVersion,
    late: core.late,
    lastNote: core.lastNote,
    dueOn: core.dueOn,
    overdue: due.overdue,
    daysLeft: due.daysLeft,
    waitingFor: party.roles,
    statusChangedAt: core.statusChangedAt.toISOString(),
    firstSubmittedAt: core.firstSubmittedAt ? core.firstSubmittedAt.toISOString() : null,
    createdAt: core.createdAt.toISOString(),
    updatedAt: core.updatedAt.toISOString(),
    editable: may(actor, 'edit', 'cycleItem', recordOf(type, core)),
    yourTurn: actions.length > 0 && waitsFor(machine, { status: core.status, filedByRole: core.filedByRole }, actor.role),
    actions: actions.map((a) => {
      const t = findTransition(machine, core.status, a, actor.role);
      return { action: a, label: machine.actions[a]?.label[lang] ?? a, requiresNote: t?.requiresNote === true, to: t?.to ?? null };
    }),
  };
}

export async function timelineOf(db: Executor, type: string, id: string): Promise<TimelineEntry[]> {
  const rows = await wf.listTransitions(db, type, id);
  return rows.map((r) => ({
    action: r.action,
    from: r.fromStatus,
    to: r.toStatus,
    by: r.actorName,
    byId: r.actorId,
    byRole: r.actorRole,
    at: r.at.toISOString(),
    note: r.note,
    contentVersion: r.contentVersion,
  }));
}

/* ------------------------------------- errors ------------------------------------- */

function labelList(machine: StateMachine<string, string>, actions: string[], lang: Lang): string {
  return actions.map((a) => machine.actions[a]?.label[lang] ?? a).join(', ');
}

/** The clear 409/403/400 for an action the machine refuses. */
export function transitionRefusal(
  machine: StateMachine<string, string>,
  status: string,
  action: string,
  reason: string,
  allowed: string[],
): AppError {
  const params = {
    action,
    status,
    actionVi: machine.actions[action]?.label.vi ?? action,
    actionEn: machine.actions[action]?.label.en ?? action,
    statusVi: machine.statuses[status]?.label.vi ?? status,
    statusEn: machine.statuses[status]?.label.en ?? status,
    allowedVi: allowed.length ? `Thao tác bạn có thể làm lúc này: ${labelList(machine, allowed, 'vi')}.` : 'Bạn không có thao tác nào ở trạng thái này.',
    allowedEn: allowed.length ? `What you can do now: ${labelList(machine, allowed, 'en')}.` : 'There is nothing you can do in this status.',
  };
  if (reason === 'note-required') return new ValidationError([{ path: 'note', code: 'errors.cycle.noteRequired', params }]);
  if (reason === 'role-not-permitted') return new ForbiddenError('errors.cycle.roleNotPermitted');
  return new ConflictError('errors.cycle.notAllowed', params);
}

function concurrentChange(machine: StateMachine<string, string>, status: string): AppError {
  return new ConflictError('errors.cycle.concurrent', {
    status,
    statusVi: machine.statuses[status]?.label.vi ?? status,
    statusEn: machine.statuses[status]?.label.en ?? status,
  });
}

/* ---------------------------------- idempotency ---------------------------------- */

export interface Idempotency {
  /** The client's Idempotency-Key header or body `requestId`. */
  key?: string | null;
  /** What the request does ("POST /api/ideas", "idea:<id>:transition"). */
  scope: string;
  /** The request body, to tell a retry from a different request reusing a key. */
  body: unknown;
}

/** What an idempotent submission made: a cycle item, or evidence attached to a dossier. */
export type IdempotentType = ItemType | 'dossier-evidence';

export interface Outcome {
  itemType: IdempotentType;
  itemId: string;
  statusCode: number;
  /** True when a stored first result was returned for a retry. */
  replayed: boolean;
}

function fingerprint(scope: string, body: unknown): string {
  const stable = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v as object)
            .filter((k) => k !== 'requestId')
            .sort()
            .map((k) => [k, stable((v as Record<string, unknown>)[k])]),
        )
      : Array.isArray(v)
        ? v.map(stable)
        : v;
  return crypto.createHash('sha256').update(scope).update('\n').update(JSON.stringify(stable(body) ?? null)).digest('hex');
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

async function replay(db: Executor, actor: Actor, idem: Idempotency): Promise<Outcome | null> {
  if (!idem.key) return null;
  const row = await wf.findIdempotencyKey(db, actor.id, idem.key);
  if (!row) return null;
  if (row.scope !== idem.scope || row.fingerprint !== fingerprint(idem.scope, idem.body)) {
    throw new ConflictError('errors.cycle.idempotencyMismatch');
  }
  return { itemType: row.itemType as IdempotentType, itemId: row.itemId, statusCode: row.statusCode, replayed: true };
}

/**
 * Runs `work` in a transaction once per idempotency key: a retry with the same key (double
 * click, network retry) gets the first result back instead of doing the work again; two
 * concurrent requests with one key cannot both succeed (the key is unique per user).
 */
export async function idempotent(
  ctx: CycleCtx,
  idem: Idempotency,
  work: (tx: Tx) => Promise<{ itemType: IdempotentType; itemId: string; statusCode: number }>,
): Promise<Outcome> {
  const key = idem.key?.trim() || null;
  if (key && key.length > 200) throw new ValidationError([{ path: 'requestId', code: 'errors.tooLong', params: { maximum: 200 } }]);
  const request = { ...idem, key };
  const first = await replay(ctx.db, ctx.actor, request);
  if (first) return first;
  try {
    const result = await ctx.db.transaction(async (tx) => {
      const r = await work(tx);
      if (key) {
        await wf.insertIdempotencyKey(tx, {
          userId: ctx.actor.id,
          key,
          scope: idem.scope,
          fingerprint: fingerprint(idem.scope, idem.body),
          statusCode: r.statusCode,
          itemType: r.itemType,
          itemId: r.itemId,
        });
      }
      return r;
    });
    return { ...result, replayed: false };
  } catch (e) {
    // A concurrent request with the same key won the race: its commit released our wait (on the
    // key's unique index, or on the item's row for a transition), so its result is stored now.
    if (key && (isUniqueViolation(e) || e instanceof AppError)) {
      const stored = await replay(ctx.db, ctx.actor, request);
      if (stored) return stored;
    }
    throw e;
  }
}

/* ----------------------------------- transitions ----------------------------------- */

export interface TransitionInput {
  action: string;
  note?: string | null;
  /** The version of the item the client read; 409 when it has changed since. */
  version?: number;
}

export interface TransitionHooks {
  /** Loads the item's shared columns (inside the transaction). */
  load(db: Executor, id: string): Promise<ItemCore | undefined>;
  /** Kind-specific checks before the status changes; may return more columns to set. */
  guard?(tx: Tx, core: ItemCore, t: Transition<string, string>): Promise<Record<string, unknown> | void>;
  /** The content to keep as a filed version (transitions that create one). */
  snapshot?(tx: Tx, core: ItemCore): Promise<{ content: Record<string, unknown>; files?: Array<{ id: string; itemCode: string; fileName: string }> }>;
  /** Name of the item in notifications and the audit log. */
  title(core: ItemCore): string;
}

const NOTE_MAX = 2000;

/**
 * Applies an action to an item inside `tx`: checks visibility, the machine and the filer
 * side; refuses filing in a cycle that is not open or after a refused deadline; updates the
 * status under compare-and-set; records the timeline, the audit event, the filed version
 * and the notifications.
 */
export async function applyItemTransition(
  tx: Tx,
  ctx: CycleCtx,
  type: ItemType,
  id: string,
  input: TransitionInput,
  hooks: TransitionHooks,
): Promise<void> {
  const core = ensureVisible(ctx.actor, await hooks.load(tx, id), type);
  const machine = machineFor(type, core);
  const note = input.note?.normalize('NFC').trim() || null;
  if (note && note.length > NOTE_MAX) throw new ValidationError([{ path: 'note', code: 'errors.tooLong', params: { maximum: NOTE_MAX } }]);
  const allowed = actionsFor(type, core, ctx.actor);
  const result = applyTransition(machine, core.status, input.action, ctx.actor.role, { note });
  if (!result.ok) throw transitionRefusal(machine, core.status, input.action, result.reason, allowed);
  if (!allowed.includes(input.action)) throw new ForbiddenError('errors.cycle.notFiler');
  if (input.version !== undefined && input.version !== core.version) throw concurrentChange(machine, core.status);

  const now = ctx.now?.() ?? clock.now();
  const cycle = await cyclesRepo.getCycle(tx, core.cycleId);
  if (!cycle) throw new NotFoundError('cycle');
  const settings = cycleSettingsOf(cycle.cycle.settings);
  const patch: wf.StatusPatch = { status: result.to, statusChangedAt: now, dueOn: null, lastNote: note };
  let contentVersion: number | null = null;
  if (result.transition.createsVersion) {
    if (cycle.cycle.status !== 'open') {
      throw new ConflictError('errors.cycle.notOpen', { year: cycle.cycle.year, province: cycle.provinceName ?? cycle.cycle.provinceCode });
    }
    const lateness = filingLateness(type, now, cycle.cycle.calendar as never, settings);
    if (lateness.refused) throw new ConflictError('errors.cycle.deadlinePassed', { deadline: formatDateVi(lateness.deadline) });
    if (lateness.late && !core.firstSubmittedAt) patch.late = true;
    if (!core.firstSubmittedAt) patch.firstSubmittedAt = now;
    contentVersion = core.contentVersion + 1;
    patch.contentVersion = contentVersion;
  }
  Object.assign(patch, (await hooks.guard?.(tx, core, result.transition)) ?? {});
  patch.dueOn = dueDateFor({
    kind: type,
    procedure: procedureOf(core),
    status: result.to,
    filedByRole: core.filedByRole,
    since: now,
    calendar: cycle.cycle.calendar as never,
    settings,
  });
  const moved = await wf.compareAndSetStatus(tx, type, id, { version: core.version, status: core.status }, patch);
  if (!moved) {
    const fresh = await hooks.load(tx, id);
    throw concurrentChange(machine, fresh?.status ?? core.status);
  }
  if (contentVersion !== null && hooks.snapshot) {
    const snap = await hooks.snapshot(tx, core);
    await wf.insertVersion(tx, {
      itemType: type,
      itemId: id,
      number: contentVersion,
      content: snap.content,
      files: snap.files ?? [],
      createdById: ctx.actor.id,
      createdByName: ctx.who.name,
      createdAt: now,
    });
  }
  await wf.insertTransition(tx, {
    itemType: type,
    itemId: id,
    action: input.action,
    fromStatus: core.status,
    toStatus: result.to,
    actorId: ctx.actor.id,
    actorName: ctx.who.name,
    actorRole: ctx.actor.role,
    note,
    contentVersion,
    at: now,
  });
  await audit(tx, ctx.who, `transition.${input.action}`, type, id, { status: { from: core.status, to: result.to } }, note);
  await notify(tx, ctx, machine, type, { ...core, status: result.to }, core.status, input.action, note, hooks.title(core));
}

/** Records an item's creation on its timeline (from nothing to its initial status). */
export async function recordCreation(tx: Tx, ctx: CycleCtx, type: ItemType, id: string, status: string, changes: Record<string, unknown>, note: string | null = null) {
  await wf.insertTransition(tx, {
    itemType: type,
    itemId: id,
    action: 'create',
    fromStatus: null,
    toStatus: status,
    actorId: ctx.actor.id,
    actorName: ctx.who.name,
    actorRole: ctx.actor.role,
    note,
    at: ctx.now?.() ?? clock.now(),
  });
  await audit(tx, ctx.who, 'create', type, id, changes, note);
}

/** In-app notifications for everyone the transition concerns (never the actor). */
async function notify(
  tx: Tx,
  ctx: CycleCtx,
  machine: StateMachine<string, string>,
  type: ItemType,
  after: ItemCore,
  from: string,
  action: string,
  note: string | null,
  title: string,
): Promise<void> {
  const targets = notificationTargets(machine, { status: after.status, filedByRole: after.filedByRole, from }, ctx.actor.role);
  const userIds = await notificationsRepo.recipients(tx, {
    producerEntityId: targets.producers ? after.ownerEntityId : null,
    officerRoles: targets.officerRoles,
    location: after,
    excludeUserId: ctx.actor.id,
  });
  await notificationsRepo.insertNotifications(
    tx,
    userIds.map((userId) => ({
      userId,
      itemType: type,
      itemId: after.id,
      title,
      action,
      fromStatus: from,
      toStatus: after.status,
      actorName: ctx.who.name,
      note,
      createdAt: ctx.now?.() ?? clock.now(),
    })),
  );
}

/** The cycle of a province and year, which must exist and not be closed for new items. */
export async function cycleForFiling(db: Executor, provinceCode: string, year: number) {
  const cycle = await cyclesRepo.findCycle(db, provinceCode, year);
  if (!cycle) throw new ConflictError('errors.cycle.none', { year });
  if (cycle.status === 'closed') throw new ConflictError('errors.cycle.closed', { year });
  return cycle;
}

/** Due date of a freshly created item (a draft: the filing deadline). */
export function initialDueOn(type: ItemType, cycle: cyclesRepo.CycleRow, filedByRole: string): string | null {
  return dueDateFor({
    kind: type,
    procedure: 'current',
    status: 'draft',
    filedByRole,
    since: new Date(),
    calendar: cycle.calendar as never,
    settings: cycleSettingsOf(cycle.settings),
  });
}

/** Who may write or change the content of an item now (drafts and returned items, filer side). */
export function ensureEditable(type: ItemType, core: ItemCore, actor: Actor): void {
  const machine = machineFor(type, core);
  if (!EDITABLE_STATUSES.includes(core.status)) {
    throw new ConflictError('errors.cycle.notEditable', {
      statusVi: machine.statuses[core.status]?.label.vi ?? core.status,
      statusEn: machine.statuses[core.status]?.label.en ?? core.status,
    });
  }
  if (!may(actor, 'edit', 'cycleItem', recordOf(type, core))) throw new ForbiddenError('errors.cycle.notFiler');
}

