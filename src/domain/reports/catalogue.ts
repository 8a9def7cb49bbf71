/**
 * The programme reports of SPEC C5: their codes, what each takes, and the formats a report
 * can be produced in. Plain data shared by the contract, the policy and the services.
 */

export const REPORT_CODES = [
  'products-by-star',
  'entities',
  'localities',
  'certificates',
  'funnel',
  'communication',
  'funding',
  'product-growth',
  'national-summary',
  'targets',
  'documents',
  'trade',
] as const;
export type ReportCode = (typeof REPORT_CODES)[number];

/** `json` is the report itself; the others are files rendered from it (see services/reports/formats). */
export const REPORT_FORMATS = ['json', 'xlsx', 'csv', 'docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Reports the public (no session) may run, on certified data only. */
export const PUBLIC_REPORTS: readonly ReportCode[] = ['products-by-star', 'entities', 'localities', 'national-summary'];

/** The query parameters a report reads besides `format`. */
export type ReportParameter = 'unit' | 'from' | 'to' | 'product' | 'entity';

export const REPORT_PARAMETERS: Record<ReportCode, readonly ReportParameter[]> = {
  'products-by-star': ['unit', 'from', 'to'],
  entities: ['unit', 'from', 'to'],
  localities: ['unit', 'from', 'to'],
  certificates: ['unit', 'from', 'to'],
  funnel: ['unit', 'from', 'to'],
  communication: ['unit', 'from', 'to'],
  funding: ['unit', 'from', 'to'],
  'product-growth': ['product', 'entity', 'from', 'to'],
  'national-summary': ['from', 'to'],
  targets: ['unit', 'from', 'to'],
  documents: ['unit', 'from', 'to'],
  trade: ['unit', 'from', 'to'],
};

/** The earliest year a report covers (the programme started in 2018; Quảng Ninh's pilot earlier). */
export const MIN_REPORT_YEAR = 2000;

/**
 * The most rows a report's list (its products, its entities) holds in JSON and in the .docx/.pdf
 * documents; the .xlsx and .csv exports hold the whole list. The nation's product list runs to
 * ~200,000 rows: nobody reads that on a screen, and building it would take the report from
 * milliseconds to tens of seconds. The list's `total` gives its full length.
 */
export const REPORT_LIST_LIMIT = 1000;

/** Formats whose file holds a report's whole list (spreadsheets, for filtering and sorting). */
export const FULL_LIST_FORMATS: readonly string[] = ['xlsx', 'csv'];

/** The unit code of the whole country. */
export const NATION = 'VN';

/** How a column's values are typed: percentages are numbers in percent (74.36 means 74.36 %). */
export const COLUMN_KINDS = ['text', 'number', 'percent'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];
