import { isAdmin, isCommuneOfficer, isOfficer, isProducer } from '../policy/roles';
import type { Role } from '../users/roles';
import { businessPlanMachine, legacyBusinessPlanMachine } from './business-plan.machine';
import type { CycleCalendarEntry, CycleStepCode } from './cycle';
import { addDays, toIsoDate, type IsoDate } from '../dates';
import { dossierMachine, legacyDossierMachine } from './dossier.machine';
import { ideaMachine, legacyIdeaMachine } from './idea.machine';
import type { Procedure } from './procedure';
import { actorsAt, availableActions, isStatus, type StateMachine } from './state-machine';

/**
 * How the items of the cycle (ideas, business plans, evaluation dossiers) move between
 * people: who may see them, whose turn it is, by when, and whom a transition concerns.
 * Pure rules shared by the services (work queues, notifications) and the web client.
 */

export const WORKFLOW_KINDS = ['idea', 'business-plan', 'dossier'] as const;
export type WorkflowKind = (typeof WORKFLOW_KINDS)[number];

const MACHINES: { readonly [K in WorkflowKind]: { readonly [P in Procedure]: StateMachine<string, string> } } = {
  idea: { current: ideaMachine, legacy: legacyIdeaMachine },
  'business-plan': { current: businessPlanMachine, legacy: legacyBusinessPlanMachine },
  dossier: { current: dossierMachine, legacy: legacyDossierMachine },
};

/** The machine an item of a kind follows under a procedure. */
export function machineOf(kind: WorkflowKind, procedure: Procedure): StateMachine<string, string> {
  return MACHINES[kind][procedure];
}

/** The calendar step whose deadline applies to filing an item of a kind. */
export const FILING_STEP: { readonly [K in WorkflowKind]: CycleStepCode } = {
  idea: 'idea-registration',
  'business-plan': 'business-plan',
  dossier: 'evaluation',
};

/* -------------------------------------- whose turn -------------------------------------- */

/** Statuses in which the item is back with whoever filed it (to complete or to file). */
export const FILER_TURN_STATUSES: readonly string[] = ['draft', 'returned'];

export interface QueueItem {
  readonly status: string;
  /** Role of the account that created the item (the producer, or an officer on its behalf). */
  readonly filedByRole: Role | string | null;
}

/** Actions that count as "acting on" an item for work queues (withdrawing is always possible). */
function queueActions(machine: StateMachine<string, string>, status: string, role: Role): string[] {
  return availableActions(machine, status, role).filter((a) => a !== 'withdraw');
}

/**
 * Whether an item waits for a role (appears in that role's work queue). When an item is back
 * with its filer (draft, returned) it waits for the producer if a producer filed it, and for
 * the officer side if an officer filed it on the producer's behalf.
 */
export function waitsFor(machine: StateMachine<string, string>, item: QueueItem, role: Role): boolean {
  if (queueActions(machine, item.status, role).length === 0) return false;
  if (!FILER_TURN_STATUSES.includes(item.status)) return !isProducer(role);
  const filedByOfficer = isOfficer(item.filedByRole);
  return isProducer(role) ? !filedByOfficer : filedByOfficer;
}

/** Statuses in which an item of this machine may wait for a role, split by who filed it. */
export function queueStatuses(
  machine: StateMachine<string, string>,
  role: Role,
): { always: string[]; ifFiledByOfficer: string[]; ifFiledByProducer: string[] } {
  const out = { always: [] as string[], ifFiledByOfficer: [] as string[], ifFiledByProducer: [] as string[] };
  for (const status of Object.keys(machine.statuses)) {
    if (queueActions(machine, status, role).length === 0) continue;
    if (!FILER_TURN_STATUSES.includes(status)) {
      if (!isProducer(role)) out.always.push(status);
    } else if (isProducer(role)) out.ifFiledByProducer.push(status);
    else out.ifFiledByOfficer.push(status);
  }
  return out;
}

/** Who the item waits for now: 'filer' (back with the producer or filing officer), the officer roles, or nobody. */
export function waitingParty(
  machine: StateMachine<string, string>,
  item: QueueItem,
): { kind: 'filer'; roles: Role[] } | { kind: 'officers'; roles: Role[] } | { kind: 'none'; roles: [] } {
  if (!isStatus(machine, item.status) || machine.statuses[item.status].terminal) return { kind: 'none', roles: [] };
  const roles = actorsAt(machine, item.status).filter((r) => waitsFor(machine, item, r));
  if (FILER_TURN_STATUSES.includes(item.status)) return { kind: 'filer', roles };
  return roles.length ? { kind: 'officers', roles } : { kind: 'none', roles: [] };
}

/* ---------------------------------------- deadlines ---------------------------------------- */

/** How many days each side has to act, unless the province sets other numbers for its cycle. */
export interface ResponseDays {
  /** The commune receives, reviews, pre-assesses and forwards. */
  readonly commune: number;
  /** The appraising level (province; district before 2025-07-01) decides. */
  readonly appraisal: number;
  /** The producer revises a returned item. */
  readonly revision: number;
}

