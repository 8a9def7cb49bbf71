/**
 * Criteria sets (bộ tiêu chí) as versioned data: which decision issued them, when and to which
 * product groups they apply, the A/B/C parts, the criteria with their graded options, and the
 * recognition procedure (which authority level recognises which star class).
 * The JSON files in resources/criteria-sets/ have exactly this shape (checked by
 * criteria-set.schema.ts).
 */

/** Text in both product languages; Vietnamese is the reference wording. */
export interface Localized {
  vi: string;
  en: string;
}

/** Calendar date as 'YYYY-MM-DD'. */
export type IsoDate = string;

export const PART_CODES = ['A', 'B', 'C'] as const;
export type PartCode = (typeof PART_CODES)[number];

/** Product group codes of the official classification (resources/classification). */
export const PRODUCT_GROUP_CODES = ['1', '2', '3', '4', '5', '6'] as const;
export type ProductGroupCode = (typeof PRODUCT_GROUP_CODES)[number];

export function isProductGroupCode(value: string): value is ProductGroupCode {
  return (PRODUCT_GROUP_CODES as readonly string[]).includes(value);
}

/** Administrative levels that take part in evaluation, bottom-up. */
export const AUTHORITY_LEVELS = ['commune', 'district', 'province', 'central'] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

/** Star classes that can be recognised (certified); 1★ and 2★ never are. */
export type RecognisableStars = 3 | 4 | 5;

export const CRITERIA_SET_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type CriteriaSetStatus = (typeof CRITERIA_SET_STATUSES)[number];

export interface Decision {
  /** As written on the document, e.g. "148/QĐ-TTg". */
  number: string;
  title: Localized;
  issuer: Localized;
  signedOn: IsoDate;
  /** Rule version codes this decision amends or replaces. */
  amends?: string;
  replaces?: string[];
}

export interface Part {
  code: PartCode;
  name: Localized;
  maxPoints: number;
}

export interface Section {
  /** e.g. "A1" */
  code: string;
  part: PartCode;
  name: Localized;
}

export interface CriterionOption {
  /** Unique within the criterion, e.g. "a". */
  code: string;
  label: Localized;
  points: number;
  /**
   * For criteria that offer alternative cases (e.g. 3.2: companies versus households): the
   * case this option belongs to, 1-based. The member answers one option of one case.
   */
  case?: number;
  /** The evidence a council expects for this option (shown to producers and members). */
  hint?: Localized;
}

export interface Disqualifying {
  /** Choosing one of these options excludes the product (e.g. no local raw material). */
  optionCodes: string[];
  reason: Localized;
}

export interface Criterion {
  /** e.g. "A1.1"; starts with its section code. */
  code: string;
  part: PartCode;
  /** e.g. "A1" */
  section: string;
  name: Localized;
  maxPoints: number;
  disqualifying?: Disqualifying;
  /**
   * false when a producer cannot act on the criterion directly (the council's sensory
   * judgement): feedback then leaves it out of improvement plans. Default true.
   */
  improvable?: boolean;
  note?: Localized;
  /** Title of the heading this criterion sits under on the sheet (e.g. "6.1. Ngoại hình"). */
  heading?: Localized;
  /** Evidence a council expects for the criterion as a whole. */
  hint?: Localized;
  options: CriterionOption[];
}

/**
 * Knock-out rules of a sheet, as the sheets' footnotes state them:
 * - `excluded` ("Bị loại nếu…"): the product fails whatever its total;
 * - `stop` ("Không đánh giá các bước tiếp theo nếu…"): scoring stops at this criterion, the
 *   sheet cannot be completed and the product is not recognised.
 * What triggers it: `declared` — the member ticks the condition (it is not one of the
 * options, e.g. "all raw material imported"); `zero` — one of `criteria` scored 0 points;
 * `options` — one of `optionCodes` of `criterion` was chosen.
 */
export const KNOCK_OUT_KINDS = ['excluded', 'stop'] as const;
export type KnockOutKind = (typeof KNOCK_OUT_KINDS)[number];
export const KNOCK_OUT_TRIGGERS = ['declared', 'zero', 'options'] as const;
export type KnockOutTrigger = (typeof KNOCK_OUT_TRIGGERS)[number];

