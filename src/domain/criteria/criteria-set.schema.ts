import { z } from 'zod';
import { isIsoDate } from '../dates';
import { cleanText } from '../text/normalize';
import {
  AUTHORITY_LEVELS,
  CRITERIA_SET_STATUSES,
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
});

const criterionSchema = z.strictObject({
  code: z.string().regex(/^[A-C]\d+(\.\d+)+$/),
  part: z.enum(PART_CODES),
  section: z.string().regex(/^[A-C]\d+$/),
  name: localized,
  maxPoints: points.refine((n) => n > 0, { message: 'errors.criteriaSet.maxPointsPositive' }),
  disqualifying: z.strictObject({ optionCodes: z.array(z.string()).min(1), reason: localized }).optional(),
  improvable: z.boolean().optional(),
  note: localized.optional(),
  options: z.array(optionSchema).min(2),
});

const levelRuleSchema = z.strictObject({
  level: z.enum(AUTHORITY_LEVELS),
  recognises: z.array(z.union([z.literal(3), z.literal(4), z.literal(5)])),
  forwardAtOrAbove: z.number().min(0).max(TOTAL_POINTS).nullable().optional(),
  forwardTo: z.enum(AUTHORITY_LEVELS).nullable().optional(),
  preAssessedCriteria: z.array(z.string()).optional(),
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
  sections: z.array(z.strictObject({ code: z.string().regex(/^[A-C]\d+$/), part: z.enum(PART_CODES), name: localized })).min(1),
  criteria: z.array(criterionSchema).min(1),
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

function checkParts(set: z.output<typeof baseSchema>, ctx: Ctx): void {
  const seen = new Set<string>();
  set.parts.forEach((p, i) => {
    if (seen.has(p.code)) report(ctx, ['parts', i, 'code'], 'errors.criteriaSet.duplicateCode', { code: p.code });
    seen.add(p.code);
  });
  const total = set.parts.reduce((s, p) => s + p.maxPoints, 0);
  if (!samePoints(total, TOTAL_POINTS)) report(ctx, ['parts'], 'errors.criteriaSet.partsTotal', { total, expected: TOTAL_POINTS });

  for (const part of set.parts) {
    const sum = set.criteria.filter((c) => c.part === part.code).reduce((s, c) => s + c.maxPoints, 0);
    if (!samePoints(sum, part.maxPoints)) {
      report(ctx, ['parts', set.parts.indexOf(part), 'maxPoints'], 'errors.criteriaSet.partSum', { part: part.code, sum, max: part.maxPoints });
    }
  }
}

function checkSections(set: z.output<typeof baseSchema>, ctx: Ctx): void {
  const seen = new Set<string>();
  set.sections.forEach((s, i) => {
    if (seen.has(s.code)) report(ctx, ['sections', i, 'code'], 'errors.criteriaSet.duplicateCode', { code: s.code });
    seen.add(s.code);
    if (s.code[0] !== s.part) report(ctx, ['sections', i, 'part'], 'errors.criteriaSet.sectionPart', { section: s.code, part: s.part });
  });
}

function checkCriteria(set: z.output<typeof baseSchema>, ctx: Ctx): void {
  const sections = new Map(set.sections.map((s) => [s.code, s]));
  const seen = new Set<string>();
  set.criteria.forEach((c, i) => {
    const at = (...rest: Path): Path => ['criteria', i, ...rest];
    if (seen.has(c.code)) report(ctx, at('code'), 'errors.criteriaSet.duplicateCode', { code: c.code });
    seen.add(c.code);

    const section = sections.get(c.section);
    if (!section) report(ctx, at('section'), 'errors.criteriaSet.unknownSection', { section: c.section });
    else if (section.part !== c.part) report(ctx, at('part'), 'errors.criteriaSet.sectionPart', { section: c.section, part: c.part });
    if (!c.code.startsWith(`${c.section}.`)) report(ctx, at('code'), 'errors.criteriaSet.criterionCode', { code: c.code, section: c.section });

    const optionCodes = new Set<string>();
    c.options.forEach((o, j) => {
      if (optionCodes.has(o.code)) report(ctx, at('options', j, 'code'), 'errors.criteriaSet.duplicateCode', { code: o.code });
      optionCodes.add(o.code);
      if (o.points > c.maxPoints) report(ctx, at('options', j, 'points'), 'errors.criteriaSet.optionAboveMax', { points: o.points, max: c.maxPoints });
    });
    const pts = c.options.map((o) => o.points);
    if (!pts.some((p) => samePoints(p, c.maxPoints))) report(ctx, at('options'), 'errors.criteriaSet.noOptionAtMax', { max: c.maxPoints });
    // A graded scale starts at 0 or 1 point, so the lowest option is a real "not met".
    if (Math.min(...pts) > 1) report(ctx, at('options'), 'errors.criteriaSet.lowestOption', { min: Math.min(...pts) });

    c.disqualifying?.optionCodes.forEach((code, j) => {
      if (!optionCodes.has(code)) report(ctx, at('disqualifying', 'optionCodes', j), 'errors.criteriaSet.unknownOption', { code });
    });
    if (c.disqualifying && c.disqualifying.optionCodes.length >= c.options.length) {
      report(ctx, at('disqualifying', 'optionCodes'), 'errors.criteriaSet.allDisqualifying', { code: c.code });
    }
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
  const criterionCodes = new Set(set.criteria.map((c) => c.code));
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
  checkParts(set, ctx);
  checkSections(set, ctx);
  checkCriteria(set, ctx);
  checkDatesAndGroups(set, ctx);
  checkRecognition(set, ctx);
});

// The hand-written types and the schema must describe the same data.
type Parsed = z.output<typeof criteriaSetSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<Parsed, CriteriaSet> = true;
void schemaMatchesTypes;
