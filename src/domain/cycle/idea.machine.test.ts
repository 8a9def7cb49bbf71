import { describe, expect, it } from 'vitest';
import type { Role } from '../users/roles';
import {
  IDEA_ACTIONS,
  IDEA_STATUSES,
  ideaMachine,
  ideaMachineFor,
  legacyIdeaMachine,
} from './idea.machine';
import { itMatchesTable, type ExpectedTable } from './machine-matrix.test-helper';
import { actorsAt, applyTransition, availableActions, describeMachine, replay } from './state-machine';

function ideaTable(r: { filer: Role[]; commune: Role[]; appraiser: Role[] }): ExpectedTable {
  const owner: Role[] = ['producer', 'admin'];
  const withdraw = [{ to: 'withdrawn', roles: owner }];
  return {
    draft: { submit: [{ to: 'submitted', roles: r.filer }], withdraw },
    submitted: {
      receive: [{ to: 'received', roles: r.commune }],
      forward: [{ to: 'forwarded', roles: r.commune }],
      return: [{ to: 'returned', roles: r.commune, note: true }],
      withdraw,
    },
    received: {
      forward: [{ to: 'forwarded', roles: r.commune }],
      return: [{ to: 'returned', roles: r.commune, note: true }],
      withdraw,
    },
    forwarded: {
      accept: [{ to: 'accepted', roles: r.appraiser }],
      return: [{ to: 'returned', roles: r.appraiser, note: true }],
      reject: [{ to: 'rejected', roles: r.appraiser, note: true }],
      withdraw,
    },
    returned: { resubmit: [{ to: 'submitted', roles: r.filer }], withdraw },
  };
}

describe('idea machine (two-level procedure, from 2025-07-01)', () => {
  it('has the documented status and action codes', () => {
    expect(Object.keys(ideaMachine.statuses)).toEqual([...IDEA_STATUSES]);
    expect(Object.keys(ideaMachine.actions)).toEqual([...IDEA_ACTIONS]);
    expect(ideaMachine.id).toBe('idea');
    expect(ideaMachine.initial).toBe('draft');
  });

  itMatchesTable(
    ideaMachine,
    ideaTable({
      filer: ['producer', 'commune', 'admin'],
      commune: ['commune', 'admin'],
      appraiser: ['province', 'admin'],
    }),
  );

  it('runs the usual path: filed, received, forwarded, selected', () => {
    expect(
      replay(ideaMachine, [
        { action: 'submit', role: 'producer' },
        { action: 'receive', role: 'commune' },
        { action: 'forward', role: 'commune' },
        { action: 'accept', role: 'province' },
      ]),
    ).toEqual({ ok: true, status: 'accepted' });
  });

  it('lets an officer file on the producer’s behalf and forward at once', () => {
    expect(
      replay(ideaMachine, [
        { action: 'submit', role: 'commune' },
        { action: 'forward', role: 'commune' },
        { action: 'reject', role: 'province', note: 'Trùng với sản phẩm đã có trên địa bàn' },
      ]),
    ).toEqual({ ok: true, status: 'rejected' });
  });

  it('returns for revision with a reason, and the revised idea goes back to the commune', () => {
    const returned = applyTransition(ideaMachine, 'forwarded', 'return', 'province', { note: 'Làm rõ nguồn nguyên liệu' });
    expect(returned).toMatchObject({ ok: true, to: 'returned' });
    expect(availableActions(ideaMachine, 'returned', 'producer')).toEqual(['resubmit', 'withdraw']);
    const resubmitted = applyTransition(ideaMachine, 'returned', 'resubmit', 'producer');
    expect(resubmitted).toMatchObject({ ok: true, to: 'submitted' });
    if (resubmitted.ok) expect(resubmitted.transition.createsVersion).toBe(true);
    // and around again: return by the commune, resubmit, forward, accept
    expect(
      replay(
        ideaMachine,
        [
          { action: 'return', role: 'commune', note: 'Thiếu chữ ký' },
          { action: 'resubmit', role: 'producer' },
          { action: 'forward', role: 'commune' },
          { action: 'accept', role: 'province' },
        ],
        'submitted',
      ),
    ).toEqual({ ok: true, status: 'accepted' });
  });

  it('refuses what matters', () => {
    // the commune receives and forwards but does not select
    expect(applyTransition(ideaMachine, 'forwarded', 'accept', 'commune')).toMatchObject({ reason: 'role-not-permitted' });
    // the province cannot skip the commune
    expect(applyTransition(ideaMachine, 'submitted', 'accept', 'province')).toMatchObject({ reason: 'not-allowed-in-state' });
    // a producer cannot select its own idea
    expect(applyTransition(ideaMachine, 'forwarded', 'accept', 'producer')).toMatchObject({
      ok: false,
      reason: 'role-not-permitted',
      allowedActions: ['withdraw'],
    });
    // returns and rejections need a reason
    expect(applyTransition(ideaMachine, 'forwarded', 'reject', 'province')).toMatchObject({ reason: 'note-required' });
    expect(applyTransition(ideaMachine, 'received', 'return', 'commune', { note: ' ' })).toMatchObject({ reason: 'note-required' });
    // no withdrawal after selection
    expect(applyTransition(ideaMachine, 'accepted', 'withdraw', 'producer')).toMatchObject({ reason: 'not-allowed-in-state' });
    // the district is gone under the two-level procedure
    expect(applyTransition(ideaMachine, 'forwarded', 'accept', 'district')).toMatchObject({ reason: 'role-not-permitted' });
    // other roles have nothing to do with ideas
    for (const role of ['central', 'council', 'trade'] as const) {
      for (const status of IDEA_STATUSES) expect(availableActions(ideaMachine, status, role)).toEqual([]);
    }
  });

  it('says whom an idea waits for', () => {
    expect(actorsAt(ideaMachine, 'submitted')).toEqual(['commune', 'producer']);
    expect(actorsAt(ideaMachine, 'forwarded')).toEqual(['province', 'producer']);
    expect(actorsAt(ideaMachine, 'returned')).toEqual(['commune', 'producer']);
  });

  it('labels every status and action in Vietnamese and English', () => {
    const d = describeMachine(ideaMachine);
    for (const s of d.statuses) {
      expect(s.label.vi).not.toBe('');
      expect(s.label.en).not.toBe('');
      expect(s.description?.vi).toBeTruthy();
    }
    for (const a of d.actions) expect(a.label.vi && a.label.en).toBeTruthy();
    expect(d.statuses.find((s) => s.code === 'forwarded')?.label.vi).toContain('tỉnh');
  });
});

