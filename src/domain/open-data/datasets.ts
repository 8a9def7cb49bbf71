/**
 * The open data sets of the public portal (SPEC C7): their columns, in the order of the CSV
 * files, and the licence they are published under. The JSON files carry the same fields.
 */

export const OPEN_DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Nguồn: Hệ thống thông tin OCOP (OCOP information system)',
} as const;

export const PRODUCT_COLUMNS = [
  'id', 'name', 'group_code', 'group_name', 'subgroup_code', 'subgroup_name', 'stars',
  'certificate_number', 'certificate_issued_on', 'certificate_valid_until', 'certificate_status',
  'entity_id', 'entity_name', 'entity_type', 'province_code', 'province_name', 'unit_structure', 'commune_code', 'commune_name', 'gtin',
] as const;

export const CERTIFICATE_COLUMNS = [
  'number', 'product_id', 'product_name', 'entity_id', 'entity_name', 'stars', 'level', 'issuer',
  'decision_number', 'decision_date', 'issued_on', 'valid_until', 'status', 'revoked_on', 'superseded_on',
  'province_code', 'province_name', 'unit_structure', 'commune_code', 'commune_name',
] as const;

/** Sales points as the trade contract describes them (src/contracts/trade.ts, salesPointSchema). */
export const SALES_POINT_COLUMNS = [
  'id', 'name', 'kind', 'address', 'latitude', 'longitude', 'funding', 'status', 'opened_on', 'operator', 'phone',
  'province_code', 'province_name', 'commune_code', 'commune_name', 'product_ids',
] as const;

export const DATASETS = {
  products: PRODUCT_COLUMNS,
  certificates: CERTIFICATE_COLUMNS,
  'sales-points': SALES_POINT_COLUMNS,
} as const;
export type DatasetName = keyof typeof DATASETS;

export type Cell = string | number | null;
export type Row<C extends readonly string[]> = { [K in C[number]]: Cell };

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function field(value: Cell): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 byte-order mark, so that Excel
 * opens Vietnamese text correctly. Values are written as they are (no spreadsheet escaping):
 * this is data for machines and people alike, and must parse back to the JSON file's values.
 */
export function toCsv<C extends readonly string[]>(columns: C, rows: ReadonlyArray<Row<C>>): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c as C[number]])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
