import { expect, it } from 'vitest';
import { ROLES, type Role } from '../users/roles';
import { applyTransition, type StateMachine } from './state-machine';

/**
 * Test helper: the expected transition table of a machine, written out independently of
 * the machine's own definition — status → action → [{ to, roles, note }].
 */
export type ExpectedTable = Record<string, Record<string, { to: string; roles: readonly Role[]; note?: boolean }[]>>;

/**
 * For every status × role, checks every action of the machine against the table: allowed
 * ones succeed (and, when a note is required, fail without one), the others fail with
 * `role-not-permitted` when another role could do it from that status, or
 * `not-allowed-in-state` otherwise.
 */
export function itMatchesTable(machine: StateMachine<string, string>, table: ExpectedTable): void {
  const statuses = Object.keys(machine.statuses);
  const actions = Object.keys(machine.actions);
  it('the table names only statuses and actions of the machine', () => {
    for (const [status, byAction] of Object.entries(table)) {
      expect(statuses).toContain(status);
      for (const [action, entries] of Object.entries(byAction)) {
        expect(actions).toContain(action);
        for (const e of entries) expect(statuses).toContain(e.to);
      }
    }
  });
  const cases = statuses.flatMap((status) => ROLES.map((role) => [status, role] as const));
  it.each(cases)('%s as %s: every action as expected', (status, role) => {
    for (const action of actions) {
      const entries = table[status]?.[action] ?? [];
      const entry = entries.find((e) => e.roles.includes(role));
      const withNote = applyTransition(machine, status, action, role, { note: 'Lý do: thiếu phiếu kiểm nghiệm' });
      const label = `${machine.id}: ${action} from ${status} by ${role}`;
      if (entry) {
        expect(withNote, label).toMatchObject({ ok: true, from: status, to: entry.to, action });
        const withoutNote = applyTransition(machine, status, action, role);
        if (entry.note) expect(withoutNote, `${label} without note`).toMatchObject({ ok: false, reason: 'note-required' });
        else expect(withoutNote, `${label} without note`).toMatchObject({ ok: true, to: entry.to });
      } else if (entries.length > 0) {
        expect(withNote, label).toMatchObject({ ok: false, reason: 'role-not-permitted' });
      } else {
        expect(withNote, label).toMatchObject({ ok: false, reason: 'not-allowed-in-state' });
      }
    }
  });
}
