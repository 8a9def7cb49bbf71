import { ROLES, type Role } from '../users/roles';
import type { Lang } from '../../i18n/lang';

/**
 * A small, generic, typed state machine for the items of the annual OCOP cycle (ideas,
 * business plans, evaluation dossiers, the provincial cycle itself).
 *
 * The machine only answers "may a user with this role do this action on an item in this
 * status, and where does the item go?". Ownership (a producer acts only on its own entity's
 * items) and jurisdiction (an officer acts only inside his unit) are checked by
 * `domain/jurisdiction` before a transition is applied; recording the transition
 * (who, when, from, to, note) is the service's job — see `TransitionRecord`.
 */

/** A user-visible text in Vietnamese (default) and English. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}


export interface StatusMeta {
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
  /** No action leaves this status. Checked by `defineMachine`. */
  readonly terminal?: boolean;
  /** How the item ended (for progress indicators): accepted/evaluated vs rejected/withdrawn. */
  readonly outcome?: 'positive' | 'negative';
}

export interface ActionMeta {
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
}

export interface Transition<S extends string, A extends string> {
  readonly from: readonly S[];
  readonly action: A;
  readonly to: S;
  /** Roles that may perform this action from these statuses. */
  readonly roles: readonly Role[];
  /** The actor must give a reason (returns, rejections…). */
  readonly requiresNote?: boolean;
  /** The service stores a new version of the item's content when this transition happens. */
  readonly createsVersion?: boolean;
  readonly description?: LocalizedText;
}

export interface StateMachine<S extends string, A extends string> {
  /** Stable identifier, e.g. "idea", "business-plan", "dossier", "cycle". */
  readonly id: string;
  readonly label: LocalizedText;
  readonly initial: S;
  /** Every status with its labels; the key order is the documentation order. */
  readonly statuses: { readonly [K in S]: StatusMeta };
  /** Every action with its labels; the key order is the order actions are offered in. */
  readonly actions: { readonly [K in A]: ActionMeta };
  readonly transitions: readonly Transition<S, A>[];
}

export type StatusOf<M> = M extends StateMachine<infer S, string> ? S : never;
export type ActionOf<M> = M extends StateMachine<string, infer A> ? A : never;

export type TransitionFailureReason =
  | 'unknown-action'
  | 'not-allowed-in-state'
  | 'role-not-permitted'
  | 'note-required';

export type TransitionResult<S extends string, A extends string> =
  | {
      readonly ok: true;
      readonly from: S;
      readonly to: S;
      readonly action: A;
      readonly transition: Transition<S, A>;
    }
  | {
      readonly ok: false;
      readonly reason: TransitionFailureReason;
      /** What this role may do in the current status instead (may be empty). */
      readonly allowedActions: A[];
    };

/** What the service writes to the item's timeline and the audit log for each transition. */
export interface TransitionRecord<S extends string = string, A extends string = string> {
  readonly machine: string;
  readonly itemId: string;
  readonly action: A;
  readonly from: S;
  readonly to: S;
  readonly actorId: string;
  readonly actorRole: Role;
  /** ISO 8601 timestamp. */
  readonly at: string;
  readonly note: string | null;
  /** Content version created by this transition, when `createsVersion`. */
  readonly version?: number;
}

export interface TransitionInput {
  /** Reason given by the actor; blank (after trimming) counts as missing. */
  readonly note?: string | null;
}

function keysOf<K extends string>(record: { readonly [P in K]: unknown }): K[] {
  return Object.keys(record) as K[];
}

