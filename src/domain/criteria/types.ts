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
  options: CriterionOption[];
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
  sections: Section[];
  criteria: Criterion[];
  recognition: RecognitionRules;
  status: CriteriaSetStatus;
  /** true while points are demo values not yet confirmed against the official appendix. */
  toBeConfirmed: boolean;
  note?: Localized;
}
