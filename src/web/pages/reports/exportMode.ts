import type { ExportFormat } from './ExportMenu';

/** Reports spanning more years than this are exported in the background (with a progress bar). */
export const DIRECT_MAX_YEARS = 3;

/**
 * Whether a report file is made by a background export (POST /api/report-exports, a progress bar
 * following the job) rather than downloaded directly (GET /api/reports/{code}?format=…): Word and
 * PDF documents (rendered section by section), the nation's reports (the largest lists) and ranges
 * of more than DIRECT_MAX_YEARS years. A province's or commune's xlsx/csv for a few years stays a
 * direct download with byte progress.
 */
export function exportsInBackground(format: ExportFormat, report: { code: string; unit: { level: string }; from: number; to: number }): boolean {
  if (format === 'docx' || format === 'pdf') return true;
  if (report.code === 'national-summary' || report.unit.level === 'nation') return true;
  return report.to - report.from + 1 > DIRECT_MAX_YEARS;
}
