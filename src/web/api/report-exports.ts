import { useQuery } from '@tanstack/react-query';
import { reportExports, type ReportExport, type ReportExportRequest } from '../../contracts/report-exports';
import { call, pathOf } from './call';
import { apiDownload } from './client';

export type { ReportExport, ReportExportRequest } from '../../contracts/report-exports';

const POLL_MS = 600;

/** Starts a report export (or the annual report) as a background job. */
export function startReportExport(body: ReportExportRequest) {
  return call(reportExports.create, { body });
}

/** The export's status and progress, refetched until it is done or failed. */
export function useReportExport(id: string | null) {
  return useQuery({
    queryKey: ['report-export', id],
    queryFn: () => call(reportExports.get, { params: { id: id! } }),
    enabled: !!id,
    staleTime: 0,
    refetchInterval: (q) => {
      const s = (q.state.data as ReportExport | undefined)?.status;
      return s === 'done' || s === 'failed' ? false : POLL_MS;
    },
  });
}

export function reportExportFileUrl(id: string): string {
  return pathOf(reportExports.file, { id });
}

/** Saves a finished export's file (as a download, through fetch so errors can be shown). */
export function downloadReportExport(e: Pick<ReportExport, 'id' | 'fileName' | 'format'>) {
  return apiDownload(reportExportFileUrl(e.id), {}, e.fileName ?? `report.${e.format}`);
}
