import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, errorResponses, items, noContent, problemSchema, versionQuery } from './common';
import { AUTHORITY_LEVELS, CRITERIA_SET_STATUSES, KNOCK_OUT_KINDS, KNOCK_OUT_TRIGGERS, PART_CODES, PRODUCT_GROUP_CODES, type CriteriaSet } from '../domain/criteria/types';
import { isIsoDate } from '../domain/dates';
import { CRITERIA_SET_ACTIONS } from '../domain/policy/criteria-set';

/**
 * Criteria sets (bộ tiêu chí) as versioned data (SPEC C4): the shipped decisions and the
 * versions an administrator adds as drafts, publishes or withdraws.
 */

const tags = ['evaluation'];

/** A calendar date `YYYY-MM-DD` (a real one: 2025-02-30 is refused). */
export const isoDate = z.string().refine(isIsoDate, { message: 'errors.date.invalid' }).describe('YYYY-MM-DD');

/** Text in both languages of the product; Vietnamese is the reference wording. */
export const localizedSchema = z.object({ vi: z.string(), en: z.string() });
export type Localized = z.infer<typeof localizedSchema>;

export const partsSchema = z.object({ A: z.number(), B: z.number(), C: z.number() }).describe('points per part (A, B, C)');
export type Parts = z.infer<typeof partsSchema>;

const decisionSchema = z.object({
  number: z.string(),
  title: localizedSchema,
  issuer: localizedSchema,
  signedOn: z.string(),
  amends: z.string().optional(),
  replaces: z.array(z.string()).optional(),
});

const partSchema = z.object({ code: z.enum(PART_CODES), name: localizedSchema, maxPoints: z.number() });

export const criterionSchema = z.object({
  code: z.string(),
  part: z.enum(PART_CODES),
  section: z.string(),
  name: localizedSchema,
  maxPoints: z.number(),
  disqualifying: z.object({ optionCodes: z.array(z.string()), reason: localizedSchema }).optional(),
  improvable: z.boolean().optional().describe('false: the producer cannot act on it directly (never proposed in feedback)'),
  note: localizedSchema.optional(),
  heading: localizedSchema.optional().describe('the heading the criterion sits under on the sheet'),
  hint: localizedSchema.optional().describe('evidence a council expects for the criterion'),
  options: z.array(
    z.object({
      code: z.string(),
      label: localizedSchema,
      points: z.number(),
      case: z.number().optional().describe('alternative case the option belongs to (answer one option of one case)'),
      hint: localizedSchema.optional().describe('evidence a council expects for this option'),
    }),
  ),
});
export type Criterion = z.infer<typeof criterionSchema>;

const sectionSchema = z.object({ code: z.string(), part: z.enum(PART_CODES), name: localizedSchema });

export const knockOutSchema = z
  .object({
    code: z.string(),
    kind: z.enum(KNOCK_OUT_KINDS),
    criterion: z.string(),
    trigger: z.enum(KNOCK_OUT_TRIGGERS),
    criteria: z.array(z.string()).optional(),
    optionCodes: z.array(z.string()).optional(),
    reason: localizedSchema,
  })
  .describe('excluded: fails whatever its total; stop: scoring stops, not recognised. Trigger declared (answer ko:<code> = yes), zero (a criterion at 0) or options');
export type KnockOut = z.infer<typeof knockOutSchema>;

export const starMinimumSchema = z.object({
  stars: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  criterion: z.string(),
  minPoints: z.number(),
  label: localizedSchema,
});
export type StarMinimum = z.infer<typeof starMinimumSchema>;

export const sheetDefinitionSchema = z.object({
  code: z.string(),
  name: localizedSchema,
  productSets: z.array(z.string()),
  uses: z.array(z.string()).optional(),
  sections: z.array(sectionSchema),
  criteria: z.array(criterionSchema),
  knockOuts: z.array(knockOutSchema).optional(),
  starMinimums: z.array(starMinimumSchema).optional(),
  toBeConfirmed: z.boolean().optional(),
  note: localizedSchema.optional(),
});
export type SheetDefinition = z.infer<typeof sheetDefinitionSchema>;

export const sharedSectionSchema = z.object({ ref: z.string(), section: sectionSchema, criteria: z.array(criterionSchema) });
export type SharedSectionDefinition = z.infer<typeof sharedSectionSchema>;

