import { describe, expect, it } from 'vitest';
import {
  CYCLE_ITEM_KINDS,
  CYCLE_STEP_CODES,
  calendarProblems,
  calendarWindowState,
  cycleMachine,
  cycleStep,
  cycleSteps,
  daysUntil,
  defaultCalendar,
  isOverdue,
  newCycle,
  stepOfItem,
  stepProgress,
} from './cycle';
import { isIsoDate } from '../dates';
import { itMatchesTable } from './machine-matrix.test-helper';
import { applyTransition } from './state-machine';

describe('cycleSteps', () => {
  it('lists the six steps in order with codes', () => {
    expect(cycleSteps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(cycleSteps.map((s) => s.code)).toEqual([...CYCLE_STEP_CODES]);
  });

  it('documents each step in Vietnamese and English: who acts, what is handed in, outcome, timing', () => {
    for (const s of cycleSteps) {
      for (const text of [s.name, s.description, s.actors, s.handedIn, s.outcome, s.timing]) {
        expect(text.vi.length).toBeGreaterThan(3);
        expect(text.en.length).toBeGreaterThan(3);
      }
      expect(s.actorRoles.length).toBeGreaterThan(0);
    }
    expect(cycleStep(1).timing.vi).toContain('tháng 2');
    expect(cycleStep('idea-registration').focusMonth).toBe(3);
    expect(cycleStep(3).focusMonth).toBe(4);
    expect(cycleStep('business-plan').handedIn.vi).toContain('Kế hoạch');
    expect(cycleStep(6).description.vi).toContain('3 sao');
    expect(cycleStep(6).actorRoles).toContain('trade');
    expect(() => cycleStep(7 as never)).toThrow(RangeError);
  });
});

describe('defaultCalendar', () => {
  it('follows the usual months of the slides', () => {
    const c = defaultCalendar(2025);
    expect(c.map((e) => [e.step, e.code, e.opensOn, e.deadline])).toEqual([
      [1, 'communication', '2025-02-01', '2025-02-28'],
      [2, 'idea-registration', '2025-03-01', '2025-03-31'],
      [3, 'business-plan', '2025-04-01', '2025-04-30'],
      [4, 'implementation', '2025-05-01', '2025-12-31'],
      [5, 'evaluation', '2025-06-01', '2025-07-31'],
      [6, 'trade-promotion', '2025-01-01', '2025-12-31'],
    ]);
    expect(c[0].name).toEqual(cycleSteps[0].name);
  });

  it('knows leap years', () => {
    expect(defaultCalendar(2024)[0].deadline).toBe('2024-02-29');
    expect(defaultCalendar(2100)[0].deadline).toBe('2100-02-28');
    expect(defaultCalendar(2000 + 28)[0].deadline).toBe('2028-02-29');
  });

  it('gives valid windows every year and passes its own checks', () => {
    for (let y = 2013; y <= 2040; y++) {
      const c = defaultCalendar(y);
      for (const e of c) {
        expect(isIsoDate(e.opensOn) && isIsoDate(e.deadline)).toBe(true);
        expect(e.opensOn <= e.deadline).toBe(true);
        expect(e.opensOn.startsWith(String(y))).toBe(true);
      }
      expect(calendarProblems(c)).toEqual([]);
    }
  });

  it('refuses impossible years', () => {
    expect(() => defaultCalendar(2012)).toThrow(RangeError);
    expect(() => defaultCalendar(2101)).toThrow(RangeError);
    expect(() => defaultCalendar(2025.5)).toThrow(RangeError);
    expect(() => defaultCalendar(Number.NaN)).toThrow(RangeError);
  });
});

describe('isOverdue and daysUntil', () => {
  it('the deadline day itself is not overdue, the next day is', () => {
    expect(isOverdue('2025-03-31', '2025-03-30')).toBe(false);
    expect(isOverdue('2025-03-31', '2025-03-31')).toBe(false);
    expect(isOverdue('2025-03-31', '2025-04-01')).toBe(true);
    expect(isOverdue('2024-12-31', '2025-01-01')).toBe(true);
  });

  it('reads Dates as days in Vietnam', () => {
    // 23:59:59 on 31 March in Hà Nội
    expect(isOverdue('2025-03-31', new Date('2025-03-31T16:59:59Z'))).toBe(false);
    // 00:00 on 1 April in Hà Nội, still 31 March in UTC
    expect(isOverdue('2025-03-31', new Date('2025-03-31T17:00:00Z'))).toBe(true);
    expect(isOverdue(new Date('2025-03-31T10:00:00+07:00'), '2025-03-31')).toBe(false);
    expect(isOverdue('2025-03-31', '2025-04-01T00:30:00+07:00')).toBe(true);
  });

  it('no deadline is never overdue; a malformed date is an error', () => {
    expect(isOverdue(null, '2030-01-01')).toBe(false);
    expect(isOverdue(undefined, '2030-01-01')).toBe(false);
    expect(() => isOverdue('31/03/2025', '2025-04-01')).toThrow(RangeError);
    expect(() => isOverdue('2025-02-29', '2025-04-01')).toThrow(RangeError);
  });

  it('counts days left, negative once overdue', () => {
    expect(daysUntil('2025-03-31', '2025-03-31')).toBe(0);
    expect(daysUntil('2025-03-31', '2025-03-01')).toBe(30);
    expect(daysUntil('2025-03-31', '2025-04-02')).toBe(-2);
    expect(daysUntil('2024-03-01', '2024-02-28')).toBe(2);
  });
});

describe('calendarWindowState', () => {
  const idea = defaultCalendar(2026)[1];
  it('upcoming, open (both ends inclusive), past', () => {
    expect(calendarWindowState(idea, '2026-02-28')).toBe('upcoming');
    expect(calendarWindowState(idea, '2026-03-01')).toBe('open');
    expect(calendarWindowState(idea, '2026-03-31')).toBe('open');
    expect(calendarWindowState(idea, '2026-04-01')).toBe('past');
  });
});

describe('calendarProblems', () => {
  it('finds missing, duplicate, inverted and invalid entries', () => {
    const c = defaultCalendar(2025).map((e) => ({ step: e.step, opensOn: e.opensOn, deadline: e.deadline }));
    expect(calendarProblems(c.slice(1))).toEqual(['step 1: missing']);
    expect(calendarProblems([...c, c[0]])).toEqual(['step 1: duplicate']);
    expect(calendarProblems([{ ...c[0], deadline: '2025-01-31' }, ...c.slice(1)])).toEqual(['step 1: deadline before opening']);
    expect(calendarProblems([{ ...c[0], deadline: '2025-02-30' }, ...c.slice(1)])).toEqual(['step 1: invalid date']);
  });
});

describe('provincial cycle', () => {
  itMatchesTable(cycleMachine, {
    planning: { open: [{ to: 'open', roles: ['province', 'admin'] }] },
    open: { close: [{ to: 'closed', roles: ['province', 'admin'] }] },
    closed: { reopen: [{ to: 'open', roles: ['province', 'admin'], note: true }] },
  });

  it('a new cycle starts in planning with the default calendar', () => {
    const c = newCycle('22', 2026);
    expect(c).toEqual({ provinceCode: '22', year: 2026, status: 'planning', calendar: defaultCalendar(2026) });
  });

  it('reopening needs a reason; the central office does not run provincial cycles', () => {
    expect(applyTransition(cycleMachine, 'closed', 'reopen', 'province')).toMatchObject({ reason: 'note-required' });
    expect(applyTransition(cycleMachine, 'planning', 'open', 'central')).toMatchObject({ reason: 'role-not-permitted' });
    expect(applyTransition(cycleMachine, 'planning', 'close', 'province')).toMatchObject({ reason: 'not-allowed-in-state' });
  });
});

describe('stepOfItem and stepProgress', () => {
  it('maps each kind of item to its step', () => {
    expect(Object.fromEntries(CYCLE_ITEM_KINDS.map((k) => [k, stepOfItem(k)]))).toEqual({
      communication: 1,
      training: 1,
      idea: 2,
      'business-plan': 3,
      implementation: 4,
      dossier: 5,
      certificate: 6,
      'trade-promotion': 6,
    });
    expect(stepOfItem('idea', 'accepted')).toBe(2);
    expect(() => stepOfItem('round' as never)).toThrow(RangeError);
  });

  it('marks finished and failed items for the six-step indicator', () => {
    expect(stepProgress('idea', 'draft')).toEqual({ step: 2, status: 'process' });
    expect(stepProgress('idea', 'returned')).toEqual({ step: 2, status: 'process' });
    expect(stepProgress('idea', 'accepted')).toEqual({ step: 2, status: 'finish' });
    expect(stepProgress('idea', 'rejected')).toEqual({ step: 2, status: 'error' });
    expect(stepProgress('business-plan', 'under-appraisal')).toEqual({ step: 3, status: 'process' });
    expect(stepProgress('business-plan', 'accepted')).toEqual({ step: 3, status: 'finish' });
    expect(stepProgress('business-plan', 'withdrawn')).toEqual({ step: 3, status: 'error' });
    expect(stepProgress('dossier', 'complete')).toEqual({ step: 5, status: 'process' });
    expect(stepProgress('dossier', 'evaluated')).toEqual({ step: 5, status: 'finish' });
    expect(stepProgress('dossier', 'rejected')).toEqual({ step: 5, status: 'error' });
    expect(stepProgress('implementation', 'anything')).toEqual({ step: 4, status: 'process' });
    expect(stepProgress('certificate', 'valid')).toEqual({ step: 6, status: 'process' });
  });
});
