import { describe, expect, it } from 'vitest';
import { INSPECTION_CHECKLISTS, checklistChoices, checklistForPlan, inspectionChecklistByCode, inspectionChecklistFor, parseInspectionChecklist } from './checklist';
import { closedProblem, isOpen, planProblems, recordProblems, resultCounts, type ItemRecord } from './inspection';

const checklist = inspectionChecklistFor('2026-03-01');
const allPass: ItemRecord[] = checklist.items.map((i) => ({ code: i.code, result: 'pass' }));
const ctx = { checklist, today: '2026-03-10', issuedOn: '2025-09-01' };

describe('inspection checklists', () => {
  it('ships one checklist per rule version with the ten items', () => {
    expect(INSPECTION_CHECKLISTS.map((c) => c.code)).toEqual(['1048-2019', '148-2023', '1489-2025']);
    for (const c of INSPECTION_CHECKLISTS) {
      expect(c.items.map((i) => i.code)).toEqual([
        'raw-materials', 'local-labour', 'production-scale', 'revenue', 'environment', 'market', 'traceability', 'trademark', 'label', 'packaging',
      ]);
    }
    expect(inspectionChecklistByCode('1489-2025')?.items.find((i) => i.code === 'traceability')?.label.vi).toBe('Truy xuất nguồn gốc (mã QR)');
    expect(inspectionChecklistByCode('1048-2019')?.items.find((i) => i.code === 'local-labour')?.label.vi).toBe('Lao động địa phương');
    expect(inspectionChecklistByCode('nope')).toBeNull();
  });

  it('picks the version in force on the inspection day', () => {
    expect(inspectionChecklistFor('2018-01-01').code).toBe('1048-2019');
    expect(inspectionChecklistFor('2023-02-23').code).toBe('1048-2019');
    expect(inspectionChecklistFor('2023-02-24').code).toBe('148-2023');
    expect(inspectionChecklistFor('2025-06-30').code).toBe('148-2023');
    expect(inspectionChecklistFor('2025-07-01').code).toBe('1489-2025');
  });

  it('refuses a checklist with a repeated item code', () => {
    const bad = { ...INSPECTION_CHECKLISTS[0], items: [INSPECTION_CHECKLISTS[0].items[0], INSPECTION_CHECKLISTS[0].items[0]] };
    expect(() => parseInspectionChecklist(bad)).toThrow();
  });
});

