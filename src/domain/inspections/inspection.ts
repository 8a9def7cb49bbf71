import type { FieldProblem } from '../errors';
import type { InspectionChecklist } from './checklist';

/**
 * Post-recognition inspection (hậu kiểm) of an OCOP product: the provincial office plans it,
 * then records what it found — each checklist item passed or failed (with a note), findings,
 * photos — and an outcome: compliant, to fix by a date, or revoke (the certificate is revoked
 * in the same transaction).
 */

/** planned → recorded, or planned → cancelled (with a reason); recorded and cancelled are final. */
export const INSPECTION_STATUSES = ['planned', 'recorded', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_OUTCOMES = ['compliant', 'fix_by', 'revoke'] as const;
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];

export const ITEM_RESULTS = ['pass', 'fail', 'na'] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];

export interface ItemRecord {
  code: string;
  result: ItemResult;
  note?: string | null;
}

export interface RecordInput {
  inspectedOn: string;
  results: readonly ItemRecord[];
  findings?: string | null;
  outcome: InspectionOutcome;
  fixBy?: string | null;
}

export interface RecordContext {
  checklist: InspectionChecklist;
  /** Today in Vietnam: an inspection is recorded on or after the day it took place. */
  today: string;
  /** The certificate's first valid day: an inspection after recognition only. */
  issuedOn: string;
}

/** Only a planned inspection can be recorded, edited, cancelled or have its photos changed; a recorded or cancelled one is final. */
export function isOpen(status: InspectionStatus): boolean {
  return status === 'planned';
}

/** The conflict a change of a final inspection answers (409), by its state. */
export function closedProblem(status: InspectionStatus): 'errors.inspection.alreadyRecorded' | 'errors.inspection.alreadyCancelled' {
  return status === 'cancelled' ? 'errors.inspection.alreadyCancelled' : 'errors.inspection.alreadyRecorded';
}

/** A planned date is on or after the certificate's issue (nothing to inspect before). */
export function planProblems(plannedOn: string, issuedOn: string): FieldProblem[] {
  return plannedOn < issuedOn ? [{ path: 'plannedOn', code: 'errors.inspection.beforeIssue', params: { date: issuedOn } }] : [];
}

/**
 * The problems of a recording, each naming its field: the date (not in the future, not before
 * the certificate), one result per checklist item and no unknown item, a note on each failed
 * item, findings for anything but "compliant", "compliant" only without failed items, and a
 * fix-by date exactly for "fix_by", after the inspection day.
 */
export function recordProblems(input: RecordInput, ctx: RecordContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.inspectedOn > ctx.today) problems.push({ path: 'inspectedOn', code: 'errors.inspection.inFuture' });
  if (input.inspectedOn < ctx.issuedOn) problems.push({ path: 'inspectedOn', code: 'errors.inspection.beforeIssue', params: { date: ctx.issuedOn } });

  const known = new Map(ctx.checklist.items.map((item, i) => [item.code, i]));
  const seen = new Set<string>();
  input.results.forEach((r, i) => {
    if (!known.has(r.code)) problems.push({ path: `results.${i}.code`, code: 'errors.inspection.unknownItem', params: { code: r.code } });
    else if (seen.has(r.code)) problems.push({ path: `results.${i}.code`, code: 'errors.duplicate' });
    seen.add(r.code);
    if (r.result === 'fail' && !r.note?.trim()) problems.push({ path: `results.${i}.note`, code: 'errors.inspection.failNeedsNote' });
  });
  const missing = ctx.checklist.items.filter((item) => !seen.has(item.code));
  if (missing.length > 0) {
    // the message names the items as the form shows them (their labels), not their codes
    problems.push({
      path: 'results', code: 'errors.inspection.missingItems',
      params: { codes: missing.map((m) => m.code).join(', '), itemsVi: missing.map((m) => m.label.vi).join(', '), itemsEn: missing.map((m) => m.label.en).join(', ') },
    });
  }

  const failed = input.results.filter((r) => r.result === 'fail').length;
  if (input.outcome === 'compliant' && failed > 0) problems.push({ path: 'outcome', code: 'errors.inspection.compliantWithFailures', params: { count: failed } });
  if (input.outcome !== 'compliant' && !input.findings?.trim()) problems.push({ path: 'findings', code: 'errors.inspection.findingsRequired' });

  if (input.outcome === 'fix_by') {
    if (!input.fixBy) problems.push({ path: 'fixBy', code: 'errors.inspection.fixByRequired' });
    else if (input.fixBy <= input.inspectedOn) problems.push({ path: 'fixBy', code: 'errors.inspection.fixByAfterInspection', params: { date: input.inspectedOn } });
  } else if (input.fixBy) {
    problems.push({ path: 'fixBy', code: 'errors.inspection.fixByOnlyToFix' });
  }
  return problems;
}

/** Counts of a recorded inspection's results (list and report columns). */
export function resultCounts(results: readonly ItemRecord[]): { pass: number; fail: number; na: number } {
  const counts = { pass: 0, fail: 0, na: 0 };
  for (const r of results) counts[r.result] += 1;
  return counts;
}
