import ExcelJS from 'exceljs';
import type { Report, ReportColumn, ReportRow } from '../../contracts/reports';
import { formatDateVi, toIsoDate } from '../../domain/dates';
import type { Lang } from '../../i18n/lang';
import { t } from './builder';
import { registerReportFormat, type RenderProgress } from './formats';

/**
 * A report as an Excel workbook: a title block (report, unit, years, comparison), Vietnamese
 * headers (spanning group headers where columns share a group), numbers kept as numbers with
 * number formats as cell formats (thousands, percentages), the header row frozen and the
 * totals row in bold; each further table on its own sheet.
 */
export const NUMBER_FORMAT = '#,##0';
export const DECIMAL_FORMAT = '#,##0.##';
export const PERCENT_FORMAT = '0.00%';

function titleBlock(sheet: ExcelJS.Worksheet, report: Report, lang: Lang, title: string, width: number): number {
  const lines = [
    title,
    `${t(lang, 'reports.xlsx.unit')}: ${report.unit.name}`,
    report.from === report.to ? `${t(lang, 'reports.xlsx.year')}: ${report.from}` : `${t(lang, 'reports.xlsx.years')}: ${report.from}–${report.to}`,
    ...(report.comparison ? [`${t(lang, 'reports.xlsx.comparison')}: ${report.comparison.from === report.comparison.to ? report.comparison.from : `${report.comparison.from}–${report.comparison.to}`}`] : []),
    `${t(lang, 'reports.xlsx.generated')}: ${formatDateVi(toIsoDate(report.generatedAt))}`,
  ];
  lines.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = text;
    row.font = i === 0 ? { bold: true, size: 14 } : { italic: true };
    if (width > 1) sheet.mergeCells(i + 1, 1, i + 1, width);
  });
  return lines.length + 2; // a blank row after the block
}

function cellValue(c: ReportColumn, v: ReportRow[string] | undefined): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (c.kind === 'percent' && typeof v === 'number') return v / 100;
  return v;
}

function numFmtOf(c: ReportColumn, rows: ReportRow[]): string | undefined {
  if (c.kind === 'percent') return PERCENT_FORMAT;
  if (c.kind !== 'number') return undefined;
  return rows.some((r) => typeof r[c.key] === 'number' && !Number.isInteger(r[c.key])) ? DECIMAL_FORMAT : NUMBER_FORMAT;
}

function writeTable(sheet: ExcelJS.Worksheet, startRow: number, columns: ReportColumn[], rows: ReportRow[], totals: ReportRow | null, notes: string[]): void {
  let r = startRow;
  const hasGroups = columns.some((c) => c.group);
  if (hasGroups) {
    const groupRow = sheet.getRow(r);
    let i = 0;
    while (i < columns.length) {
      let j = i;
      while (j + 1 < columns.length && columns[i].group && columns[j + 1].group === columns[i].group) j++;
      groupRow.getCell(i + 1).value = columns[i].group ?? columns[i].label;
      if (j > i) sheet.mergeCells(r, i + 1, r, j + 1);
      else if (!columns[i].group) sheet.mergeCells(r, i + 1, r + 1, i + 1);
      i = j + 1;
    }
    groupRow.font = { bold: true };
    groupRow.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    r++;
  }
  const header = sheet.getRow(r);
  columns.forEach((c, i) => {
    if (!hasGroups || c.group) header.getCell(i + 1).value = c.label;
  });
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: r, xSplit: 0 }];
  const formats = columns.map((c) => numFmtOf(c, totals ? [...rows, totals] : rows));
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  const write = (row: ReportRow, bold: boolean) => {
    r++;
    const xr = sheet.getRow(r);
    columns.forEach((c, i) => {
      const cell = xr.getCell(i + 1);
      cell.value = cellValue(c, row[c.key]);
      if (formats[i]) cell.numFmt = formats[i]!;
      cell.border = border;
    });
    if (bold) xr.font = { bold: true };
  };
  for (const row of rows) write(row, false);
  if (totals) write(totals, true);
  for (let hr = startRow; hr <= startRow + (hasGroups ? 1 : 0); hr++) sheet.getRow(hr).eachCell({ includeEmpty: true }, (cell) => (cell.border = border));
  r += 1;
  for (const note of notes) {
    r++;
    sheet.getRow(r).getCell(1).value = note;
    sheet.getRow(r).font = { italic: true };
  }
  columns.forEach((c, i) => {
    const longest = Math.max(c.label.length, ...rows.map((row) => String(row[c.key] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(50, Math.max(c.kind === 'text' ? 12 : 10, longest + 2));
  });
}

export async function reportToXlsx(report: Report, lang: Lang, progress?: RenderProgress): Promise<Buffer> {
  // progress: rows written of all the tables, recorded after each sheet
  const total = Math.max(1, report.rows.length + report.tables.reduce((a, x) => a + x.rows.length, 0));
  let written = report.rows.length;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OCOP Platform';
  workbook.created = new Date(report.generatedAt);
  const main = workbook.addWorksheet(t(lang, 'reports.xlsx.sheet').slice(0, 31));
  writeTable(main, titleBlock(main, report, lang, report.title, report.columns.length), report.columns, report.rows, report.totals, report.notes);
  await progress?.(written / total);
  for (const [i, table] of report.tables.entries()) {
    const sheet = workbook.addWorksheet(`${i + 2}. ${table.title}`.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31));
    writeTable(sheet, titleBlock(sheet, report, lang, table.title, table.columns.length), table.columns, table.rows, table.totals, []);
    written += table.rows.length;
    await progress?.(written / total);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

registerReportFormat('xlsx', async (report, lang, progress) => ({
  body: await reportToXlsx(report, lang, progress),
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
}));
