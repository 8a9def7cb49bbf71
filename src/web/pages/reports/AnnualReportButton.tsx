import { annualReport } from '../../../contracts/annual-report';
import { pathOf } from '../../api/call';
import { apiDownload } from '../../api/client';
import { ExportMenu } from './ExportMenu';
import { useTranslation } from 'react-i18next';
import { Typography } from 'antd';

/** "Annual report (Word)": the province's year in one editable document, with download progress. */
export function AnnualReportButton({ unit, year }: { unit: string; year: number }) {
  const { t } = useTranslation();
  return (
    <div data-testid="annual-report">
      <Typography.Text strong>{t('reportsUi.annual.title', { year })}</Typography.Text>
      <ExportMenu
        formats={['docx']}
        run={(_f, onProgress) => apiDownload(pathOf(annualReport.get), { unit, year }, `bao-cao-ocop-${unit}-${year}.docx`, onProgress)}
      />
    </div>
  );
}
