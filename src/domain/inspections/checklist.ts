import { z } from 'zod';
import checklist1048 from '../../../resources/inspection-checklists/1048-2019.json';
import checklist148 from '../../../resources/inspection-checklists/148-2023.json';
import checklist1489 from '../../../resources/inspection-checklists/1489-2025.json';
import { isIsoDate, toIsoDate } from '../dates';
import type { FieldProblem } from '../errors';

/**
 * What a post-recognition inspection (hậu kiểm) checks, per rule version. The checklists are
 * data (`resources/inspection-checklists/*.json`), validated here when loaded.
 */

const localized = z.object({ vi: z.string().min(1), en: z.string().min(1) });

export const inspectionChecklistItemSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    label: localized,
    description: localized.optional(),
  })
  .strict();
export type InspectionChecklistItem = z.infer<typeof inspectionChecklistItemSchema>;

export const inspectionChecklistSchema = z
  .object({
    code: z.string().min(1),
    ruleVersion: z.string().min(1),
    name: localized,
    effectiveFrom: z.string().refine(isIsoDate, 'errors.invalidDate'),
    source: z.string(),
    toVerify: z.boolean(),
    items: z.array(inspectionChecklistItemSchema).min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.items.forEach((item, i) => {
      if (seen.has(item.code)) ctx.addIssue({ code: 'custom', message: 'errors.duplicate', path: ['items', i, 'code'] });
      seen.add(item.code);
    });
  });
export type InspectionChecklist = z.infer<typeof inspectionChecklistSchema>;

/** Validates a checklist. Throws a ZodError. */
export function parseInspectionChecklist(data: unknown): InspectionChecklist {
  return inspectionChecklistSchema.parse(data);
}

/** The shipped checklists, oldest first. */
export const INSPECTION_CHECKLISTS: readonly InspectionChecklist[] = [checklist1048, checklist148, checklist1489].map(parseInspectionChecklist);

/** The checklist in force on a date: the latest whose `effectiveFrom` is on or before it (the oldest before any). */
export function inspectionChecklistFor(date: Date | string, checklists: readonly InspectionChecklist[] = INSPECTION_CHECKLISTS): InspectionChecklist {
  if (checklists.length === 0) throw new RangeError('no inspection checklist');
  const day = toIsoDate(date);
  const sorted = [...checklists].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  let chosen = sorted[0];
  for (const c of sorted) if (c.effectiveFrom <= day) chosen = c;
  return chosen;
}

/** A shipped checklist by its code (an inspection keeps the code it was planned with). */
export function inspectionChecklistByCode(code: string): InspectionChecklist | null {
  return INSPECTION_CHECKLISTS.find((c) => c.code === code) ?? null;
}

/**
 * The checklists a planned inspection may use: the one in force on the planned day, and the one
 * in force when the certificate was issued (the rules the product was recognised under), newest
 * first. Any other version is refused (`checklistProblems`).
 */
export function checklistChoices(plannedOn: string, issuedOn: string, checklists: readonly InspectionChecklist[] = INSPECTION_CHECKLISTS): InspectionChecklist[] {
  const atPlan = inspectionChecklistFor(plannedOn, checklists);
  const atIssue = inspectionChecklistFor(issuedOn, checklists);
  return atIssue.code === atPlan.code ? [atPlan] : atPlan.effectiveFrom >= atIssue.effectiveFrom ? [atPlan, atIssue] : [atIssue, atPlan];
}

/** The checklist an edited plan keeps: the one asked for, else the current one while it is still a choice, else the one in force on the (new) planned day. */
export function checklistForPlan(
  plannedOn: string, issuedOn: string, current: string | null, asked?: string, checklists: readonly InspectionChecklist[] = INSPECTION_CHECKLISTS,
): { code: string } | { problem: FieldProblem } {
  const choices = checklistChoices(plannedOn, issuedOn, checklists).map((c) => c.code);
  if (asked !== undefined) {
    if (!choices.includes(asked)) return { problem: { path: 'checklistCode', code: 'errors.inspection.checklistNotAllowed', params: { code: asked, allowed: choices.join(', ') } } };
    return { code: asked };
  }
  return { code: current && choices.includes(current) ? current : choices[0] };
}
