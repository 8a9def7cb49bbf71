import { describe, expect, it } from 'vitest';
import { approvalBlocks, planApproval, type ApprovalCheckInput } from './approval-checks';

const ok: ApprovalCheckInput = { productId: 'p1', recognised: true, dossierStatus: 'complete', preAssessmentRequired: true, preAssessment: { recorded: true, passed: true } };

describe('approvalBlocks', () => {
  it('lets a recognised product with a confirmed dossier and a passed pre-assessment through', () => {
    expect(approvalBlocks(ok)).toEqual([]);
  });
  it('blocks a dossier not confirmed complete', () => {
    expect(approvalBlocks({ ...ok, dossierStatus: 'unchecked' })).toEqual(['dossier-not-confirmed']);
  });
  it('blocks a missing pre-assessment under a two-level procedure, and a failed one', () => {
    expect(approvalBlocks({ ...ok, preAssessment: null })).toEqual(['pre-assessment-missing']);
    expect(approvalBlocks({ ...ok, preAssessment: { recorded: false, passed: false } })).toEqual(['pre-assessment-missing']);
    expect(approvalBlocks({ ...ok, dossierStatus: 'unchecked', preAssessment: { recorded: true, passed: false } })).toEqual(['dossier-not-confirmed', 'pre-assessment-failed']);
  });
  it('asks no pre-assessment when the procedure has none (1048/2019)', () => {
    expect(approvalBlocks({ ...ok, preAssessmentRequired: false, preAssessment: null })).toEqual([]);
  });
  it('never blocks a product the round does not certify', () => {
    expect(approvalBlocks({ ...ok, recognised: false, dossierStatus: 'unchecked', preAssessment: null })).toEqual([]);
  });
});

describe('planApproval', () => {
  const products: ApprovalCheckInput[] = [
    ok,
    { ...ok, productId: 'p2', dossierStatus: 'unchecked' },
    { ...ok, productId: 'p3', preAssessment: null },
    { ...ok, productId: 'p4', recognised: false, dossierStatus: 'unchecked' },
  ];
  it('leaves blocked products undecided when the approver says nothing', () => {
    expect(planApproval(products, { excluded: [], overrides: [] })).toEqual({
      certify: ['p1'],
      excluded: [],
      overridden: [],
      undecided: [
        { productId: 'p2', blocks: ['dossier-not-confirmed'] },
        { productId: 'p3', blocks: ['pre-assessment-missing'] },
      ],
    });
  });
  it('certifies with a reason, excludes the rest; a blank reason is no reason', () => {
    const plan = planApproval(products, { excluded: ['p3'], overrides: [{ productId: 'p2', reason: '  Hồ sơ gốc đã kiểm tra tại xã  ' }, { productId: 'p3', reason: ' ' }] });
    expect(plan).toEqual({
      certify: ['p1', 'p2'],
      excluded: ['p3'],
      overridden: [{ productId: 'p2', reason: 'Hồ sơ gốc đã kiểm tra tại xã', blocks: ['dossier-not-confirmed'] }],
      undecided: [],
    });
  });
  it('an override of an unblocked product changes nothing', () => {
    expect(planApproval([ok], { excluded: ['p1'], overrides: [{ productId: 'p1', reason: 'x' }] })).toEqual({ certify: ['p1'], excluded: [], overridden: [], undecided: [] });
  });
});
