import { describe, expect, it } from 'vitest';
import type { Role } from '../users/roles';
import {
  actorsAt,
  applyTransition,
  availableActions,
  availableTransitions,
  defineMachine,
  describeMachine,
  findTransition,
  isAction,
  isStatus,
  isTerminal,
  machineToMarkdown,
  replay,
  type Transition,
} from './state-machine';

type S = 'draft' | 'sent' | 'done' | 'back';
type A = 'send' | 'approve' | 'return' | 'resend';

const L = (vi: string, en: string) => ({ vi, en });

function toy(transitions?: readonly Transition<S, A>[]) {
  return defineMachine<S, A>({
    id: 'toy',
    label: L('Thử', 'Toy'),
    initial: 'draft',
    statuses: {
      draft: { label: L('Nháp', 'Draft') },
      sent: { label: L('Đã gửi', 'Sent'), description: L('Chờ duyệt', 'Waiting') },
      done: { label: L('Xong', 'Done'), terminal: true, outcome: 'positive' },
      back: { label: L('Trả lại', 'Returned') },
    },
    actions: {
      send: { label: L('Gửi', 'Send') },
      approve: { label: L('Duyệt', 'Approve') },
      return: { label: L('Trả lại', 'Return') },
      resend: { label: L('Gửi lại', 'Resend') },
    },
    transitions: transitions ?? [
      { from: ['draft'], action: 'send', to: 'sent', roles: ['producer', 'commune'], createsVersion: true },
      { from: ['sent'], action: 'approve', to: 'done', roles: ['province', 'admin'] },
      { from: ['sent'], action: 'return', to: 'back', roles: ['province', 'admin'], requiresNote: true },
      { from: ['back'], action: 'resend', to: 'sent', roles: ['producer'], createsVersion: true },
    ],
  });
}

describe('defineMachine', () => {
  it('accepts a consistent machine and returns it unchanged', () => {
    const m = toy();
    expect(m.id).toBe('toy');
    expect(m.initial).toBe('draft');
  });

  it('rejects an ambiguous (status, action, role)', () => {
    expect(() =>
      toy([
        { from: ['draft'], action: 'send', to: 'sent', roles: ['producer'] },
        { from: ['draft', 'sent'], action: 'send', to: 'back', roles: ['producer'] },
        { from: ['sent'], action: 'approve', to: 'done', roles: ['province'] },
        { from: ['back'], action: 'resend', to: 'sent', roles: ['producer'] },
      ]),
    ).toThrow(/ambiguous transition: send from draft for producer/);
  });

  it('rejects a terminal status with a way out', () => {
    expect(() =>
      toy([
        { from: ['draft'], action: 'send', to: 'sent', roles: ['producer'] },
        { from: ['sent'], action: 'approve', to: 'done', roles: ['province'] },
        { from: ['sent'], action: 'return', to: 'back', roles: ['province'] },
        { from: ['back', 'done'], action: 'resend', to: 'sent', roles: ['producer'] },
      ]),
    ).toThrow(/terminal status done/);
  });

  it('rejects a non-terminal dead end', () => {
    expect(() =>
      toy([
        { from: ['draft'], action: 'send', to: 'sent', roles: ['producer'] },
        { from: ['sent'], action: 'approve', to: 'done', roles: ['province'] },
        { from: ['sent'], action: 'return', to: 'back', roles: ['province'] },
      ]),
    ).toThrow(/status back is a dead end/);
  });

  it('rejects an unreachable status', () => {
    expect(() =>
      toy([
        { from: ['draft'], action: 'send', to: 'sent', roles: ['producer'] },
        { from: ['sent'], action: 'approve', to: 'done', roles: ['province'] },
        { from: ['back'], action: 'resend', to: 'sent', roles: ['producer'] },
      ]),
    ).toThrow(/status back is unreachable/);
  });

  it('rejects unknown roles and empty role or source lists', () => {
    const base: Transition<S, A>[] = [
      { from: ['sent'], action: 'approve', to: 'done', roles: ['province'] },
      { from: ['sent'], action: 'return', to: 'back', roles: ['province'] },
      { from: ['back'], action: 'resend', to: 'sent', roles: ['producer'] },
    ];
    expect(() => toy([{ from: ['draft'], action: 'send', to: 'sent', roles: ['mayor' as Role] }, ...base])).toThrow(/unknown role mayor/);
    expect(() => toy([{ from: ['draft'], action: 'send', to: 'sent', roles: [] }, ...base])).toThrow(/has no role/);
    expect(() => toy([{ from: [], action: 'send', to: 'sent', roles: ['producer'] }, ...base])).toThrow(/no source status/);
  });

  it('rejects unknown statuses and actions at run time (e.g. data built dynamically)', () => {
    const bad = [
      { from: ['draft'], action: 'send', to: 'nowhere', roles: ['producer'] },
    ] as unknown as Transition<S, A>[];
    expect(() => toy(bad)).toThrow(/unknown target status nowhere/);
    const badAction = [{ from: ['draft'], action: 'fly', to: 'sent', roles: ['producer'] }] as unknown as Transition<S, A>[];
    expect(() => toy(badAction)).toThrow(/unknown action fly/);
    const badFrom = [{ from: ['limbo'], action: 'send', to: 'sent', roles: ['producer'] }] as unknown as Transition<S, A>[];
    expect(() => toy(badFrom)).toThrow(/unknown source status limbo/);
  });
});

