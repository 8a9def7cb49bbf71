import { useState } from 'react';
import { App, Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '../api/client';
import { useErrorMessage } from './ErrorState';

/** Downloads an .xlsx export with the list's current filters; shows progress while it runs. */
export function ExportButton({
  path,
  params,
  fileName,
  testId,
}: {
  path: string;
  params: Record<string, string | number | undefined>;
  fileName: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<FileExcelOutlined aria-hidden />}
      loading={busy}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        try {
          await apiDownload(path, params, fileName);
        } catch (e) {
          message.error(errMsg(e));
        } finally {
          setBusy(false);
        }
      }}
    >
      {busy ? t('actions.exporting') : t('actions.exportExcel')}
    </Button>
  );
}