export interface KnockOutRule {
  /** Unique within the sheet, e.g. "KO1"; a declared knock-out is answered as `ko:<code>`. */
  code: string;
  kind: KnockOutKind;
  /** The criterion the rule sits on (where the member meets it on the sheet). */
  criterion: string;
  trigger: KnockOutTrigger;
  /** trigger `zero`: the criteria whose 0 points trigger it (default: `criterion`). */
  criteria?: string[];
  /** trigger `options`: the options of `criterion` that trigger it. */
  optionCodes?: string[];
  /** The condition as the sheet words it. */
  reason: Localized;
}

/**
 * A minimum criterion of a star class (781/2020, Appendix II item 6): a product reaches
 * `stars` only when the council's mean points of `criterion` are at least `minPoints`.
 * Minimums are cumulative: a class needs the minimums of every class below it too.
 */
export interface StarMinimum {
  stars: 2 | 3 | 4 | 5;
  criterion: string;
  minPoints: number;
  label: Localized;
}

/** One score sheet (phiếu chấm) of a version: the criteria of one or more product sets. */
export interface Sheet {
  /** Unique within the version, e.g. "che-tuoi". */
  code: string;
  name: Localized;
  /** Product-set codes (resources/classification/product-sets.json) scored on this sheet. */
  productSets: string[];
  /** Shared sections of the version (`sharedSections[].ref`) this sheet includes, in order. */
  uses?: string[];
  sections: Section[];
  criteria: Criterion[];
  knockOuts?: KnockOutRule[];
  starMinimums?: StarMinimum[];
  /** true while the sheet is incomplete or a stand-in; `note` says why. */
  toBeConfirmed?: boolean;
  note?: Localized;
}

/** A section (with its criteria) several sheets of one version share. */
export interface SharedSection {
  ref: string;
  section: Section;
  criteria: Criterion[];
}

/** Lowest total of a star class (the bands of a version; 1★ starts at 0). */
export interface StarBand {
  stars: 1 | 2 | 3 | 4 | 5;
  minTotal: number;
}

export interface RecognitionLevelRule {
  level: AuthorityLevel;
  /** Star classes this level's People's Committee may recognise. Empty: it only scores/proposes. */
  recognises: RecognisableStars[];
  /** Totals at or above this are forwarded to `forwardTo` instead of being decided here. */
  forwardAtOrAbove?: number | null;
  forwardTo?: AuthorityLevel | null;
  /** Criteria this level pre-assesses (commune under 1489/2025). */
  preAssessedCriteria?: string[];
  /** Working days this level has for its step, when the decision sets one. */
  deadlineDays?: number | null;
  note?: Localized;
}

export interface RecognitionRules {
  /** Bottom-up, each level at most once. */
  levels: RecognitionLevelRule[];
  note?: Localized;
}

export interface CriteriaSet {
  /** Unique identifier of this data set, e.g. "148-2023". */
  code: string;
  /** The rule version (decision) whose procedure applies; several sets may share it. */
  ruleVersion: string;
  decision: Decision;
  effectiveFrom: IsoDate;
  /** Last day in force (inclusive); null while open-ended. */
  effectiveTo: IsoDate | null;
  groups: ProductGroupCode[];
  /** Group names as the decision wrote them (older versions named groups differently). */
  groupNames?: Partial<Record<ProductGroupCode, Localized>>;
  parts: Part[];
  /** The version's single sheet (older data) — empty when the version has `sheets`. */
  sections: Section[];
  criteria: Criterion[];
  /** Knock-outs and star minimums of the single sheet. */
  knockOuts?: KnockOutRule[];
  starMinimums?: StarMinimum[];
  /** One score sheet per product set (1048/2019 onwards); a product is scored on its set's. */
  sheets?: Sheet[];
  sharedSections?: SharedSection[];
  /** Star bands; default 1★ < 30 ≤ 2★ < 50 ≤ 3★ < 70 ≤ 4★ < 90 ≤ 5★. */
  starBands?: StarBand[];
  /** What is known to be missing from the version's minimums (e.g. the 5★ minimums of 781). */
  minimumsNote?: Localized;
  /** Set by `sheetFor`: the sheet this resolved set is. */
  sheet?: { code: string; name: Localized; note?: Localized } | undefined;
  recognition: RecognitionRules;
  status: CriteriaSetStatus;
  /** true while points are demo values not yet confirmed against the official appendix. */
  toBeConfirmed: boolean;
  note?: Localized;
}
