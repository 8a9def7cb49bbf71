import { z } from 'zod';
import { cleanText } from '../text/normalize';
import { isIsoDate } from '../dates';
import type { FieldProblem } from '../errors';
import { CURRENT_STRUCTURE_FROM } from '../units/structure';
import { COMMUNE_PRE_ASSESSMENT_CRITERIA, PRE_ASSESSMENT_RESULTS } from './dossier.machine';
import { MAX_CYCLE_YEAR, MIN_CYCLE_YEAR, cycleSteps } from './cycle';
import type { LocalizedText } from './state-machine';

/**
 * Zod schemas of the cycle's forms (steps 1–4 and the commune pre-assessment). Messages are
 * i18n keys ("errors.required", …) translated by the server and the web client; each issue's
 * `path` names the field. Text is NFC-normalised and trimmed; money is integer VND ≥ 0.
 */

/* ------------------------------------ building blocks ------------------------------------ */

type IssueLike = { readonly input?: unknown; readonly code?: string };

/** Missing → "errors.required"; present but of the wrong type → `key`. */
const typeError = (key = 'errors.invalidType') => (iss: IssueLike) =>
  iss.input === undefined || iss.input === null ? 'errors.required' : key;

const objectError = (iss: IssueLike) =>
  iss.code === 'unrecognized_keys' ? 'errors.unknownField' : typeError()(iss);

function form<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, { error: objectError });
}

/** A required one-line text: NFC, trimmed, inner white space collapsed. */
function line(max: number) {
  return z
    .string({ error: typeError() })
    .overwrite(cleanText)
    .min(1, { error: 'errors.required' })
    .max(max, { error: 'errors.tooLong' });
}

/** A required multi-line text: NFC and trimmed, line breaks kept. */
function paragraph(max: number) {
  return z
    .string({ error: typeError() })
    .overwrite((s) => s.normalize('NFC').trim())
    .min(1, { error: 'errors.required' })
    .max(max, { error: 'errors.tooLong' });
}

function optionalParagraph(max: number) {
  return z
    .string({ error: typeError() })
    .overwrite((s) => s.normalize('NFC').trim())
    .max(max, { error: 'errors.tooLong' })
    .optional();
}

function integer(min: number, max = Number.MAX_SAFE_INTEGER) {
  return z
    .number({ error: typeError() })
    .int({ error: 'errors.integer' })
    .min(min, { error: 'errors.tooSmall' })
    .max(max, { error: 'errors.tooBig' });
}

/** An amount of money in whole Vietnamese đồng, ≥ 0. */
export const vndSchema = integer(0);

/** A real calendar date YYYY-MM-DD (the format check also gives the OpenAPI `format: date`). */
export const isoDateSchema = z.iso.date({ error: typeError('errors.invalidDate'), abort: true }).refine(isIsoDate, { error: 'errors.invalidDate' });

export const cycleYearSchema = z
  .number({ error: typeError() })
  .int({ error: 'errors.integer' })
  .min(MIN_CYCLE_YEAR, { error: 'errors.year.range' })
  .max(MAX_CYCLE_YEAR, { error: 'errors.year.range' });

export const idSchema = z.uuid({ error: typeError('errors.invalidFormat') });

/** Administrative unit code (official numeric codes; letters tolerated for future units). */
export const unitCodeSchema = z
  .string({ error: typeError() })
  .trim()
  .regex(/^[0-9A-Za-z._-]{1,20}$/, { error: 'errors.invalidFormat' });

/** Official product group "1"–"6" (148/2023 Appendix I). */
export const groupCodeSchema = z
  .string({ error: typeError() })
  .trim()
  .regex(/^[1-6]$/, { error: 'errors.invalidFormat' });

/** Official subgroup "1.1", "3.2" … */
export const subgroupCodeSchema = z
  .string({ error: typeError() })
  .trim()
  .regex(/^[1-6]\.[0-9]{1,2}$/, { error: 'errors.invalidFormat' });

function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: typeError('errors.invalidEnum') });
}

/** Adds an issue when a subgroup does not belong to its group (e.g. 3.2 under group 1). */
function checkSubgroup(
  value: { groupCode?: unknown; subgroupCode?: unknown },
  ctx: z.core.$RefinementCtx,
  path: (string | number)[] = [],
): void {
  const { groupCode, subgroupCode } = value;
  if (typeof groupCode === 'string' && typeof subgroupCode === 'string' && !subgroupCode.startsWith(`${groupCode}.`)) {
    ctx.addIssue({ code: 'custom', message: 'errors.subgroup.mismatch', path: [...path, 'subgroupCode'], params: { code: subgroupCode, group: groupCode } });
  }
}