export const recognitionLevelSchema = z.object({
  level: z.enum(AUTHORITY_LEVELS),
  recognises: z.array(z.union([z.literal(3), z.literal(4), z.literal(5)])).describe('star classes this level recognises'),
  forwardAtOrAbove: z.number().nullable().optional(),
  forwardTo: z.enum(AUTHORITY_LEVELS).nullable().optional(),
  preAssessedCriteria: z.array(z.string()).optional(),
  deadlineDays: z.number().nullable().optional().describe('working days this level has for its step'),
  note: localizedSchema.optional(),
});
export type RecognitionLevel = z.infer<typeof recognitionLevelSchema>;

/** The whole criteria set, as stored and as an administrator sends it (see the domain's criteria-set schema). */
export const criteriaSetDefinitionSchema = z.object({
  code: z.string(),
  ruleVersion: z.string(),
  decision: decisionSchema,
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  groups: z.array(z.enum(PRODUCT_GROUP_CODES)),
  groupNames: z.partialRecord(z.enum(PRODUCT_GROUP_CODES), localizedSchema).optional(),
  parts: z.array(partSchema),
  sections: z.array(sectionSchema),
  criteria: z.array(criterionSchema),
  knockOuts: z.array(knockOutSchema).optional(),
  starMinimums: z.array(starMinimumSchema).optional(),
  sheets: z.array(sheetDefinitionSchema).optional().describe('one score sheet per product set'),
  sharedSections: z.array(sharedSectionSchema).optional(),
  starBands: z.array(z.object({ stars: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]), minTotal: z.number() })).optional(),
  minimumsNote: localizedSchema.optional(),
  sheet: z.object({ code: z.string(), name: localizedSchema, note: localizedSchema.optional() }).optional().describe('set when this is one sheet of a version'),
  recognition: z.object({ levels: z.array(recognitionLevelSchema), note: localizedSchema.optional() }),
  status: z.enum(CRITERIA_SET_STATUSES),
  toBeConfirmed: z.boolean(),
  note: localizedSchema.optional(),
});
export type CriteriaSetDefinition = z.infer<typeof criteriaSetDefinitionSchema>;

// The domain's type and this response schema describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const definitionMatchesDomain: Same<CriteriaSetDefinition, CriteriaSet> = true;
void definitionMatchesDomain;

export const criteriaSetSummarySchema = z.object({
  id: z.string(),
  ...criteriaSetDefinitionSchema.pick({ code: true, ruleVersion: true, decision: true, effectiveFrom: true, effectiveTo: true, groups: true, status: true }).shape,
  toBeConfirmed: z.boolean().describe('points are demo values an administrator must confirm against the official appendix'),
  official: z.boolean().describe('shipped with the product (resources/criteria-sets)'),
  basedOn: z.string().nullable(),
  parts: z.array(partSchema),
  criteriaCount: z.number().describe('criteria of all its sheets'),
  disqualifyingCount: z.number().describe('disqualifying options and knock-out rules of all its sheets'),
  sheets: z
    .array(z.object({ code: z.string(), name: localizedSchema, productSets: z.array(z.string()), criteriaCount: z.number(), toBeConfirmed: z.boolean(), note: localizedSchema.nullable() }))
    .describe('its score sheets (one per product set); empty for a single-sheet version'),
  note: localizedSchema.nullable(),
  version: z.number(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  applies: z.boolean().optional().describe('with date and group: the version a round of that date uses for the group'),
  actions: actionsOf(CRITERIA_SET_ACTIONS),
});
export type CriteriaSetSummary = z.infer<typeof criteriaSetSummarySchema>;

export const criteriaSetDetailSchema = criteriaSetSummarySchema.extend({
  definition: criteriaSetDefinitionSchema.describe('the whole criteria set: parts, sections, criteria with options and points, recognition procedure'),
});
export type CriteriaSetDetail = z.infer<typeof criteriaSetDetailSchema>;

const codeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'errors.notFound') });

/** A criteria set sent for checking: the service validates it and names every problem by its path. */
const definitionBody = z.looseObject({}).describe('a criteria set (the shape of GET /api/criteria-sets/{code} → definition)');

