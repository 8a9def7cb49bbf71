import { ExportMenu } from './ExportMenu';
import { useTranslation } from 'react-i18next';
import { Typography } from 'antd';

/**
 * "Annual report (Word)": the province's year in one editable document, made by a background
 * export (POST /api/report-exports, code `annual-report`) with its progress by section.
 */
export function AnnualReportButton({ unit, year }: { unit: string; year: number }) {
  const { t } = useTranslation();
  return (
    <div data-testid="annual-report">
      <Typography.Text strong>{t('reportsUi.annual.title', { year })}</Typography.Text>
      <ExportMenu formats={['docx']} background={() => ({ code: 'annual-report', format: 'docx', unit, year })} />
    </div>
  );
}
