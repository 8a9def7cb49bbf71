import { z } from 'zod';
import { isIsoDate } from '../dates';
import { cleanText } from '../text/normalize';
import { isProductSetCode } from './product-sets';
import { resolveSheet } from './sheets';
import {
  AUTHORITY_LEVELS,
  CRITERIA_SET_STATUSES,
  KNOCK_OUT_KINDS,
  KNOCK_OUT_TRIGGERS,
  PART_CODES,
  PRODUCT_GROUP_CODES,
  type CriteriaSet,
} from './types';

/**
 * The schema an administrator's new criteria-set version must pass (API and importers), and
 * that the shipped JSON files pass. Structural checks come from zod; the arithmetic and
 * cross-reference checks (sums, unique codes, option ranges, recognition procedure) are in
 * the refinement below. Custom issue messages are i18n keys (see messages.ts) with params.
 */

/** Points are multiples of a quarter point: such sums and means of sheets stay exact in binary floating point. */
export const POINT_STEP = 0.25;
/** Parts A + B + C always total 100 points. */
export const TOTAL_POINTS = 100;

const text = z.string().transform(cleanText).pipe(z.string().min(1));
const localized = z.strictObject({ vi: text, en: text });
const isoDate = z.string().superRefine((value, ctx) => {
  if (!isIsoDate(value)) ctx.addIssue({ code: 'custom', message: 'errors.date.invalid', params: { value } });
});
const points = z
  .number()
  .finite()
  .min(0)
  .refine((n) => Number.isInteger(n / POINT_STEP), { message: 'errors.criteriaSet.pointsStep', params: { step: POINT_STEP } });

const optionSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9]{1,8}$/),
  label: localized,
  points,
  case: z.number().int().min(1).max(9).optional(),
  hint: localized.optional(),
});

const criterionSchema = z.strictObject({
  code: z.string().regex(/^[A-C]\d+(\.\d+)*$/),
  part: z.enum(PART_CODES),
  section: z.string().regex(/^[A-C]\d+$/),
  name: localized,
  maxPoints: points.refine((n) => n > 0, { message: 'errors.criteriaSet.maxPointsPositive' }),
  disqualifying: z.strictObject({ optionCodes: z.array(z.string()).min(1), reason: localized }).optional(),
  improvable: z.boolean().optional(),
  note: localized.optional(),
  heading: localized.optional(),
  hint: localized.optional(),
  options: z.array(optionSchema).min(2),
});

const sectionSchema = z.strictObject({ code: z.string().regex(/^[A-C]\d+$/), part: z.enum(PART_CODES), name: localized });

const knockOutSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9_-]{1,16}$/),
  kind: z.enum(KNOCK_OUT_KINDS),
  criterion: z.string(),
  trigger: z.enum(KNOCK_OUT_TRIGGERS),
  criteria: z.array(z.string()).min(1).optional(),
  optionCodes: z.array(z.string()).min(1).optional(),
  reason: localized,
});

const starMinimumSchema = z.strictObject({
  stars: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  criterion: z.string(),
  minPoints: points,
  label: localized,
});

const sheetSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/),
  name: localized,
  productSets: z.array(z.string()).min(1),
  uses: z.array(z.string()).optional(),
  sections: z.array(sectionSchema),
  criteria: z.array(criterionSchema),
  knockOuts: z.array(knockOutSchema).optional(),
  starMinimums: z.array(starMinimumSchema).optional(),
  toBeConfirmed: z.boolean().optional(),
  note: localized.optional(),
});

const sharedSectionSchema = z.strictObject({
  ref: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/),
  section: sectionSchema,
  criteria: z.array(criterionSchema).min(1),
});

const starBandSchema = z.strictObject({
  stars: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  minTotal: z.number().min(0).max(100),
});

const levelRuleSchema = z.strictObject({
  level: z.enum(AUTHORITY_LEVELS),
  recognises: z.array(z.union([z.literal(3), z.literal(4), z.literal(5)])),
  forwardAtOrAbove: z.number().min(0).max(TOTAL_POINTS).nullable().optional(),
  forwardTo: z.enum(AUTHORITY_LEVELS).nullable().optional(),
  preAssessedCriteria: z.array(z.string()).optional(),
  deadlineDays: z.number().int().min(1).max(365).nullable().optional(),
  note: localized.optional(),
});

const baseSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/),
  ruleVersion: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/),
  decision: z.strictObject({
    number: text,
    title: localized,
    issuer: localized,
    signedOn: isoDate,
    amends: z.string().optional(),
    replaces: z.array(z.string()).optional(),
  }),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  groups: z.array(z.enum(PRODUCT_GROUP_CODES)).min(1),
  groupNames: z.partialRecord(z.enum(PRODUCT_GROUP_CODES), localized).optional(),
  parts: z.array(z.strictObject({ code: z.enum(PART_CODES), name: localized, maxPoints: points })).length(3),
  sections: z.array(sectionSchema),
  criteria: z.array(criterionSchema),
  knockOuts: z.array(knockOutSchema).optional(),
  starMinimums: z.array(starMinimumSchema).optional(),
  sheets: z.array(sheetSchema).optional(),
  sharedSections: z.array(sharedSectionSchema).optional(),
  starBands: z.array(starBandSchema).length(5).optional(),
  minimumsNote: localized.optional(),
  sheet: z.strictObject({ code: z.string(), name: localized, note: localized.optional() }).optional(),
  recognition: z.strictObject({ levels: z.array(levelRuleSchema).min(1), note: localized.optional() }),
  status: z.enum(CRITERIA_SET_STATUSES),
  toBeConfirmed: z.boolean(),
  note: localized.optional(),
});

type Ctx = z.core.$RefinementCtx<z.output<typeof baseSchema>>;
type Path = Array<string | number>;

function report(ctx: Ctx, path: Path, message: string, params: Record<string, string | number> = {}): void {
  ctx.addIssue({ code: 'custom', message, path, params });
}

/** Equality for sums of quarter points (exact in binary, the tolerance only guards odd inputs). */
const samePoints = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** What the checks below read of one sheet (the single sheet of older data, or a resolved one). */
interface FlatSheet {
  sections: z.output<typeof sectionSchema>[];
  criteria: z.output<typeof criterionSchema>[];
  knockOuts?: z.output<typeof knockOutSchema>[];
  starMinimums?: z.output<typeof starMinimumSchema>[];
  toBeConfirmed?: boolean;
}

function checkPartTotal(set: z.output<typeof baseSchema>, ctx: Ctx): void {
  const seen = new Set<string>();
  set.parts.forEach((p, i) => {
    if (seen.has(p.code)) report(ctx, ['parts', i, 'code'], 'errors.criteriaSet.duplicateCode', { code: p.code });
    seen.add(p.code);
  });
  const total = set.parts.reduce((s, p) => s + p.maxPoints, 0);
  if (!samePoints(total, TOTAL_POINTS)) report(ctx, ['parts'], 'errors.criteriaSet.partsTotal', { total, expected: TOTAL_POINTS });
}

/**
 * Each sheet's best answers must give exactly the part maxima. A sheet flagged
 * `toBeConfirmed` may fall short (a criterion is missing from the source) but never exceed them.
 */
function checkPartSums(set: z.output<typeof baseSchema>, sheet: FlatSheet, at: Path, ctx: Ctx): void {
  for (const part of set.parts) {
    const sum = bestPoints(sheet.criteria.filter((c) => c.part === part.code));
    const ok = sheet.toBeConfirmed ? sum <= part.maxPoints + 1e-9 : samePoints(sum, part.maxPoints);
    if (!ok) report(ctx, [...at, 'parts', set.parts.indexOf(part), 'maxPoints'], 'errors.criteriaSet.partSum', { part: part.code, sum, max: part.maxPoints });
  }
}

/** Sum of the criteria maxima (what the best answer of every criterion gives). */
function bestPoints(criteria: ReadonlyArray<{ maxPoints: number }>): number {
  return criteria.reduce((s, c) => s + c.maxPoints, 0);
}

function checkSections(sheet: FlatSheet, at: Path, ctx: Ctx): void {
  const seen = new Set<string>();
  sheet.sections.forEach((s, i) => {
    if (seen.has(s.code)) report(ctx, [...at, 'sections', i, 'code'], 'errors.criteriaSet.duplicateCode', { code: s.code });
    seen.add(s.code);
    if (s.code[0] !== s.part) report(ctx, [...at, 'sections', i, 'part'], 'errors.criteriaSet.sectionPart', { section: s.code, part: s.part });
  });
}