describe('applyTransition', () => {
  const m = toy();

  it('moves an item along a permitted transition', () => {
    const r = applyTransition(m, 'draft', 'send', 'producer');
    expect(r).toMatchObject({ ok: true, from: 'draft', to: 'sent', action: 'send' });
    if (r.ok) expect(r.transition.createsVersion).toBe(true);
  });

  it('reports an unknown action, with what the role may do instead', () => {
    expect(applyTransition(m, 'draft', 'explode', 'producer')).toEqual({
      ok: false,
      reason: 'unknown-action',
      allowedActions: ['send'],
    });
  });

  it('reports an action that does not leave the current status', () => {
    expect(applyTransition(m, 'draft', 'approve', 'province')).toEqual({
      ok: false,
      reason: 'not-allowed-in-state',
      allowedActions: [],
    });
    expect(applyTransition(m, 'done', 'return', 'province')).toMatchObject({ ok: false, reason: 'not-allowed-in-state' });
  });

  it('treats an unknown current status as not allowed', () => {
    expect(applyTransition(m, 'limbo', 'send', 'producer')).toEqual({
      ok: false,
      reason: 'not-allowed-in-state',
      allowedActions: [],
    });
  });

  it('reports a role that may not take the transition', () => {
    expect(applyTransition(m, 'sent', 'approve', 'producer')).toEqual({
      ok: false,
      reason: 'role-not-permitted',
      allowedActions: [],
    });
    expect(applyTransition(m, 'sent', 'approve', 'commune')).toMatchObject({ reason: 'role-not-permitted' });
  });

  it('requires a non-blank note when the transition says so', () => {
    expect(applyTransition(m, 'sent', 'return', 'province')).toEqual({
      ok: false,
      reason: 'note-required',
      allowedActions: ['approve', 'return'],
    });
    expect(applyTransition(m, 'sent', 'return', 'province', { note: '   \n ' })).toMatchObject({ reason: 'note-required' });
    expect(applyTransition(m, 'sent', 'return', 'province', { note: null })).toMatchObject({ reason: 'note-required' });
    expect(applyTransition(m, 'sent', 'return', 'province', { note: 'Thiếu số liệu tài chính' })).toMatchObject({
      ok: true,
      to: 'back',
    });
  });

  it('checks the role before the note', () => {
    expect(applyTransition(m, 'sent', 'return', 'producer')).toMatchObject({ reason: 'role-not-permitted' });
  });
});

