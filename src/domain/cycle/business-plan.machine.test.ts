import { describe, expect, it } from 'vitest';
import type { Role } from '../users/roles';
import {
  BUSINESS_PLAN_ACTIONS,
  BUSINESS_PLAN_STATUSES,
  businessPlanMachine,
  businessPlanMachineFor,
  legacyBusinessPlanMachine,
} from './business-plan.machine';
import { itMatchesTable, type ExpectedTable } from './machine-matrix.test-helper';
import { applyTransition, type TransitionRecord } from './state-machine';

function planTable(r: { filer: Role[]; commune: Role[]; appraiser: Role[] }): ExpectedTable {
  const withdraw = [{ to: 'withdrawn', roles: ['producer', 'admin'] as Role[] }];
  const appraisal = {
    accept: [{ to: 'accepted', roles: r.appraiser }],
    return: [{ to: 'returned', roles: r.appraiser, note: true }],
    reject: [{ to: 'rejected', roles: r.appraiser, note: true }],
    withdraw,
  };
  return {
    draft: { submit: [{ to: 'submitted', roles: r.filer }], withdraw },
    submitted: {
      forward: [{ to: 'forwarded', roles: r.commune }],
      return: [{ to: 'returned', roles: r.commune, note: true }],
      withdraw,
    },
    forwarded: { 'start-appraisal': [{ to: 'under-appraisal', roles: r.appraiser }], ...appraisal },
    'under-appraisal': appraisal,
    returned: { resubmit: [{ to: 'submitted', roles: r.filer }], withdraw },
  };
}

describe('business plan machine (two-level procedure)', () => {
  it('has the documented status and action codes', () => {
    expect(Object.keys(businessPlanMachine.statuses)).toEqual([...BUSINESS_PLAN_STATUSES]);
    expect(Object.keys(businessPlanMachine.actions)).toEqual([...BUSINESS_PLAN_ACTIONS]);
    expect(businessPlanMachine.id).toBe('business-plan');
  });

  itMatchesTable(
    businessPlanMachine,
    planTable({
      filer: ['producer', 'commune', 'admin'],
      commune: ['commune', 'admin'],
      appraiser: ['province', 'admin'],
    }),
  );

  it('keeps every filed version: returned twice, accepted at version 3', () => {
    // what a service does: apply, and number a new version whenever the transition says so
    const steps: { action: string; role: Role; note?: string }[] = [
      { action: 'submit', role: 'producer' },
      { action: 'forward', role: 'commune' },
      { action: 'start-appraisal', role: 'province' },
      { action: 'return', role: 'province', note: 'Bổ sung kế hoạch tài chính' },
      { action: 'resubmit', role: 'producer' },
      { action: 'return', role: 'commune', note: 'Thiếu trang 3' },
      { action: 'resubmit', role: 'commune' },
      { action: 'forward', role: 'commune' },
      { action: 'accept', role: 'province' },
    ];
    let status: string = businessPlanMachine.initial;
    let version = 0;
    const timeline: TransitionRecord[] = [];
    for (const [i, s] of steps.entries()) {
      const r = applyTransition(businessPlanMachine, status, s.action, s.role, { note: s.note });
      expect(r.ok, `step ${i} ${s.action}`).toBe(true);
      if (!r.ok) return;
      if (r.transition.createsVersion) version += 1;
      timeline.push({
        machine: businessPlanMachine.id,
        itemId: 'plan-1',
        action: r.action,
        from: r.from,
        to: r.to,
        actorId: `user-${s.role}`,
        actorRole: s.role,
        at: `2025-04-${String(i + 1).padStart(2, '0')}T08:00:00+07:00`,
        note: s.note ?? null,
        ...(r.transition.createsVersion ? { version } : {}),
      });
      status = r.to;
    }
    expect(status).toBe('accepted');
    expect(version).toBe(3);
    expect(timeline.filter((t) => t.version).map((t) => [t.action, t.version])).toEqual([
      ['submit', 1],
      ['resubmit', 2],
      ['resubmit', 3],
    ]);
    expect(timeline.filter((t) => t.to === 'returned').every((t) => t.note)).toBe(true);
  });

  it('refuses what matters', () => {
    expect(applyTransition(businessPlanMachine, 'under-appraisal', 'return', 'province')).toMatchObject({ reason: 'note-required' });
    expect(applyTransition(businessPlanMachine, 'under-appraisal', 'reject', 'admin', { note: '' })).toMatchObject({
      reason: 'note-required',
    });
    expect(applyTransition(businessPlanMachine, 'submitted', 'accept', 'province')).toMatchObject({ reason: 'not-allowed-in-state' });
    expect(applyTransition(businessPlanMachine, 'forwarded', 'accept', 'commune')).toMatchObject({ reason: 'role-not-permitted' });
    expect(applyTransition(businessPlanMachine, 'returned', 'submit', 'producer')).toMatchObject({ reason: 'not-allowed-in-state' });
    expect(applyTransition(businessPlanMachine, 'accepted', 'resubmit', 'producer')).toMatchObject({ reason: 'not-allowed-in-state' });
    expect(applyTransition(businessPlanMachine, 'draft', 'submit', 'trade')).toMatchObject({ reason: 'role-not-permitted' });
  });
});

describe('business plan machine before 2025-07-01', () => {
  itMatchesTable(
    legacyBusinessPlanMachine,
    planTable({
      filer: ['producer', 'commune', 'district', 'admin'],
      commune: ['commune', 'district', 'admin'],
      appraiser: ['district', 'admin'],
    }),
  );

  it('is chosen by date', () => {
    expect(businessPlanMachineFor('2024-04-10')).toBe(legacyBusinessPlanMachine);
    expect(businessPlanMachineFor('2025-07-01')).toBe(businessPlanMachine);
    expect(legacyBusinessPlanMachine.statuses['under-appraisal'].description?.vi).toContain('huyện');
  });
});