function checkCriteria(sheet: FlatSheet, base: Path, ctx: Ctx): void {
  const sections = new Map(sheet.sections.map((s) => [s.code, s]));
  const seen = new Set<string>();
  sheet.criteria.forEach((c, i) => {
    const at = (...rest: Path): Path => [...base, 'criteria', i, ...rest];
    if (seen.has(c.code)) report(ctx, at('code'), 'errors.criteriaSet.duplicateCode', { code: c.code });
    seen.add(c.code);

    const section = sections.get(c.section);
    if (!section) report(ctx, at('section'), 'errors.criteriaSet.unknownSection', { section: c.section });
    else if (section.part !== c.part) report(ctx, at('part'), 'errors.criteriaSet.sectionPart', { section: c.section, part: c.part });
    // "C7" (a section that is one criterion) or "C6.1.1" under section C6.
    if (c.code !== c.section && !c.code.startsWith(`${c.section}.`)) report(ctx, at('code'), 'errors.criteriaSet.criterionCode', { code: c.code, section: c.section });

    const optionCodes = new Set<string>();
    c.options.forEach((o, j) => {
      if (optionCodes.has(o.code)) report(ctx, at('options', j, 'code'), 'errors.criteriaSet.duplicateCode', { code: o.code });
      optionCodes.add(o.code);
      if (o.points > c.maxPoints) report(ctx, at('options', j, 'points'), 'errors.criteriaSet.optionAboveMax', { points: o.points, max: c.maxPoints });
    });
    const pts = c.options.map((o) => o.points);
    if (!pts.some((p) => samePoints(p, c.maxPoints))) report(ctx, at('options'), 'errors.criteriaSet.noOptionAtMax', { max: c.maxPoints });

    c.disqualifying?.optionCodes.forEach((code, j) => {
      if (!optionCodes.has(code)) report(ctx, at('disqualifying', 'optionCodes', j), 'errors.criteriaSet.unknownOption', { code });
    });
    if (c.disqualifying && c.disqualifying.optionCodes.length >= c.options.length) {
      report(ctx, at('disqualifying', 'optionCodes'), 'errors.criteriaSet.allDisqualifying', { code: c.code });
    }
  });
}

function checkKnockOutsAndMinimums(sheet: FlatSheet, base: Path, ctx: Ctx): void {
  const byCode = new Map(sheet.criteria.map((c) => [c.code, c]));
  const seen = new Set<string>();
  sheet.knockOuts?.forEach((k, i) => {
    const at = (...rest: Path): Path => [...base, 'knockOuts', i, ...rest];
    if (seen.has(k.code)) report(ctx, at('code'), 'errors.criteriaSet.duplicateCode', { code: k.code });
    seen.add(k.code);
    const criterion = byCode.get(k.criterion);
    if (!criterion) report(ctx, at('criterion'), 'errors.criteriaSet.unknownCriterion', { code: k.criterion });
    k.criteria?.forEach((code, j) => {
      if (!byCode.has(code)) report(ctx, at('criteria', j), 'errors.criteriaSet.unknownCriterion', { code });
    });
    if (k.trigger === 'options') {
      if (!k.optionCodes) report(ctx, at('optionCodes'), 'errors.required');
      k.optionCodes?.forEach((code, j) => {
        if (criterion && !criterion.options.some((o) => o.code === code)) report(ctx, at('optionCodes', j), 'errors.criteriaSet.unknownOption', { code });
      });
    }
  });
  sheet.starMinimums?.forEach((m, i) => {
    const at = (...rest: Path): Path => [...base, 'starMinimums', i, ...rest];
    const criterion = byCode.get(m.criterion);
    if (!criterion) report(ctx, at('criterion'), 'errors.criteriaSet.unknownCriterion', { code: m.criterion });
    else if (m.minPoints > criterion.maxPoints) report(ctx, at('minPoints'), 'errors.criteriaSet.optionAboveMax', { points: m.minPoints, max: criterion.maxPoints });
  });
}

function checkSheet(set: z.output<typeof baseSchema>, sheet: FlatSheet, at: Path, ctx: Ctx): void {
  checkPartSums(set, sheet, at, ctx);
  checkSections(sheet, at, ctx);
  checkCriteria(sheet, at, ctx);
  checkKnockOutsAndMinimums(sheet, at, ctx);
}

/** The version's sheets: single sheet, or one per product set (each set claimed once, known codes). */
function checkSheets(set: z.output<typeof baseSchema>, ctx: Ctx): void {
  const sheets = set.sheets ?? [];
  if (sheets.length === 0) {
    if (set.criteria.length === 0) report(ctx, ['criteria'], 'errors.criteriaSet.noSheet');
    else checkSheet(set, { ...set, toBeConfirmed: false }, [], ctx);
    return;
  }
  const refs = new Set((set.sharedSections ?? []).map((s) => s.ref));
  const claimed = new Set<string>();
  const codes = new Set<string>();
  sheets.forEach((sheet, i) => {
    const at: Path = ['sheets', i];
    if (codes.has(sheet.code)) report(ctx, [...at, 'code'], 'errors.criteriaSet.duplicateCode', { code: sheet.code });
    codes.add(sheet.code);
    sheet.productSets.forEach((code, j) => {
      if (!isProductSetCode(code)) report(ctx, [...at, 'productSets', j], 'errors.criteriaSet.unknownProductSet', { code });
      else if (claimed.has(code)) report(ctx, [...at, 'productSets', j], 'errors.criteriaSet.productSetTwice', { code });
      claimed.add(code);
    });
    sheet.uses?.forEach((ref, j) => {
      if (!refs.has(ref)) report(ctx, [...at, 'uses', j], 'errors.criteriaSet.unknownSharedSection', { ref });
    });
    if (sheet.uses?.some((ref) => !refs.has(ref))) return;
    const flat = resolveSheet(set, sheet);
    if (flat.criteria.length === 0) report(ctx, [...at, 'criteria'], 'errors.criteriaSet.noSheet');
    checkSheet(set, { ...flat, toBeConfirmed: sheet.toBeConfirmed }, at, ctx);
  });
}