export const DEFAULT_RESPONSE_DAYS: ResponseDays = { commune: 7, appraisal: 15, revision: 14 };

export interface CycleSettings {
  readonly responseDays: ResponseDays;
  /** Steps whose filing is refused after the deadline (by default late filings are accepted and marked late). */
  readonly refuseLateSteps: readonly CycleStepCode[];
}

export const DEFAULT_CYCLE_SETTINGS: CycleSettings = { responseDays: DEFAULT_RESPONSE_DAYS, refuseLateSteps: [] };

export function cycleSettingsOf(value: unknown): CycleSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<CycleSettings>;
  const days = (v.responseDays ?? {}) as Partial<ResponseDays>;
  const pick = (n: unknown, d: number) => (typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : d);
  return {
    responseDays: {
      commune: pick(days.commune, DEFAULT_RESPONSE_DAYS.commune),
      appraisal: pick(days.appraisal, DEFAULT_RESPONSE_DAYS.appraisal),
      revision: pick(days.revision, DEFAULT_RESPONSE_DAYS.revision),
    },
    refuseLateSteps: Array.isArray(v.refuseLateSteps) ? v.refuseLateSteps.filter((s): s is CycleStepCode => typeof s === 'string') : [],
  };
}

/** The calendar deadline of the step an item of this kind is filed in. */
export function filingDeadline(kind: WorkflowKind, calendar: readonly Pick<CycleCalendarEntry, 'code' | 'deadline'>[]): IsoDate | null {
  return calendar.find((e) => e.code === FILING_STEP[kind])?.deadline ?? null;
}

/**
 * The date by which the next action on an item is due, from the status it has just entered:
 * a draft by the filing deadline of the cycle calendar; a returned item within the revision
 * days; an item waiting for the commune or the appraising level within their response days;
 * nothing once it has ended or when it waits for an evaluation round.
 */
export function dueDateFor(input: {
  kind: WorkflowKind;
  procedure: Procedure;
  status: string;
  filedByRole: Role | string | null;
  since: Date | string;
  calendar: readonly Pick<CycleCalendarEntry, 'code' | 'deadline'>[];
  settings?: CycleSettings;
}): IsoDate | null {
  const settings = input.settings ?? DEFAULT_CYCLE_SETTINGS;
  const machine = machineOf(input.kind, input.procedure);
  if (!isStatus(machine, input.status) || machine.statuses[input.status].terminal) return null;
  if (input.status === 'draft') return filingDeadline(input.kind, input.calendar);
  if (input.status === 'returned') return addDays(input.since, settings.responseDays.revision);
  if (input.kind === 'dossier' && (input.status === 'complete' || input.status === 'in-round')) return null;
  const party = waitingParty(machine, { status: input.status, filedByRole: input.filedByRole });
  if (party.kind !== 'officers') return null;
  const days = party.roles.some(isCommuneOfficer) ? settings.responseDays.commune : settings.responseDays.appraisal;
  return addDays(input.since, days);
}

/** Overdue once today is after the due date (the due day itself is not overdue). */
export function isDue(dueOn: IsoDate | null | undefined, today: Date | string): { overdue: boolean; daysLeft: number | null } {
  if (!dueOn) return { overdue: false, daysLeft: null };
  const t = toIsoDate(today);
  const left = Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${t}T00:00:00Z`)) / 86_400_000);
  return { overdue: left < 0, daysLeft: left };
}

/** Whether filing now is late, and whether the cycle refuses late filings of this step. */
export function filingLateness(
  kind: WorkflowKind,
  today: Date | string,
  calendar: readonly Pick<CycleCalendarEntry, 'code' | 'deadline'>[],
  settings: CycleSettings = DEFAULT_CYCLE_SETTINGS,
): { late: boolean; refused: boolean; deadline: IsoDate | null } {
  const deadline = filingDeadline(kind, calendar);
  const late = deadline !== null && toIsoDate(today) > deadline;
  return { late, refused: late && settings.refuseLateSteps.includes(FILING_STEP[kind]), deadline };
}

/* --------------------------------------- notifications --------------------------------------- */

export interface NotificationTargets {
  /** The producer accounts of the owning entity. */
  readonly producers: boolean;
  /** Officer roles of the item's unit to notify (commune of the item, province, legacy district). */
  readonly officerRoles: Role[];
}

/**
 * Whom a transition concerns: the producer (always: it is their item), the officers who must
 * act next, and the commune when the appraising level decides on an item it forwarded. The
 * actor is left out by the caller.
 */
export function notificationTargets(
  machine: StateMachine<string, string>,
  item: QueueItem & { readonly from: string },
  actorRole: Role,
): NotificationTargets {
  const officerRoles = new Set<Role>();
  const party = waitingParty(machine, item);
  for (const r of party.roles) if (!isProducer(r) && !isAdmin({ role: r })) officerRoles.add(r);
  if (!isCommuneOfficer(actorRole) && !isProducer(actorRole) && item.from !== 'draft') officerRoles.add('commune');
  return { producers: true, officerRoles: [...officerRoles] };
}
