import { z } from 'zod';
import checklist148 from '../../../resources/dossier-checklists/148-2023.json';
import checklist1489 from '../../../resources/dossier-checklists/1489-2025.json';
import { isIsoDate, toIsoDate } from '../dates';
import type { DossierEntryPath } from './dossier.machine';

/**
 * The documents an evaluation dossier must contain, per rule version. Checklists are data
 * (`resources/dossier-checklists/*.json`), validated here when loaded, so an administrator can
 * correct them without code changes; `parseDossierChecklist` validates an edited one.
 */

/** File kinds a dossier item accepts, with the content types uploads are checked against. */
export const FILE_TYPES = {
  pdf: ['application/pdf'],
  jpg: ['image/jpeg'],
  png: ['image/png'],
  webp: ['image/webp'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
} as const satisfies Record<string, readonly string[]>;
export type FileType = keyof typeof FILE_TYPES;
const FILE_TYPE_CODES = Object.keys(FILE_TYPES) as [FileType, ...FileType[]];

/** File-name extensions of each file kind. */
const EXTENSIONS: { readonly [T in FileType]: readonly string[] } = {
  pdf: ['pdf'],
  jpg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
  docx: ['docx'],
  xlsx: ['xlsx'],
};

const localized = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const productGroupCode = z.string().regex(/^[1-6](\.\d+)*$/);

/**
 * When an item is required: always (`true`), never (`false`), for new products only (those
 * that need a business plan), or only for products of the listed groups/subgroups (official
 * codes "1"–"6", subgroups "3.1" …; a group code covers its subgroups).
 */
export const checklistRequirementSchema = z.union([
  z.boolean(),
  z.literal('new-products-only'),
  z.object({ groups: z.array(productGroupCode).min(1) }).strict(),
]);
export type ChecklistRequirement = z.infer<typeof checklistRequirementSchema>;

export const dossierChecklistItemSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: localized,
    description: localized.optional(),
    required: checklistRequirementSchema,
    acceptedTypes: z.array(z.enum(FILE_TYPE_CODES)).min(1),
    /** Pre-assessed by the commune under the two-level procedure (Decision 1489/2025). */
    communePreAssessed: z.boolean(),
    /** How long a document of this item stays valid, in months from its date (absent: it does not expire); reused dossiers flag expired ones. */
    validForMonths: z.number().int().min(1).max(600).optional(),
  })
  .strict();
export type DossierChecklistItem = z.infer<typeof dossierChecklistItemSchema>;

export const dossierChecklistSchema = z
  .object({
    code: z.string().min(1),
    ruleVersion: z.string().min(1),
    name: localized,
    effectiveFrom: z.string().refine(isIsoDate, 'errors.invalidDate'),
    source: z.string(),
    /** The content was not read in the official text itself and should be confirmed. */
    toVerify: z.boolean(),
    items: z.array(dossierChecklistItemSchema).min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.items.forEach((item, i) => {
      if (seen.has(item.code)) ctx.addIssue({ code: 'custom', message: 'errors.duplicate', path: ['items', i, 'code'] });
      seen.add(item.code);
    });
  });
export type DossierChecklist = z.infer<typeof dossierChecklistSchema>;

/** Validates a checklist (e.g. one edited by an administrator). Throws a ZodError. */
export function parseDossierChecklist(data: unknown): DossierChecklist {
  return dossierChecklistSchema.parse(data);
}

export const CHECKLIST_148_2023: DossierChecklist = parseDossierChecklist(checklist148);
export const CHECKLIST_1489_2025: DossierChecklist = parseDossierChecklist(checklist1489);

/** The shipped checklists, oldest first. */
export const DOSSIER_CHECKLISTS: readonly DossierChecklist[] = [CHECKLIST_148_2023, CHECKLIST_1489_2025];

/**
 * The checklist in force on a date: the latest one whose `effectiveFrom` is on or before it
 * (1489-2025 from 2025-07-01, 148-2023 before). Dates before the oldest checklist get the
 * oldest one (no separate 1048/2019 checklist is shipped).
 */
