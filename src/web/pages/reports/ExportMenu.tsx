import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Progress, Space, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/ErrorState';
import { downloadReportExport, reportExportFileUrl, startReportExport, useReportExport, type ReportExportRequest } from '../../api/report-exports';
import { formatInt } from '../../i18n/format';

export type ExportFormat = 'xlsx' | 'csv' | 'docx' | 'pdf';

const ICONS: Record<ExportFormat, React.ReactNode> = {
  xlsx: <FileExcelOutlined aria-hidden />,
  csv: <FileTextOutlined aria-hidden />,
  docx: <FileWordOutlined aria-hidden />,
  pdf: <FilePdfOutlined aria-hidden />,
};

/**
 * A background export (POST /api/report-exports): a progress bar follows the job (polled), then
 * the file downloads by itself and a link to it stays offered; a failed export shows why.
 */
function ExportJob({ id, onFinished }: { id: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const job = useReportExport(id);
  const e = job.data;
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!e || handled.current === id) return;
    if (e.status === 'done') {
      handled.current = id;
      downloadReportExport(e).then(
        () => message.success(t('reportsUi.export.done')),
        (err) => message.error(errMsg(err)),
      );
      onFinished();
    } else if (e.status === 'failed') {
      handled.current = id;
      onFinished();
    }
  }, [e, id, message, t, errMsg, onFinished]);
  useEffect(() => {
    if (job.isError && handled.current !== id) {
      handled.current = id;
      onFinished();
    }
  }, [job.isError, id, onFinished]);

  const status = e?.status ?? 'queued';
  const percent = Math.round((e?.progress ?? 0) * 100);
  return (
    <div role="status" aria-live="polite" data-testid="export-job" data-status={job.isError ? 'failed' : status} style={{ maxWidth: 420, marginTop: 8 }}>
      <Progress
        percent={status === 'done' ? 100 : percent}
        status={status === 'failed' || job.isError ? 'exception' : status === 'done' ? 'success' : 'active'}
        size="small"
        aria-label={t('reportsUi.export.job.aria')}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`reportsUi.export.job.${status}`)}
      </Typography.Text>
      {e?.status === 'done' ? (
        <div style={{ overflowWrap: 'anywhere' }}>
          <a href={reportExportFileUrl(e.id)} download={e.fileName ?? undefined} data-testid="export-job-link">
            <DownloadOutlined aria-hidden /> {t('reportsUi.export.job.link', { name: e.fileName, kb: formatInt(Math.max(1, Math.round((e.sizeBytes ?? 0) / 1024))) })}
          </a>
        </div>
      ) : null}
      {e?.status === 'failed' ? <Alert type="error" showIcon title={e.error ?? t('reportsUi.export.job.failed')} data-testid="export-job-error" style={{ marginTop: 4 }} /> : null}
      {job.isError ? <Alert type="error" showIcon title={errMsg(job.error)} data-testid="export-job-error" style={{ marginTop: 4 }} /> : null}
    </div>
  );
}

/**
 * One button per export format. A direct download shows a spinner and a progress bar following
 * the bytes received (a percentage when the server sends the size); an export that `background`
 * names a request for runs as a job on the server with its own progress (see exportMode.ts).
 */
export function ExportMenu({
  formats,
  run,
  background,
}: {
  formats: readonly ExportFormat[];
  /** The direct download of a format. */
  run?: (format: ExportFormat, onProgress: (received: number, total: number | null) => void) => Promise<void>;
  /** The background export's request for a format, or null to download it directly. */
  background?: (format: ExportFormat) => ReportExportRequest | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [progress, setProgress] = useState<{ received: number; total: number | null } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const finished = useRef(() => setBusy(null)).current;

  const start = async (f: ExportFormat) => {
    const request = background?.(f) ?? null;
    setBusy(f);
    if (request || !run) {
      setJobId(null);
      try {
        if (!request) throw new Error('no export for this format');
        const started = await startReportExport(request);
        setJobId(started.id);
      } catch (e) {
        message.error(errMsg(e));
        setBusy(null);
      }
      return;
    }
    setProgress({ received: 0, total: null });
    try {
      await run(f, (received, total) => setProgress({ received, total }));
      message.success(t('reportsUi.export.done'));
    } catch (e) {
      message.error(errMsg(e));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };
  const percent = progress?.total ? Math.min(100, Math.round((progress.received / progress.total) * 100)) : null;
  return (
    <div>
      <Space wrap>
        {formats.map((f) => (
          <Button key={f} icon={ICONS[f]} loading={busy === f} disabled={!!busy && busy !== f} onClick={() => start(f)} data-testid={`export-${f}`}>
            {t(`reportsUi.export.${f}`)}
          </Button>
        ))}
      </Space>
      {busy && progress ? (
        <div role="status" aria-live="polite" data-testid="export-progress" style={{ maxWidth: 360, marginTop: 8 }}>
          {percent !== null ? (
            <Progress percent={percent} size="small" />
          ) : (
            <Progress percent={100} status="active" showInfo={false} size="small" />
          )}
          <span style={{ fontSize: 12 }}>{t('reportsUi.export.progress', { kb: Math.round(progress.received / 1024) })}</span>
        </div>
      ) : null}
      {jobId ? <ExportJob key={jobId} id={jobId} onFinished={finished} /> : null}
    </div>
  );
}
