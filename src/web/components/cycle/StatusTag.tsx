import { Tag, Tooltip } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { formatDate } from '../../i18n/format';
import { statusColor, useCycleLabels } from './labels';

export function StatusTag({ status, label, testId }: { status: string; label: string; testId?: string }) {
  return (
    <Tag color={statusColor(status)} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

/** Due date with overdue marking: "Quá hạn 3 ngày" in red, "Còn 5 ngày", or nothing. */
export function DueTag({ dueOn, overdue, daysLeft }: { dueOn: string | null; overdue: boolean; daysLeft: number | null }) {
  const { t } = useCycleLabels();
  if (!dueOn || daysLeft === null) return null;
  const text = overdue ? t('cycle.due.overdue', { n: -daysLeft }) : daysLeft === 0 ? t('cycle.due.today') : t('cycle.due.left', { n: daysLeft });
  return (
    <Tooltip title={`${t('cycle.fields.dueOn')}: ${formatDate(dueOn)}`}>
      <Tag color={overdue ? 'red' : daysLeft <= 2 ? 'gold' : 'default'} icon={overdue ? <ExclamationCircleOutlined aria-hidden /> : <ClockCircleOutlined aria-hidden />} data-testid="due-tag" data-overdue={overdue}>
        {text}
        <span className="sr-only">{` (${formatDate(dueOn)})`}</span>
      </Tag>
    </Tooltip>
  );
}