describe('recording an inspection', () => {
  it('accepts a complete compliant record', () => {
    expect(recordProblems({ inspectedOn: '2026-03-05', results: allPass, outcome: 'compliant' }, ctx)).toEqual([]);
  });

  it('needs every item once and knows no other', () => {
    const results: ItemRecord[] = [...allPass.slice(1), { code: 'colour', result: 'pass' }, { code: 'market', result: 'pass' }];
    const problems = recordProblems({ inspectedOn: '2026-03-05', results, outcome: 'compliant' }, ctx);
    expect(problems).toEqual([
      { path: 'results.9.code', code: 'errors.inspection.unknownItem', params: { code: 'colour' } },
      { path: 'results.10.code', code: 'errors.duplicate' },
      { path: 'results', code: 'errors.inspection.missingItems', params: { codes: 'raw-materials', itemsVi: 'Nguyên liệu', itemsEn: 'Raw materials' } },
    ]);
  });

  it('a failed item needs a note, and "compliant" no failed item', () => {
    const results = allPass.map((r) => (r.code === 'label' ? { ...r, result: 'fail' as const } : r));
    const problems = recordProblems({ inspectedOn: '2026-03-05', results, outcome: 'compliant' }, ctx);
    expect(problems.map((p) => p.path)).toEqual(['results.8.note', 'outcome']);
    expect(problems[1].params).toEqual({ count: 1 });
  });

  it('"to fix" needs findings and a date after the inspection', () => {
    const results = allPass.map((r) => (r.code === 'label' ? { ...r, result: 'fail' as const, note: 'Thiếu hạn sử dụng' } : r));
    expect(recordProblems({ inspectedOn: '2026-03-05', results, outcome: 'fix_by' }, ctx).map((p) => p.path)).toEqual(['findings', 'fixBy']);
    expect(recordProblems({ inspectedOn: '2026-03-05', results, outcome: 'fix_by', findings: 'Nhãn thiếu', fixBy: '2026-03-05' }, ctx)).toEqual([
      { path: 'fixBy', code: 'errors.inspection.fixByAfterInspection', params: { date: '2026-03-05' } },
    ]);
    expect(recordProblems({ inspectedOn: '2026-03-05', results, outcome: 'fix_by', findings: 'Nhãn thiếu', fixBy: '2026-04-05' }, ctx)).toEqual([]);
  });

  it('a fix-by date belongs to "to fix" only; "revoke" needs findings', () => {
    expect(recordProblems({ inspectedOn: '2026-03-05', results: allPass, outcome: 'revoke', fixBy: '2026-04-01' }, ctx).map((p) => p.code)).toEqual([
      'errors.inspection.findingsRequired', 'errors.inspection.fixByOnlyToFix',
    ]);
    expect(recordProblems({ inspectedOn: '2026-03-05', results: allPass, outcome: 'revoke', findings: 'Ngừng sản xuất' }, ctx)).toEqual([]);
  });

  it('the inspection day lies between the certificate and today', () => {
    expect(recordProblems({ inspectedOn: '2026-03-11', results: allPass, outcome: 'compliant' }, ctx)).toEqual([{ path: 'inspectedOn', code: 'errors.inspection.inFuture' }]);
    expect(recordProblems({ inspectedOn: '2025-08-31', results: allPass, outcome: 'compliant' }, ctx)).toEqual([
      { path: 'inspectedOn', code: 'errors.inspection.beforeIssue', params: { date: '2025-09-01' } },
    ]);
    expect(planProblems('2025-08-31', '2025-09-01')).toHaveLength(1);
    expect(planProblems('2025-09-01', '2025-09-01')).toEqual([]);
  });

  it('planned → recorded, and a recorded inspection is final', () => {
    expect(isOpen('planned')).toBe(true);
    expect(isOpen('recorded')).toBe(false);
  });

  it('counts results', () => {
    expect(resultCounts([{ code: 'a', result: 'pass' }, { code: 'b', result: 'fail' }, { code: 'c', result: 'na' }, { code: 'd', result: 'pass' }])).toEqual({ pass: 2, fail: 1, na: 1 });
  });
});

describe('editing a planned inspection', () => {
  it('offers the checklist in force on the planned day and the one the certificate was issued under', () => {
    expect(checklistChoices('2026-03-01', '2024-05-10').map((c) => c.code)).toEqual(['1489-2025', '148-2023']);
    expect(checklistChoices('2026-03-01', '2025-09-01').map((c) => c.code)).toEqual(['1489-2025']);
  });

  it('keeps the chosen checklist while it is still a choice, and refuses any other', () => {
    expect(checklistForPlan('2026-03-01', '2024-05-10', '148-2023')).toEqual({ code: '148-2023' });
    expect(checklistForPlan('2026-03-01', '2024-05-10', '1489-2025', '148-2023')).toEqual({ code: '148-2023' });
    // a plan moved before 1 July 2025 takes the checklist of its new day
    expect(checklistForPlan('2025-06-01', '2025-06-01', '1489-2025')).toEqual({ code: '148-2023' });
    expect(checklistForPlan('2026-03-01', '2025-09-01', '1489-2025', '1048-2019')).toEqual({
      problem: { path: 'checklistCode', code: 'errors.inspection.checklistNotAllowed', params: { code: '1048-2019', allowed: '1489-2025' } },
    });
  });

  it('only a planned inspection changes; the conflict names the final state', () => {
    expect(isOpen('cancelled')).toBe(false);
    expect(closedProblem('recorded')).toBe('errors.inspection.alreadyRecorded');
    expect(closedProblem('cancelled')).toBe('errors.inspection.alreadyCancelled');
  });
});
