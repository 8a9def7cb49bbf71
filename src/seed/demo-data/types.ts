/**
 * Types of the demo data set (pure constants, no I/O).
 *
 * The demo records are built from the real names and figures of the Vietnamese source
 * documents (Cẩm Phả / Quảng Ninh 2016–2019, Quảng Ngãi 2022, Nghệ An 2019–2020).
 * Invented details (tax codes, phone numbers, representatives where the documents name
 * none, stories) are fictional and kept modest; see the comments in each province file.
 */

export type EntityType = 'enterprise' | 'cooperative' | 'cooperative_group' | 'household';

/** A reference to an administrative unit; codes are reused across structures, so the structure is always stored. */
export interface UnitRef {
  structure: 'current' | 'legacy';
  code: string;
}

export interface DemoEntity {
  key: string;
  type: EntityType;
  /** e.g. 'Công ty cổ phần', 'Công ty TNHH một thành viên' for enterprises */
  legalForm?: string;
  name: string;
  /** Mã số thuế (10 digits, last digit is the check digit); fictional but valid */
  taxCode?: string;
  representative: string;
  address: string;
  /** CURRENT structure commune where the entity is today */
  unit: UnitRef;
  foundedYear?: number;
  members?: number;
  employees?: number;
  womanLed: boolean;
  ethnicMinorityLed: boolean;
  /** e.g. 'VietGAP', 'HACCP', 'ISO 22000' */
  certifications: string[];
  phone?: string;
  email?: string;
  website?: string;
}

export interface StarRecord {
  stars: 1 | 2 | 3 | 4 | 5;
  year: number;
  level: 'district' | 'province' | 'central';
  /** unit that recognised it / the product is recorded under, legacy structure, e.g. district 195 */
  legacyUnit?: UnitRef;
  /**
   * Key of the demo history round (`DemoHistoryRound`) that recognised it: that round's
   * members score the product on the sheet of the rule version in force and its approval
   * issues the certificate and this record. Absent for recognitions under rules the platform
   * does not hold (before 21/08/2019): those are plain records.
   */
  round?: string;
}

/**
 * An evaluation round of the past, seeded with its council's score sheets on the real sheets
 * of the rule version in force on `date`, closed and approved with its decision.
 */
export interface DemoHistoryRound {
  key: string;
  name: string;
  level: 'province';
  /** The round's unit (current structure: the province). */
  provinceCode: string;
  date: string;
  decisionNumber: string;
  decisionDate: string;
  /** Seeds the spread of the members' answers and the products' totals. */
  seed: number;
}

export interface DemoProduct {
  key: string;
  entityKey: string;
  name: string;
  /** codes of resources/classification/product-groups.json */
  groupCode: string;
  subgroupCode: string;
  description: string;
  story?: string;
  rawMaterialOrigin?: string;
  packaging?: string;
  qualityStandard?: string;
  trademark?: string;
  gtin?: string;
  priceVnd?: number;
  priceUnit?: string;
  whereToBuy?: string;
  /** oldest first */
  stars: StarRecord[];
}

/** Yearly business figures of a product; amounts in VND (integers). */
export interface DemoFigure {
  productKey: string;
  year: number;
  revenueVnd: number;
  costVnd: number;
  profitVnd: number;
  output?: number;
  outputUnit?: string;
  employees?: number;
}