function has(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Declares a machine and checks its consistency once, at module load: transitions name
 * known statuses, actions and roles; no (status, action, role) is ambiguous; terminal
 * statuses have no way out and the others have one; every status is reachable from the
 * initial one. Throws on a malformed definition (a programming error).
 */
export function defineMachine<S extends string, A extends string>(def: {
  readonly id: string;
  readonly label: LocalizedText;
  readonly initial: NoInfer<S>;
  readonly statuses: { readonly [K in S]: StatusMeta };
  readonly actions: { readonly [K in A]: ActionMeta };
  readonly transitions: readonly Transition<NoInfer<S>, NoInfer<A>>[];
}): StateMachine<S, A> {
  const fail = (msg: string): never => {
    throw new Error(`state machine "${def.id}": ${msg}`);
  };
  const statuses = keysOf<S>(def.statuses);
  if (!has(def.statuses, def.initial)) fail(`unknown initial status ${def.initial}`);
  const seen = new Map<string, S>();
  const outgoing = new Map<S, S[]>();
  for (const t of def.transitions) {
    if (!has(def.actions, t.action)) fail(`unknown action ${t.action}`);
    if (!has(def.statuses, t.to)) fail(`unknown target status ${t.to}`);
    if (t.from.length === 0) fail(`transition ${t.action} has no source status`);
    if (t.roles.length === 0) fail(`transition ${t.action} has no role`);
    for (const role of t.roles) {
      if (!(ROLES as readonly string[]).includes(role)) fail(`unknown role ${role}`);
    }
    for (const from of t.from) {
      if (!has(def.statuses, from)) fail(`unknown source status ${from}`);
      outgoing.set(from, [...(outgoing.get(from) ?? []), t.to]);
      for (const role of t.roles) {
        const key = `${from}\u0000${t.action}\u0000${role}`;
        if (seen.has(key)) fail(`ambiguous transition: ${t.action} from ${from} for ${role}`);
        seen.set(key, t.to);
      }
    }
  }
  for (const s of statuses) {
    const meta = def.statuses[s];
    const out = outgoing.get(s) ?? [];
    if (meta.terminal && out.length > 0) fail(`terminal status ${s} has outgoing transitions`);
    if (!meta.terminal && out.length === 0) fail(`status ${s} is a dead end but not marked terminal`);
  }
  const reached = new Set<S>([def.initial]);
  const queue: S[] = [def.initial];
  while (queue.length > 0) {
    const s = queue.shift() as S;
    for (const to of outgoing.get(s) ?? []) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  for (const s of statuses) if (!reached.has(s)) fail(`status ${s} is unreachable`);
  return def;
}

export function isStatus<S extends string>(machine: StateMachine<S, string>, value: unknown): value is S {
  return typeof value === 'string' && has(machine.statuses, value);
}

export function isAction<A extends string>(machine: StateMachine<string, A>, value: unknown): value is A {
  return typeof value === 'string' && has(machine.actions, value);
}

export function isTerminal<S extends string>(machine: StateMachine<S, string>, status: S): boolean {
  return isStatus(machine, status) && machine.statuses[status].terminal === true;
}

/** The transition a role would take with an action from a status, if any. */
export function findTransition<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  status: string,
  action: string,
  role: Role,
): Transition<S, A> | undefined {
  return machine.transitions.find(
    (t) => t.action === action && (t.from as readonly string[]).includes(status) && t.roles.includes(role),
  );
}

/** The transitions a role may take from a status, in the machine's action order. */
export function availableTransitions<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  status: string,
  role: Role,
): Transition<S, A>[] {
  if (!isStatus(machine, status)) return [];
  const order = keysOf<A>(machine.actions);
  return machine.transitions
    .filter((t) => (t.from as readonly string[]).includes(status) && t.roles.includes(role))
    .sort((a, b) => order.indexOf(a.action) - order.indexOf(b.action));
}

/** The actions a role may perform on an item in a status (the buttons to show). */
export function availableActions<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  status: string,
  role: Role,
): A[] {
  return [...new Set(availableTransitions(machine, status, role).map((t) => t.action))];
}

/**
 * The roles that can move an item on from a status — whom the item is waiting for (work
 * queues, "what is asked of me"). Admin, who may do everything officers do, is left out
 * unless `includeAdmin` is set.
 */
export function actorsAt<S extends string>(
  machine: StateMachine<S, string>,
  status: string,
  options: { includeAdmin?: boolean } = {},
): Role[] {
  if (!isStatus(machine, status)) return [];
  const roles = new Set<Role>();
  for (const t of machine.transitions) {
    if ((t.from as readonly string[]).includes(status)) for (const r of t.roles) roles.add(r);
  }
  return ROLES.filter((r) => roles.has(r) && (options.includeAdmin || r !== 'admin'));
}

/**
 * Validates an action by a role on an item in `currentStatus`. Checks, in order: the action
 * exists in this machine; some transition with it leaves the current status; the role may
 * take it; a note is given when the transition requires one. Pure: the caller persists.
 */
