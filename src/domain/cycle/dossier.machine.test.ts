import { describe, expect, it } from 'vitest';
import type { Role } from '../users/roles';
import {
  COMMUNE_PRE_ASSESSMENT_CRITERIA,
  DOSSIER_ACTIONS,
  DOSSIER_ENTRY_PATHS,
  DOSSIER_ENTRY_PATH_LABELS,
  DOSSIER_STATUSES,
  dossierMachine,
  dossierMachineFor,
  isDossierEntryPath,
  legacyDossierMachine,
  preAssessmentOutcome,
} from './dossier.machine';
import { itMatchesTable, type ExpectedTable } from './machine-matrix.test-helper';
import { actorsAt, applyTransition, availableActions, replay } from './state-machine';

function dossierTable(r: { checker: Role[]; round: Role[]; forwardFromSubmitted: boolean }): ExpectedTable {
  const filer: Role[] = ['producer', 'commune', 'admin'];
  const commune: Role[] = ['commune', 'admin'];
  const withdraw = [{ to: 'withdrawn', roles: ['producer', 'admin'] as Role[] }];
  const communeReturn = [{ to: 'returned', roles: commune, note: true }];
  const check = {
    return: [{ to: 'returned', roles: r.checker, note: true }],
    reject: [{ to: 'rejected', roles: r.checker, note: true }],
    withdraw,
  };
  return {
    draft: { submit: [{ to: 'submitted', roles: filer }], withdraw },
    submitted: {
      'pre-assess': [{ to: 'pre-assessed', roles: commune }],
      ...(r.forwardFromSubmitted ? { forward: [{ to: 'forwarded', roles: commune }] } : {}),
      return: communeReturn,
      withdraw,
    },
    'pre-assessed': {
      'pre-assess': [{ to: 'pre-assessed', roles: commune }],
      forward: [{ to: 'forwarded', roles: commune }],
      return: communeReturn,
      withdraw,
    },
    forwarded: { 'confirm-complete': [{ to: 'complete', roles: r.checker }], ...check },
    complete: { 'include-in-round': [{ to: 'in-round', roles: r.round }], ...check },
    returned: { resubmit: [{ to: 'submitted', roles: filer }], withdraw },
    'in-round': {
      'remove-from-round': [{ to: 'complete', roles: r.round, note: true }],
      'record-result': [{ to: 'evaluated', roles: r.round }],
    },
  };
}

describe('dossier machine (two-level procedure, Decision 1489/2025)', () => {
  it('has the documented status and action codes', () => {
    expect(Object.keys(dossierMachine.statuses)).toEqual([...DOSSIER_STATUSES]);
    expect(Object.keys(dossierMachine.actions)).toEqual([...DOSSIER_ACTIONS]);
    expect(dossierMachine.id).toBe('dossier');
  });

  itMatchesTable(
    dossierMachine,
    dossierTable({ checker: ['province', 'admin'], round: ['province', 'central', 'admin'], forwardFromSubmitted: false }),
  );

  it('runs the usual path through the commune’s pre-assessment to an evaluation', () => {
    expect(
      replay(dossierMachine, [
        { action: 'submit', role: 'producer' },
        { action: 'pre-assess', role: 'commune' },
        { action: 'forward', role: 'commune' },
        { action: 'confirm-complete', role: 'province' },
        { action: 'include-in-round', role: 'province' },
        { action: 'record-result', role: 'province' },
      ]),
    ).toEqual({ ok: true, status: 'evaluated' });
  });

  it('the commune must pre-assess before proposing', () => {
    expect(applyTransition(dossierMachine, 'submitted', 'forward', 'commune')).toEqual({
      ok: false,
      reason: 'not-allowed-in-state',
      allowedActions: ['pre-assess', 'return'],
    });
  });

  it('an incomplete dossier is returned with a reason and resubmitted through the commune', () => {
    expect(applyTransition(dossierMachine, 'forwarded', 'return', 'province')).toMatchObject({ reason: 'note-required' });
    expect(
      replay(
        dossierMachine,
        [
          { action: 'return', role: 'province', note: 'Thiếu phiếu kết quả kiểm nghiệm' },
          { action: 'resubmit', role: 'producer' },
          { action: 'pre-assess', role: 'commune' },
          { action: 'forward', role: 'commune' },
          { action: 'confirm-complete', role: 'province' },
        ],
        'forwarded',
      ),
    ).toEqual({ ok: true, status: 'complete' });
    const r = applyTransition(dossierMachine, 'returned', 'resubmit', 'producer');
    expect(r.ok && r.transition.createsVersion).toBe(true);
  });

  it('refuses what matters', () => {
    // the producer cannot confirm its own dossier, nor the commune
    expect(applyTransition(dossierMachine, 'forwarded', 'confirm-complete', 'producer')).toMatchObject({ reason: 'role-not-permitted' });
    expect(applyTransition(dossierMachine, 'forwarded', 'confirm-complete', 'commune')).toMatchObject({ reason: 'role-not-permitted' });
    // no round before the completeness check
    expect(applyTransition(dossierMachine, 'forwarded', 'include-in-round', 'province')).toMatchObject({ reason: 'not-allowed-in-state' });
    // no withdrawal once in a round
    expect(applyTransition(dossierMachine, 'in-round', 'withdraw', 'producer')).toMatchObject({ reason: 'not-allowed-in-state' });
    // council members score, they do not move dossiers
    for (const s of DOSSIER_STATUSES) expect(availableActions(dossierMachine, s, 'council')).toEqual([]);
    // removing from a round needs a reason
    expect(applyTransition(dossierMachine, 'in-round', 'remove-from-round', 'central')).toMatchObject({ reason: 'note-required' });
    // the district is gone
    expect(applyTransition(dossierMachine, 'forwarded', 'confirm-complete', 'district')).toMatchObject({ reason: 'role-not-permitted' });
  });

  it('says whom a dossier waits for', () => {
    expect(actorsAt(dossierMachine, 'submitted')).toEqual(['commune', 'producer']);
    expect(actorsAt(dossierMachine, 'forwarded')).toEqual(['province', 'producer']);
    expect(actorsAt(dossierMachine, 'in-round')).toEqual(['central', 'province']);
  });
});