export function checklistFor(
  date: Date | string,
  checklists: readonly DossierChecklist[] = DOSSIER_CHECKLISTS,
): DossierChecklist {
  if (checklists.length === 0) throw new RangeError('no dossier checklist');
  const day = toIsoDate(date);
  const sorted = [...checklists].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  let chosen = sorted[0];
  for (const c of sorted) if (c.effectiveFrom <= day) chosen = c;
  return chosen;
}

/**
 * The official group number (1–6) of a group or subgroup code: "3", "3.2" → 3; a number is
 * taken as is. Null when the code is not an official group code.
 */
export function productGroupOf(groupCode: string | number | null | undefined): number | null {
  if (typeof groupCode === 'number') return Number.isInteger(groupCode) && groupCode >= 1 && groupCode <= 6 ? groupCode : null;
  if (typeof groupCode !== 'string') return null;
  const m = /^\s*([1-6])(\.\d+)*\s*$/.exec(groupCode);
  return m ? Number(m[1]) : null;
}

function groupMatches(condition: string, groupCode: string): boolean {
  return groupCode === condition || groupCode.startsWith(`${condition}.`);
}

export interface DossierContext {
  readonly entryPath: DossierEntryPath;
  /** Product group or subgroup code ("1"–"6", "3.2" …). */
  readonly groupCode: string | number | null | undefined;
  /** Defaults to `entryPath === 'cycle'`: products that came through the cycle are new. */
  readonly isNewProduct?: boolean;
}

/**
 * Whether an item is required for a product. An unknown or missing group code makes a
 * group-conditioned item required (the check errs on the side of asking).
 */
export function isItemRequired(item: DossierChecklistItem, context: DossierContext): boolean {
  const req = item.required;
  if (req === true || req === false) return req;
  if (req === 'new-products-only') return context.isNewProduct ?? context.entryPath === 'cycle';
  const code = typeof context.groupCode === 'number' ? String(context.groupCode) : context.groupCode?.trim();
  if (!code || productGroupOf(code) === null) return true;
  return req.groups.some((g) => groupMatches(g, code));
}

export function requiredItems(checklist: DossierChecklist, context: DossierContext): DossierChecklistItem[] {
  return checklist.items.filter((item) => isItemRequired(item, context));
}

/** The items the commune pre-assesses (empty for checklists before the two-level procedure). */
export function communePreAssessedItems(checklist: DossierChecklist): DossierChecklistItem[] {
  return checklist.items.filter((item) => item.communePreAssessed);
}

export interface CompletenessResult {
  readonly complete: boolean;
  /** Codes of required items not present, in checklist order. */
  readonly missing: string[];
  readonly missingItems: DossierChecklistItem[];
  /** Codes of all items required for this product. */
  readonly required: string[];
  /** Present codes the checklist does not know (ignored for completeness). */
  readonly unknown: string[];
}

/** Checks a dossier's documents against a checklist. `present`: codes of the items provided. */
export function checkCompleteness(
  checklist: DossierChecklist,
  input: DossierContext & { readonly present: Iterable<string> },
): CompletenessResult {
  const present = new Set(input.present);
  const required = requiredItems(checklist, input);
  const missingItems = required.filter((item) => !present.has(item.code));
  const known = new Set(checklist.items.map((i) => i.code));
  return {
    complete: missingItems.length === 0,
    missing: missingItems.map((i) => i.code),
    missingItems,
    required: required.map((i) => i.code),
    unknown: [...present].filter((c) => !known.has(c)),
  };
}

/**
 * Whether an uploaded file fits an item: one of its accepted kinds must match both the
 * content type and the file-name extension (whichever are given; at least one must be).
 */
export function acceptsFile(
  item: DossierChecklistItem,
  file: { readonly mimeType?: string | null; readonly fileName?: string | null },
): boolean {
  if (!file.mimeType && !file.fileName) return false;
  const mime = file.mimeType ? file.mimeType.split(';')[0].trim().toLowerCase() : null;
  const ext = file.fileName ? (/\.([A-Za-z0-9]+)$/.exec(file.fileName)?.[1]?.toLowerCase() ?? '') : null;
  return (item.acceptedTypes as readonly FileType[]).some(
    (t) =>
      (mime === null || (FILE_TYPES[t] as readonly string[]).includes(mime)) &&
      (ext === null || EXTENSIONS[t].includes(ext)),
  );
}
