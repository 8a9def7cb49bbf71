import { describe, expect, it } from 'vitest';
import { canSeeCycleItem, cycleItemScope, type Actor } from '../policy';
import type { Role } from '../users/roles';
import { defaultCalendar } from './cycle';
import {
  cycleSettingsOf,
  dueDateFor,
  filingLateness,
  isDue,
  machineOf,
  notificationTargets,
  queueStatuses,
  waitingParty,
  waitsFor,
} from './workflow';

const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  id: 'u',
  role,
  unitStructure: 'current',
  unitCode: role === 'commune' ? '06778' : role === 'province' ? '22' : 'VN',
  provinceCode: ['admin', 'central'].includes(role) ? null : '22',
  districtCode: null,
  entityId: role === 'producer' ? 'e1' : null,
  ...over,
});

const item = { unitStructure: 'current' as const, unitCode: '06778', provinceCode: '22', districtCode: null, entityId: 'e1' };

describe('who sees cycle items', () => {
  it('officers their unit, producers their entity, council and trade nothing', () => {
    expect(canSeeCycleItem(actor('commune'), item)).toBe(true);
    expect(canSeeCycleItem(actor('commune', { unitCode: '06781' }), item)).toBe(false);
    expect(canSeeCycleItem(actor('province'), item)).toBe(true);
    expect(canSeeCycleItem(actor('province', { provinceCode: '51' }), item)).toBe(false);
    expect(canSeeCycleItem(actor('producer'), item)).toBe(true);
    expect(canSeeCycleItem(actor('producer', { entityId: 'e2' }), item)).toBe(false);
    expect(canSeeCycleItem(actor('producer'), { ...item, entityId: null })).toBe(false);
    expect(canSeeCycleItem(actor('central'), item)).toBe(true);
    expect(canSeeCycleItem(actor('admin'), item)).toBe(true);
    expect(cycleItemScope(actor('trade'))).toEqual({ kind: 'none' });
    expect(cycleItemScope(actor('council'))).toEqual({ kind: 'none' });
    // a legacy district officer sees the district's history only
    expect(canSeeCycleItem(actor('district', { unitStructure: 'legacy', districtCode: '195' }), item)).toBe(false);
    expect(canSeeCycleItem(actor('district', { unitStructure: 'legacy', districtCode: '195' }), { ...item, unitStructure: 'legacy', districtCode: '195' })).toBe(true);
  });
});

describe('whose turn it is', () => {
  const idea = machineOf('idea', 'current');

  it('a submitted idea waits for the commune, a forwarded one for the province', () => {
    expect(waitsFor(idea, { status: 'submitted', filedByRole: 'producer' }, 'commune')).toBe(true);
    expect(waitsFor(idea, { status: 'submitted', filedByRole: 'producer' }, 'province')).toBe(false);
    expect(waitsFor(idea, { status: 'forwarded', filedByRole: 'producer' }, 'province')).toBe(true);
    expect(waitsFor(idea, { status: 'forwarded', filedByRole: 'producer' }, 'producer')).toBe(false); // withdrawing does not count
    expect(waitingParty(idea, { status: 'forwarded', filedByRole: 'producer' })).toEqual({ kind: 'officers', roles: ['province'] });
  });

  it('a draft or returned item waits for whoever filed it', () => {
    expect(waitsFor(idea, { status: 'returned', filedByRole: 'producer' }, 'producer')).toBe(true);
    expect(waitsFor(idea, { status: 'returned', filedByRole: 'producer' }, 'commune')).toBe(false);
    expect(waitsFor(idea, { status: 'returned', filedByRole: 'commune' }, 'commune')).toBe(true);
    expect(waitsFor(idea, { status: 'returned', filedByRole: 'commune' }, 'producer')).toBe(false);
    expect(waitsFor(idea, { status: 'draft', filedByRole: 'producer' }, 'commune')).toBe(false);
    expect(waitingParty(idea, { status: 'returned', filedByRole: 'producer' })).toEqual({ kind: 'filer', roles: ['producer'] });
    expect(waitingParty(idea, { status: 'accepted', filedByRole: 'producer' })).toEqual({ kind: 'none', roles: [] });
  });

  it('lists the queue statuses of each role', () => {
    expect(queueStatuses(idea, 'commune')).toEqual({ always: ['submitted', 'received'], ifFiledByOfficer: ['draft', 'returned'], ifFiledByProducer: [] });
    expect(queueStatuses(idea, 'province').always).toEqual(['forwarded']);
    expect(queueStatuses(idea, 'producer')).toEqual({ always: [], ifFiledByOfficer: [], ifFiledByProducer: ['draft', 'returned'] });
    expect(queueStatuses(machineOf('dossier', 'current'), 'province').always).toEqual(['forwarded', 'complete', 'in-round']);
    expect(queueStatuses(machineOf('idea', 'legacy'), 'district').always).toEqual(['submitted', 'received', 'forwarded']);
  });
});