describe('dossier machine before 2025-07-01', () => {
  itMatchesTable(
    legacyDossierMachine,
    dossierTable({
      checker: ['district', 'province', 'admin'],
      round: ['district', 'province', 'central', 'admin'],
      forwardFromSubmitted: true,
    }),
  );

  it('the commune forwards to the district without a pre-assessment', () => {
    expect(applyTransition(legacyDossierMachine, 'submitted', 'forward', 'commune')).toMatchObject({ ok: true, to: 'forwarded' });
    expect(legacyDossierMachine.statuses.forwarded.label.vi).toContain('huyện');
    expect(dossierMachineFor('2025-06-30')).toBe(legacyDossierMachine);
    expect(dossierMachineFor('2025-07-01')).toBe(dossierMachine);
  });
});

describe('entry path', () => {
  it('has two labelled paths', () => {
    expect(DOSSIER_ENTRY_PATHS).toEqual(['cycle', 'existing-product']);
    for (const p of DOSSIER_ENTRY_PATHS) {
      expect(DOSSIER_ENTRY_PATH_LABELS[p].label.vi).toBeTruthy();
      expect(DOSSIER_ENTRY_PATH_LABELS[p].label.en).toBeTruthy();
    }
    expect(isDossierEntryPath('cycle')).toBe(true);
    expect(isDossierEntryPath('direct')).toBe(false);
    expect(isDossierEntryPath(undefined)).toBe(false);
  });
});

describe('commune pre-assessment', () => {
  it('covers the three items 1489/2025 gives the commune', () => {
    expect(COMMUNE_PRE_ASSESSMENT_CRITERIA.map((c) => c.code)).toEqual(['local-origin', 'local-labour', 'idea-origin']);
  });

  it('allows proposing when every item is assessed and local origin is met', () => {
    expect(
      preAssessmentOutcome({ 'local-origin': 'meets', 'local-labour': 'does-not-meet', 'idea-origin': 'not-applicable' }),
    ).toEqual({ complete: true, missing: [], disqualifiedBy: [], mayPropose: true });
  });

  it('blocks a product that uses no local raw material', () => {
    expect(
      preAssessmentOutcome({
        'local-origin': { result: 'does-not-meet' },
        'local-labour': { result: 'meets' },
        'idea-origin': { result: 'meets' },
      }),
    ).toMatchObject({ complete: true, disqualifiedBy: ['local-origin'], mayPropose: false });
  });

  it('reports missing items', () => {
    expect(preAssessmentOutcome({ 'local-origin': 'meets' })).toEqual({
      complete: false,
      missing: ['local-labour', 'idea-origin'],
      disqualifiedBy: [],
      mayPropose: false,
    });
  });
});
