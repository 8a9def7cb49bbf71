import { useState } from 'react';
import { App, Button, Progress, Space } from 'antd';
import { FileExcelOutlined, FilePdfOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/ErrorState';

export type ExportFormat = 'xlsx' | 'csv' | 'docx' | 'pdf';

const ICONS: Record<ExportFormat, React.ReactNode> = {
  xlsx: <FileExcelOutlined aria-hidden />,
  csv: <FileTextOutlined aria-hidden />,
  docx: <FileWordOutlined aria-hidden />,
  pdf: <FilePdfOutlined aria-hidden />,
};

/**
 * One button per export format. While a file downloads its button shows a spinner and a
 * progress bar follows the bytes received (a percentage when the server sends the size).
 */
export function ExportMenu({
  formats,
  run,
}: {
  formats: readonly ExportFormat[];
  run: (format: ExportFormat, onProgress: (received: number, total: number | null) => void) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [progress, setProgress] = useState<{ received: number; total: number | null } | null>(null);
  const start = async (f: ExportFormat) => {
    setBusy(f);
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
    </div>
  );
}
