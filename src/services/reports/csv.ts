import type { Report, ReportColumn, ReportRow } from '../../contracts/reports';
import type { Lang } from '../../i18n/lang';
import { registerReportFormat } from './formats';

/**
 * A report's main table as CSV: UTF-8 with a byte-order mark (so Excel reads Vietnamese
 * correctly), comma-separated, CRLF line ends, a header row (a column's group before its
 * label), the rows and the totals row. Numbers are written plainly (dot decimals),
 * percentages in percent, as in the JSON.
 */
const BOM = '\uFEFF';

function field(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function header(c: ReportColumn): string {
  return c.group ? `${c.group} – ${c.label}` : c.label;
}

export function reportToCsv(report: Report): string {
  const lines = [report.columns.map((c) => field(header(c))).join(',')];
  const rows: ReportRow[] = report.totals ? [...report.rows, report.totals] : report.rows;
  for (const row of rows) lines.push(report.columns.map((c) => field(row[c.key])).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

registerReportFormat('csv', async (report: Report, _lang: Lang) => ({
  body: Buffer.from(reportToCsv(report), 'utf8'),
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
}));
