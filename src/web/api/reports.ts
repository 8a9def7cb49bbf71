import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { reports, type ReportQuery } from '../../contracts/reports';
import { documents, type DocumentFilters } from '../../contracts/documents';
import { targets } from '../../contracts/targets';
import { call, pathOf } from './call';
import { apiDownload } from './client';

export type { Report, ReportColumn, ReportInfo, ReportRow, ReportTable, ReportCode } from '../../contracts/reports';
export type { ProgrammeDocument, DocumentInput, DocumentPatch, DocumentFilters } from '../../contracts/documents';
export type { Target, TargetInput, TargetPatch } from '../../contracts/targets';

export function useReportList(enabled = true) {
  return useQuery({ queryKey: ['reports'], queryFn: () => call(reports.list), staleTime: 5 * 60_000, enabled });
}

export type ReportArgs = Omit<ReportQuery, 'format'>;

export function useReport(code: string | undefined, query: ReportArgs, enabled = true) {
  return useQuery({
    queryKey: ['report', code, query],
    queryFn: () => call(reports.run, { params: { code: code as never }, query: { ...query, format: 'json' } }),
    enabled: enabled && !!code,
    placeholderData: keepPreviousData,
  });
}

/** Downloads a report as a file; `onProgress` follows the bytes as they arrive. */
export function downloadReport(
  code: string,
  query: ReportArgs,
  format: 'xlsx' | 'csv' | 'docx' | 'pdf',
  onProgress?: (received: number, total: number | null) => void,
) {
  const path = pathOf(reports.run, { code });
  return apiDownload(path, { ...(query as Record<string, string | number | undefined>), format }, `${code}-${query.from ?? ''}-${query.to ?? ''}.${format}`, onProgress);
}

export function useDocuments(filters: DocumentFilters) {
  return useQuery({ queryKey: ['documents', filters], queryFn: () => call(documents.list, { query: filters }), placeholderData: keepPreviousData });
}

export function useTargets(query: { unit?: string; year?: number }) {
  return useQuery({ queryKey: ['targets', query], queryFn: () => call(targets.list, { query }) });
}