describe('deadlines', () => {
  const calendar = defaultCalendar(2026);

  it('a draft is due by the step’s filing deadline, then each side has its response days', () => {
    const base = { procedure: 'current' as const, filedByRole: 'producer', since: '2026-03-10', calendar };
    expect(dueDateFor({ ...base, kind: 'idea', status: 'draft' })).toBe('2026-03-31');
    expect(dueDateFor({ ...base, kind: 'business-plan', status: 'draft' })).toBe('2026-04-30');
    expect(dueDateFor({ ...base, kind: 'dossier', status: 'draft' })).toBe('2026-07-31');
    expect(dueDateFor({ ...base, kind: 'idea', status: 'submitted' })).toBe('2026-03-17');
    expect(dueDateFor({ ...base, kind: 'idea', status: 'forwarded' })).toBe('2026-03-25');
    expect(dueDateFor({ ...base, kind: 'idea', status: 'returned' })).toBe('2026-03-24');
    expect(dueDateFor({ ...base, kind: 'idea', status: 'accepted' })).toBeNull();
    expect(dueDateFor({ ...base, kind: 'dossier', status: 'complete' })).toBeNull();
    const settings = cycleSettingsOf({ responseDays: { commune: 3 } });
    expect(dueDateFor({ ...base, kind: 'dossier', status: 'pre-assessed', settings })).toBe('2026-03-13');
  });

  it('overdue once the due day has passed', () => {
    expect(isDue('2026-03-17', '2026-03-17')).toEqual({ overdue: false, daysLeft: 0 });
    expect(isDue('2026-03-17', '2026-03-19')).toEqual({ overdue: true, daysLeft: -2 });
    expect(isDue(null, '2026-03-19')).toEqual({ overdue: false, daysLeft: null });
  });

  it('late filings are accepted and marked, unless the province refuses them for the step', () => {
    expect(filingLateness('idea', '2026-03-31', calendar)).toEqual({ late: false, refused: false, deadline: '2026-03-31' });
    expect(filingLateness('idea', '2026-04-01', calendar)).toMatchObject({ late: true, refused: false });
    const strict = cycleSettingsOf({ refuseLateSteps: ['idea-registration'] });
    expect(filingLateness('idea', '2026-04-01', calendar, strict)).toMatchObject({ late: true, refused: true });
    expect(filingLateness('business-plan', '2026-04-01', calendar, strict)).toMatchObject({ late: false, refused: false });
  });
});

describe('notifications', () => {
  const idea = machineOf('idea', 'current');
  it('tell the producer and the officers who act next', () => {
    expect(notificationTargets(idea, { status: 'submitted', filedByRole: 'producer', from: 'draft' }, 'producer')).toEqual({ producers: true, officerRoles: ['commune'] });
    expect(notificationTargets(idea, { status: 'forwarded', filedByRole: 'producer', from: 'submitted' }, 'commune')).toEqual({ producers: true, officerRoles: ['province'] });
    // the appraiser's decision also reaches the commune that forwarded the idea
    expect(notificationTargets(idea, { status: 'accepted', filedByRole: 'producer', from: 'forwarded' }, 'province')).toEqual({ producers: true, officerRoles: ['commune'] });
    // returned to an officer who filed it on the producer's behalf
    expect(notificationTargets(idea, { status: 'returned', filedByRole: 'commune', from: 'forwarded' }, 'province').officerRoles).toEqual(['commune']);
  });
});