describe('idea machine before 2025-07-01 (district appraises)', () => {
  itMatchesTable(
    legacyIdeaMachine,
    ideaTable({
      filer: ['producer', 'commune', 'district', 'admin'],
      commune: ['commune', 'district', 'admin'],
      appraiser: ['district', 'admin'],
    }),
  );

  it('has the same codes, with district labels', () => {
    expect(Object.keys(legacyIdeaMachine.statuses)).toEqual([...IDEA_STATUSES]);
    expect(legacyIdeaMachine.statuses.forwarded.label.vi).toContain('huyện');
    expect(legacyIdeaMachine.id).toBe('idea-legacy');
  });

  it('the province does not select ideas under the old procedure', () => {
    expect(applyTransition(legacyIdeaMachine, 'forwarded', 'accept', 'province')).toMatchObject({ reason: 'role-not-permitted' });
    expect(applyTransition(legacyIdeaMachine, 'forwarded', 'accept', 'district')).toMatchObject({ ok: true, to: 'accepted' });
  });
});

describe('ideaMachineFor', () => {
  it('switches on 2025-07-01', () => {
    expect(ideaMachineFor('2025-06-30')).toBe(legacyIdeaMachine);
    expect(ideaMachineFor('2025-07-01')).toBe(ideaMachine);
    expect(ideaMachineFor('2019-03-15')).toBe(legacyIdeaMachine);
    // a Date is read as its day in Vietnam (UTC+7)
    expect(ideaMachineFor(new Date('2025-06-30T16:59:59Z'))).toBe(legacyIdeaMachine);
    expect(ideaMachineFor(new Date('2025-06-30T17:00:00Z'))).toBe(ideaMachine);
  });
});