describe('queries', () => {
  const m = toy();

  it('availableActions lists the role’s actions in the machine’s action order', () => {
    expect(availableActions(m, 'sent', 'province')).toEqual(['approve', 'return']);
    expect(availableActions(m, 'sent', 'producer')).toEqual([]);
    expect(availableActions(m, 'back', 'producer')).toEqual(['resend']);
    expect(availableActions(m, 'done', 'admin')).toEqual([]);
    expect(availableActions(m, 'limbo', 'admin')).toEqual([]);
  });

  it('availableTransitions gives targets and note requirements for the UI', () => {
    const ts = availableTransitions(m, 'sent', 'admin');
    expect(ts.map((t) => [t.action, t.to, t.requiresNote === true])).toEqual([
      ['approve', 'done', false],
      ['return', 'back', true],
    ]);
  });

  it('findTransition finds the role’s transition', () => {
    expect(findTransition(m, 'back', 'resend', 'producer')?.to).toBe('sent');
    expect(findTransition(m, 'back', 'resend', 'commune')).toBeUndefined();
  });

  it('actorsAt names whom an item waits for (admin only on request)', () => {
    expect(actorsAt(m, 'sent')).toEqual(['province']);
    expect(actorsAt(m, 'sent', { includeAdmin: true })).toEqual(['admin', 'province']);
    expect(actorsAt(m, 'draft')).toEqual(['commune', 'producer']);
    expect(actorsAt(m, 'done')).toEqual([]);
    expect(actorsAt(m, 'limbo')).toEqual([]);
  });

  it('type guards and terminal status', () => {
    expect(isStatus(m, 'sent')).toBe(true);
    expect(isStatus(m, 'toString')).toBe(false);
    expect(isAction(m, 'approve')).toBe(true);
    expect(isAction(m, 'constructor')).toBe(false);
    expect(isTerminal(m, 'done')).toBe(true);
    expect(isTerminal(m, 'sent')).toBe(false);
  });

  it('replay follows a history and stops at the first illegal step', () => {
    expect(
      replay(m, [
        { action: 'send', role: 'producer' },
        { action: 'return', role: 'province', note: 'Bổ sung' },
        { action: 'resend', role: 'producer' },
        { action: 'approve', role: 'province' },
      ]),
    ).toEqual({ ok: true, status: 'done' });
    expect(
      replay(m, [
        { action: 'send', role: 'producer' },
        { action: 'return', role: 'province' },
      ]),
    ).toEqual({ ok: false, index: 1, status: 'sent', reason: 'note-required' });
  });
});

describe('describeMachine', () => {
  const m = toy();

  it('lists statuses and actions with labels, from → to and roles', () => {
    const d = describeMachine(m);
    expect(d.id).toBe('toy');
    expect(d.initial).toBe('draft');
    expect(d.statuses.map((s) => s.code)).toEqual(['draft', 'sent', 'done', 'back']);
    expect(d.statuses[1]).toEqual({
      code: 'sent',
      label: { vi: 'Đã gửi', en: 'Sent' },
      description: { vi: 'Chờ duyệt', en: 'Waiting' },
      terminal: false,
      waitingFor: ['province'],
    });
    expect(d.statuses[2]).toMatchObject({ code: 'done', terminal: true, outcome: 'positive', waitingFor: [] });
    const ret = d.actions.find((a) => a.code === 'return');
    expect(ret).toEqual({
      code: 'return',
      label: { vi: 'Trả lại', en: 'Return' },
      transitions: [{ from: ['sent'], to: 'back', roles: ['province', 'admin'], requiresNote: true, createsVersion: false }],
    });
  });

  it('is JSON-serialisable', () => {
    const d = describeMachine(m);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('renders Markdown in Vietnamese and English', () => {
    const vi = machineToMarkdown(m);
    expect(vi).toContain('**Thử** (`toy`)');
    expect(vi).toContain('- `return` Trả lại: `sent` → `back` Trả lại (province, admin) — bắt buộc ghi lý do');
    const en = machineToMarkdown(m, 'en');
    expect(en).toContain('Statuses:');
    expect(en).toContain('- `approve` Approve: `sent` → `done` Done (province, admin)');
    expect(en).toContain('reason required');
  });
});