function checkStarBands(set: z.output<typeof baseSchema>, ctx: Ctx): void {
  const bands = set.starBands;
  if (!bands) return;
  bands.forEach((b, i) => {
    if (b.stars !== i + 1) report(ctx, ['starBands', i, 'stars'], 'errors.criteriaSet.starBandOrder', { stars: b.stars });
    if (i === 0 && b.minTotal !== 0) report(ctx, ['starBands', 0, 'minTotal'], 'errors.criteriaSet.starBandOrder', { stars: 1 });
    if (i > 0 && b.minTotal <= bands[i - 1].minTotal) report(ctx, ['starBands', i, 'minTotal'], 'errors.criteriaSet.starBandOrder', { stars: b.stars });
  });
}

function checkDatesAndGroups(set: z.output<typeof baseSchema>, ctx: Ctx): void {
  if (set.effectiveTo !== null && set.effectiveTo < set.effectiveFrom) {
    report(ctx, ['effectiveTo'], 'errors.criteriaSet.effectiveRange', { from: set.effectiveFrom, to: set.effectiveTo });
  }
  const seen = new Set<string>();
  set.groups.forEach((g, i) => {
    if (seen.has(g)) report(ctx, ['groups', i], 'errors.criteriaSet.duplicateCode', { code: g });
    seen.add(g);
  });
}

function checkRecognition(set: z.output<typeof baseSchema>, ctx: Ctx): void {
  const levels = set.recognition.levels;
  const criterionCodes = new Set([
    ...set.criteria,
    ...(set.sheets ?? []).flatMap((sh) => sh.criteria),
    ...(set.sharedSections ?? []).flatMap((sh) => sh.criteria),
  ].map((c) => c.code));
  const order = (l: string) => AUTHORITY_LEVELS.indexOf(l as never);
  const recognisedBy = new Map<number, number>();

  levels.forEach((rule, i) => {
    const at = (...rest: Path): Path => ['recognition', 'levels', i, ...rest];
    if (i > 0 && order(rule.level) <= order(levels[i - 1].level)) report(ctx, at('level'), 'errors.criteriaSet.levelOrder', { level: rule.level });
    // 5★ is a national class: only the central level may recognise it (SPEC C4).
    if (rule.recognises.includes(5) && rule.level !== 'central') report(ctx, at('recognises'), 'errors.criteriaSet.fiveStarsCentralOnly', { level: rule.level });
    for (const stars of rule.recognises) {
      if (recognisedBy.has(stars)) report(ctx, at('recognises'), 'errors.criteriaSet.starsRecognisedTwice', { stars });
      recognisedBy.set(stars, i);
    }
    const hasThreshold = rule.forwardAtOrAbove !== undefined && rule.forwardAtOrAbove !== null;
    const hasTarget = rule.forwardTo !== undefined && rule.forwardTo !== null;
    if (hasThreshold !== hasTarget) report(ctx, at(hasTarget ? 'forwardAtOrAbove' : 'forwardTo'), 'errors.criteriaSet.forwardIncomplete', { level: rule.level });
    if (hasTarget) {
      const target = rule.forwardTo as string;
      const targetIndex = levels.findIndex((l) => l.level === target);
      if (targetIndex <= i) report(ctx, at('forwardTo'), 'errors.criteriaSet.forwardTarget', { level: rule.level, to: target });
    }
    rule.preAssessedCriteria?.forEach((code, j) => {
      if (!criterionCodes.has(code)) report(ctx, at('preAssessedCriteria', j), 'errors.criteriaSet.unknownCriterion', { code });
    });
  });
  for (const stars of [3, 4, 5]) {
    if (!recognisedBy.has(stars)) report(ctx, ['recognition', 'levels'], 'errors.criteriaSet.starsNotRecognised', { stars });
  }
}

export const criteriaSetSchema = baseSchema.superRefine((set, ctx) => {
  checkPartTotal(set, ctx);
  checkSheets(set, ctx);
  checkStarBands(set, ctx);
  checkDatesAndGroups(set, ctx);
  checkRecognition(set, ctx);
});

// The hand-written types and the schema must describe the same data.
type Parsed = z.output<typeof criteriaSetSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<Parsed, CriteriaSet> = true;
void schemaMatchesTypes;