export const criteriaSetListQuery = z.object({
  date: isoDate.optional(),
  group: z.enum(PRODUCT_GROUP_CODES).optional(),
  status: z.enum(CRITERIA_SET_STATUSES).optional(),
});

const version = z.number().int().min(1);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet read from an .xlsx: its sections and criteria, ready to put into a draft's sheet. */
export const importedSheetSchema = z.object({
  sections: sheetDefinitionSchema.shape.sections,
  criteria: sheetDefinitionSchema.shape.criteria,
  rows: z.number().describe('rows read'),
});
export type ImportedSheet = z.infer<typeof importedSheetSchema>;

/** Score sheets as spreadsheets (administrators): the template and the import of a filled one. */
export const criteriaSheets = {
  template: endpoint({
    method: 'GET',
    path: '/criteria-sheets/template.xlsx',
    tags,
    summary: 'Download the Excel template of a score sheet (administrators)',
    description: 'Columns criterion, option, points, evidence hint; parts and sections as header rows, as the official sheets are laid out; an instruction sheet.',
    produces: XLSX,
    response: { 401: errorResponses[401], 403: errorResponses[403] },
  }),
  import: endpoint({
    method: 'POST',
    path: '/criteria-sheets/import',
    tags,
    summary: 'Read a score sheet from an .xlsx (nothing is saved)',
    description:
      'multipart/form-data with one `file` (.xlsx, at most 2 MB). Answers the sections and criteria (options a, b, c… in order) to put into a draft; every problem is named by its row (`errors[].path` = `rows.<n>`).',
    multipart: true,
    response: { 200: importedSheetSchema, ...errorResponses, 413: problemSchema, 415: problemSchema },
  }),
};

export const criteriaSets = {
  list: endpoint({
    method: 'GET',
    path: '/criteria-sets',
    tags,
    summary: 'Criteria-set versions; with date (and group) only those in force that day',
    description:
      'Public. Without a date: every version (drafts for administrators only). With `date` (and `group`): the published versions in force; `applies` marks the one a round of that date uses for the group.',
    querystring: criteriaSetListQuery,
    response: { 200: items(criteriaSetSummarySchema), 400: errorResponses[400] },
  }),
  get: endpoint({
    method: 'GET',
    path: '/criteria-sets/:code',
    tags,
    summary: 'One criteria-set version with all its criteria and options',
    params: codeParams,
    response: { 200: criteriaSetDetailSchema, ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/criteria-sets',
    tags,
    summary: 'Add a new version as a draft (administrators)',
    description:
      'The body is a whole criteria set (same shape as `definition`); its status is always set to draft. Every problem is named by its path (e.g. `criteria.3.options.1.points`).',
    querystring: z.object({ basedOn: z.string().max(64).optional().describe('the version it was copied from') }),
    body: definitionBody,
    response: { 201: criteriaSetDetailSchema, ...errorResponses },
  }),
  validate: endpoint({
    method: 'POST',
    path: '/criteria-sets/validate',
    tags,
    summary: 'Check a criteria set without saving it',
    body: definitionBody,
    response: { 200: z.object({ valid: z.literal(true) }), 400: errorResponses[400] },
  }),
  update: endpoint({
    method: 'PUT',
    path: '/criteria-sets/:code',
    tags,
    summary: 'Replace a draft (published versions never change: 409)',
    params: codeParams,
    body: z.object({ version, definition: definitionBody }),
    response: { 200: criteriaSetDetailSchema, ...errorResponses },
  }),
  publish: endpoint({
    method: 'POST',
    path: '/criteria-sets/:code/publish',
    tags,
    summary: 'Publish a draft (draft → published)',
    params: codeParams,
    body: z.object({ version }),
    response: { 200: criteriaSetDetailSchema, ...errorResponses },
  }),
  withdraw: endpoint({
    method: 'POST',
    path: '/criteria-sets/:code/withdraw',
    tags,
    summary: 'Withdraw a published version (new rounds stop using it; its content never changes)',
    params: codeParams,
    body: z.object({ version, reason: z.string().trim().min(1).max(500) }),
    response: { 200: criteriaSetDetailSchema, ...errorResponses },
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/criteria-sets/:code',
    tags,
    summary: 'Delete an unused draft',
    params: codeParams,
    querystring: versionQuery,
    response: { 204: noContent, ...errorResponses },
  }),
};