export function applyTransition<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  currentStatus: string,
  action: string,
  actorRole: Role,
  input: TransitionInput = {},
): TransitionResult<S, A> {
  const allowedActions = availableActions(machine, currentStatus, actorRole);
  if (!isAction(machine, action)) return { ok: false, reason: 'unknown-action', allowedActions };
  const fromHere = isStatus(machine, currentStatus)
    ? machine.transitions.filter((t) => t.action === action && (t.from as readonly string[]).includes(currentStatus))
    : [];
  if (fromHere.length === 0) return { ok: false, reason: 'not-allowed-in-state', allowedActions };
  const transition = fromHere.find((t) => t.roles.includes(actorRole));
  if (!transition) return { ok: false, reason: 'role-not-permitted', allowedActions };
  if (transition.requiresNote && !(input.note ?? '').trim()) {
    return { ok: false, reason: 'note-required', allowedActions };
  }
  return { ok: true, from: currentStatus as S, to: transition.to, action, transition };
}

/**
 * Replays a history of actions from the initial status (e.g. to validate imported history).
 * Returns the final status, or the index of the first step that is not permitted.
 */
export function replay<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  steps: readonly { action: string; role: Role; note?: string | null }[],
  from: S = machine.initial,
): { ok: true; status: S } | { ok: false; index: number; status: S; reason: TransitionFailureReason } {
  let status = from;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const r = applyTransition(machine, status, step.action, step.role, { note: step.note });
    if (!r.ok) return { ok: false, index: i, status, reason: r.reason };
    status = r.to;
  }
  return { ok: true, status };
}

export interface MachineDescription<S extends string = string, A extends string = string> {
  id: string;
  label: LocalizedText;
  initial: S;
  statuses: {
    code: S;
    label: LocalizedText;
    description?: LocalizedText;
    terminal: boolean;
    outcome?: 'positive' | 'negative';
    /** Roles the item waits for in this status (admin omitted). */
    waitingFor: Role[];
  }[];
  actions: {
    code: A;
    label: LocalizedText;
    description?: LocalizedText;
    transitions: {
      from: S[];
      to: S;
      roles: Role[];
      requiresNote: boolean;
      createsVersion: boolean;
      description?: LocalizedText;
    }[];
  }[];
}

/** A documentation-friendly, JSON-serialisable view of a machine (OpenAPI, help pages). */
export function describeMachine<S extends string, A extends string>(
  machine: StateMachine<S, A>,
): MachineDescription<S, A> {
  return {
    id: machine.id,
    label: machine.label,
    initial: machine.initial,
    statuses: keysOf<S>(machine.statuses).map((code) => {
      const meta = machine.statuses[code];
      return {
        code,
        label: meta.label,
        ...(meta.description ? { description: meta.description } : {}),
        terminal: meta.terminal === true,
        ...(meta.outcome ? { outcome: meta.outcome } : {}),
        waitingFor: actorsAt(machine, code),
      };
    }),
    actions: keysOf<A>(machine.actions).map((code) => {
      const meta = machine.actions[code];
      return {
        code,
        label: meta.label,
        ...(meta.description ? { description: meta.description } : {}),
        transitions: machine.transitions
          .filter((t) => t.action === code)
          .map((t) => ({
            from: [...t.from],
            to: t.to,
            roles: [...t.roles],
            requiresNote: t.requiresNote === true,
            createsVersion: t.createsVersion === true,
            ...(t.description ? { description: t.description } : {}),
          })),
      };
    }),
  };
}

/**
 * The machine as Markdown, for an OpenAPI `description`: statuses, then one line per
 * transition "action: from → to (roles) [reason required]".
 */
export function machineToMarkdown(machine: StateMachine<string, string>, lang: Lang = 'vi'): string {
  const d = describeMachine(machine);
  const statusLabel = (code: string) => machine.statuses[code]?.label[lang] ?? code;
  const noteText = lang === 'vi' ? 'bắt buộc ghi lý do' : 'reason required';
  const lines: string[] = [`**${d.label[lang]}** (\`${d.id}\`)`, ''];
  lines.push(lang === 'vi' ? 'Trạng thái:' : 'Statuses:');
  for (const s of d.statuses) {
    const desc = s.description ? ` — ${s.description[lang]}` : '';
    lines.push(`- \`${s.code}\` ${s.label[lang]}${desc}`);
  }
  lines.push('', lang === 'vi' ? 'Thao tác:' : 'Actions:');
  for (const a of d.actions) {
    for (const t of a.transitions) {
      const from = t.from.map((f) => `\`${f}\``).join(', ');
      const extra = t.requiresNote ? ` — ${noteText}` : '';
      lines.push(
        `- \`${a.code}\` ${a.label[lang]}: ${from} → \`${t.to}\` ${statusLabel(t.to)} (${t.roles.join(', ')})${extra}`,
      );
    }
  }
  return lines.join('\n');
}