function checkUnique(values: unknown, ctx: z.core.$RefinementCtx, path: (string | number)[]): void {
  if (!Array.isArray(values)) return;
  const seen = new Set<unknown>();
  values.forEach((v, i) => {
    if (seen.has(v)) ctx.addIssue({ code: 'custom', message: 'errors.duplicate', path: [...path, i] });
    seen.add(v);
  });
}

/* --------------------------------------- code lists --------------------------------------- */

/** Entity types (same codes as the entity registry). */
export const ENTITY_TYPES = ['enterprise', 'cooperative', 'cooperative_group', 'household'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const ENTITY_TYPE_LABELS: { readonly [T in EntityType]: LocalizedText } = {
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  cooperative: { vi: 'Hợp tác xã', en: 'Cooperative' },
  cooperative_group: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  household: { vi: 'Hộ sản xuất, kinh doanh', en: 'Household business' },
};

/** Kinds of support given in step 4 (SPEC C3). */
export const SUPPORT_KINDS = ['training', 'advice', 'loan', 'technology', 'ip', 'packaging'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
/** Support a proposer may ask for on the idea form: the kinds above plus market connection. */
export const SUPPORT_WANTED = [...SUPPORT_KINDS, 'market'] as const;
export type SupportWanted = (typeof SUPPORT_WANTED)[number];
export const SUPPORT_LABELS: { readonly [K in SupportWanted]: LocalizedText } = {
  training: { vi: 'Đào tạo, tập huấn', en: 'Training' },
  advice: { vi: 'Tư vấn tại chỗ', en: 'On-site advice' },
  loan: { vi: 'Vay vốn', en: 'Loans' },
  technology: { vi: 'Đề tài, dự án khoa học – công nghệ', en: 'Science and technology projects' },
  ip: { vi: 'Đăng ký nhãn hiệu, sở hữu trí tuệ', en: 'Trademark and IP registration' },
  packaging: { vi: 'Thiết kế bao bì, nhãn mác', en: 'Packaging and label design' },
  market: { vi: 'Kết nối thị trường', en: 'Market connection' },
};

/** Capital sources (funding tables of the source documents). */
export const CAPITAL_SOURCES = ['own', 'credit', 'provincialBudget', 'districtBudget', 'integratedProgrammes', 'other'] as const;
export type CapitalSource = (typeof CAPITAL_SOURCES)[number];
export const CAPITAL_SOURCE_LABELS: { readonly [K in CapitalSource]: LocalizedText } = {
  own: { vi: 'Vốn tự có', en: 'Own capital' },
  credit: { vi: 'Vay vốn tín dụng', en: 'Credit' },
  provincialBudget: { vi: 'Ngân sách tỉnh', en: 'Provincial budget' },
  districtBudget: { vi: 'Ngân sách huyện (trước 01/7/2025)', en: 'District budget (before 2025-07-01)' },
  integratedProgrammes: { vi: 'Lồng ghép các chương trình, dự án', en: 'Integrated programmes' },
  other: { vi: 'Nguồn huy động khác', en: 'Other sources' },
};

/** The last year with districts: they were abolished on 2025-07-01 (two-level local government). */
export const LAST_YEAR_WITH_DISTRICTS = Number(CURRENT_STRUCTURE_FROM.slice(0, 4));

/** The capital sources a form offers for a year: no district budget once districts are gone. */
export function capitalSourcesFor(year: number): readonly CapitalSource[] {
  return year > LAST_YEAR_WITH_DISTRICTS ? CAPITAL_SOURCES.filter((k) => k !== 'districtBudget') : CAPITAL_SOURCES;
}

/** Communication activity kinds (the communication table officers keep). */
export const COMMUNICATION_KINDS = ['article', 'reportage', 'broadcast', 'loudspeaker', 'conference'] as const;
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];
export const COMMUNICATION_KIND_LABELS: { readonly [K in CommunicationKind]: LocalizedText } = {
  article: { vi: 'Tin, bài trên trang web, ấn phẩm', en: 'News items and articles (web, print)' },
  reportage: { vi: 'Phóng sự', en: 'Reportages' },
  broadcast: { vi: 'Buổi phát tin trên truyền thanh – truyền hình', en: 'Radio and TV broadcasts' },
  loudspeaker: { vi: 'Lượt phát trên loa truyền thanh', en: 'Loudspeaker slots' },
  conference: { vi: 'Hội nghị, hội thảo', en: 'Conferences and workshops' },
};

/* ------------------------------------- step 2: idea ------------------------------------- */

export const rawMaterialSchema = form({
  name: line(200),
  origin: line(300),
  /** Sourced in the locality (a product using no local raw material is excluded). */
  local: z.boolean({ error: typeError() }),
});

export const proposedEntitySchema = form({
  name: line(300),
  type: enumOf(ENTITY_TYPES),
});

export const ideaResourcesSchema = form({
  landM2: z.number({ error: typeError() }).min(0, { error: 'errors.tooSmall' }).optional(),
  labour: integer(0).optional(),
  capitalVnd: vndSchema.optional(),
  equipment: optionalParagraph(2000),
});

export const ideaFormSchema = form({
  cycleYear: cycleYearSchema.optional(),
  proposerName: line(200),
  /** An existing entity… */
  entityId: idSchema.optional(),
  /** …or the entity the proposer will found (exactly one of the two). */
  proposedEntity: proposedEntitySchema.optional(),
  productName: line(200),
  description: paragraph(5000),
  groupCode: groupCodeSchema,
  subgroupCode: subgroupCodeSchema.optional(),
  rawMaterials: z.array(rawMaterialSchema, { error: typeError() }).max(50, { error: 'errors.tooBig' }).default([]),
  targetMarket: paragraph(2000),
  resources: ideaResourcesSchema.default({}),
  supportWanted: z.array(enumOf(SUPPORT_WANTED), { error: typeError() }).default([]),
}).superRefine((v, ctx) => {
  const hasEntity = v.entityId !== undefined;
  const hasProposed = v.proposedEntity !== undefined;
  if (hasEntity === hasProposed) ctx.addIssue({ code: 'custom', message: 'errors.cycle.entityChoice', path: ['entityId'] });
  checkSubgroup(v, ctx);
  checkUnique(v.supportWanted, ctx, ['supportWanted']);
});
export type IdeaForm = z.output<typeof ideaFormSchema>;
export type IdeaFormInput = z.input<typeof ideaFormSchema>;

/* --------------------------------- step 3: business plan --------------------------------- */

const capitalShape = {
  own: vndSchema.default(0),
  credit: vndSchema.default(0),
  provincialBudget: vndSchema.default(0),
  districtBudget: vndSchema.default(0),
  integratedProgrammes: vndSchema.default(0),
  other: vndSchema.default(0),
};

export const capitalBySourceSchema = form(capitalShape);
export type CapitalBySource = z.output<typeof capitalBySourceSchema>;

/** Total of a capital-by-source record. */
export function totalCapital(capital: Partial<Record<CapitalSource, number>>): number {
  return CAPITAL_SOURCES.reduce((sum, k) => sum + (capital[k] ?? 0), 0);
}

export const businessPlanFormSchema = form({
  ideaId: idSchema.optional(),
  entityId: idSchema.optional(),
  product: form({
    name: line(200),
    description: paragraph(5000),
    groupCode: groupCodeSchema,
    subgroupCode: subgroupCodeSchema.optional(),
    packaging: optionalParagraph(2000),
    expectedPriceVnd: vndSchema.optional(),
  }).superRefine((v, ctx) => checkSubgroup(v, ctx)),
  marketAndCustomers: form({
    targetCustomers: paragraph(3000),
    marketArea: paragraph(3000),
    competitors: optionalParagraph(3000),
    channels: optionalParagraph(3000),
    promotion: optionalParagraph(3000),
  }),
  production: form({
    rawMaterials: paragraph(3000),
    process: paragraph(5000),
    capacity: paragraph(2000),
    facilities: optionalParagraph(3000),
    qualityStandards: optionalParagraph(3000),
  }),
  organisation: form({
    form: enumOf(ENTITY_TYPES),
    members: integer(0).optional(),
    employees: integer(0).optional(),
    management: paragraph(3000),
  }),
  finance: form({
    investmentVnd: vndSchema,
    expectedRevenueVnd: vndSchema,
    expectedCostVnd: vndSchema,
    expectedProfitVnd: vndSchema,
    breakEvenMonths: integer(0, 600),
    capitalBySource: capitalBySourceSchema.default({
      own: 0,
      credit: 0,
      provincialBudget: 0,
      districtBudget: 0,
      integratedProgrammes: 0,
      other: 0,
    }),
  }),
});
export type BusinessPlanForm = z.output<typeof businessPlanFormSchema>;
export type BusinessPlanFormInput = z.input<typeof businessPlanFormSchema>;
/** The plan as stored and filed: the form without the idea and entity it was started from. */
export type BusinessPlanContent = Omit<BusinessPlanForm, 'ideaId' | 'entityId'>;

/* ---------------------------------- step 4: implementation ---------------------------------- */

export const supportRecordSchema = form({
  kind: enumOf(SUPPORT_KINDS),
  date: isoDateSchema,
  provider: line(300),
  amountVnd: vndSchema.optional(),
  note: optionalParagraph(2000),
});
export type SupportRecord = z.output<typeof supportRecordSchema>;

/** Capital mobilised in a year, by source. */
export const capitalMobilisedSchema = form({ year: cycleYearSchema, ...capitalShape }).superRefine((v, ctx) => {
  for (const p of capitalProblems(v)) ctx.addIssue({ code: 'custom', message: p.code, path: [p.path], params: p.params });
});

/** A year's capital may not name a source that did not exist that year (the district budget after 2025). */
export function capitalProblems(v: { year: number; districtBudget?: number }): FieldProblem[] {
  return (v.districtBudget ?? 0) > 0 && v.year > LAST_YEAR_WITH_DISTRICTS
    ? [{ path: 'districtBudget', code: 'errors.capital.noDistrictBudget', params: { year: v.year } }]
    : [];
}
export type CapitalMobilised = z.output<typeof capitalMobilisedSchema>;

/* ----------------------------- step 1: communication and training ----------------------------- */

function checkDateInYear(v: { date?: unknown; year?: unknown }, ctx: z.core.$RefinementCtx): void {
  if (typeof v.date === 'string' && isIsoDate(v.date) && typeof v.year === 'number' && Number(v.date.slice(0, 4)) !== v.year) {
    ctx.addIssue({ code: 'custom', message: 'errors.cycle.dateOutsideYear', path: ['date'], params: { year: v.year } });
  }
}

export const communicationLogSchema = form({
  kind: enumOf(COMMUNICATION_KINDS),
  /** How many (articles, reportages, broadcasts, loudspeaker slots, conferences). */
  count: integer(1),
  budgetVnd: vndSchema.default(0),
  /** The administrative unit the activity is counted for. */
  unitCode: unitCodeSchema,
  year: cycleYearSchema,
  date: isoDateSchema,
  title: z.string({ error: typeError() }).overwrite(cleanText).max(500, { error: 'errors.tooLong' }).optional(),
}).superRefine(checkDateInYear);
export type CommunicationLogEntry = z.output<typeof communicationLogSchema>;

export const trainingClassSchema = form({
  topic: line(500),
  participants: integer(1),
  budgetVnd: vndSchema.default(0),
  date: isoDateSchema,
  /** Defaults to the officer's unit when omitted (the service fills it). */
  unitCode: unitCodeSchema.optional(),
});
export type TrainingClass = z.output<typeof trainingClassSchema>;

/* ------------------------------ step 5: commune pre-assessment ------------------------------ */

const preAssessmentEntry = form({
  result: enumOf(PRE_ASSESSMENT_RESULTS),
  note: optionalParagraph(2000),
});

type CriterionCode = (typeof COMMUNE_PRE_ASSESSMENT_CRITERIA)[number]['code'];

export const communePreAssessmentSchema = form({
  results: form(
    Object.fromEntries(COMMUNE_PRE_ASSESSMENT_CRITERIA.map((c) => [c.code, preAssessmentEntry])) as {
      [K in CriterionCode]: typeof preAssessmentEntry;
    },
  ),
  note: optionalParagraph(3000),
});
export type CommunePreAssessment = z.output<typeof communePreAssessmentSchema>;

/* --------------------------------------- cycle calendar --------------------------------------- */

export const cycleCalendarEntrySchema = form({
  step: integer(1, 6),
  opensOn: isoDateSchema,
  deadline: isoDateSchema,
});

/** A province's calendar for a year: the 6 steps once each, opening ≤ deadline. */
export const cycleCalendarSchema = z
  .array(cycleCalendarEntrySchema, { error: typeError() })
  .superRefine((entries, ctx) => {
    const seen = new Set<number>();
    entries.forEach((e, i) => {
      if (seen.has(e.step)) ctx.addIssue({ code: 'custom', message: 'errors.duplicate', path: [i, 'step'] });
      seen.add(e.step);
      if (typeof e.opensOn === 'string' && typeof e.deadline === 'string' && e.opensOn > e.deadline) {
        ctx.addIssue({ code: 'custom', message: 'errors.cycle.deadlineBeforeOpening', path: [i, 'deadline'] });
      }
    });
    if (cycleSteps.some((s) => !seen.has(s.step))) ctx.addIssue({ code: 'custom', message: 'errors.cycle.stepsMissing', path: [] });
  });
