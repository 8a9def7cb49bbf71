import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../api/inspections';
import { formatDate } from '../../i18n/format';

const OUTCOME_COLORS = { compliant: 'green', fix_by: 'orange', revoke: 'red' } as const;

/** The state of an inspection: planned, cancelled, or its outcome once recorded (with the fix-by date). */
export function InspectionTag({ inspection }: { inspection: Pick<Inspection, 'status' | 'outcome' | 'fixBy'> }) {
  const { t } = useTranslation();
  if (inspection.status === 'cancelled') return <Tag data-testid="inspection-status">{t('inspections.status.cancelled')}</Tag>;
  if (inspection.status === 'planned' || !inspection.outcome) return <Tag color="blue" data-testid="inspection-status">{t('inspections.status.planned')}</Tag>;
  return (
    <Tag color={OUTCOME_COLORS[inspection.outcome]} data-testid="inspection-status">
      {t(`inspections.outcome.${inspection.outcome}`)}
      {inspection.outcome === 'fix_by' && inspection.fixBy ? ` · ${t('inspections.fixByDate', { date: formatDate(inspection.fixBy) })}` : ''}
    </Tag>
  );
}

/** The label of a checklist item in the interface language. */
export function itemLabel(item: { label: { vi: string; en: string } }, lang: string): string {
  return lang.startsWith('en') ? item.label.en : item.label.vi;
}
