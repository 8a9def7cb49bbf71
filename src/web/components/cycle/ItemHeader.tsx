import type { ReactNode } from 'react';
import { Alert, Breadcrumb, Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { KIND_PATH } from '../../api/cycle';
import type { CycleItem } from '../../../contracts/cycle-items';
import { PageHeader } from '../PageHeader';
import { formatDate } from '../../i18n/format';
import { CycleSteps } from './CycleSteps';
import { DueTag, StatusTag } from './StatusTag';
import { useCycleLabels } from './labels';

/**
 * The top of an item's page: name, status, where it is in the six steps, whom it waits for,
 * by when, the reason of a return, and the actions the user may take (`actions`).
 */
export function ItemHeader({ item, actions, extra }: { item: CycleItem; actions?: ReactNode; extra?: ReactNode }) {
  const L = useCycleLabels();
  const t = L.t;
  const mine = item.yourTurn;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={`/${KIND_PATH[item.kind]}`}>{t(`cycle.kinds.${item.kind}`)}</Link> }, { title: item.productName }]}
      />
      <PageHeader
        title={item.productName}
        testId="item-title"
        subtitle={
          <Space size={[6, 4]} wrap>
            <StatusTag status={item.status} label={item.statusLabel} testId="item-status" />
            {item.late ? <Tag color="volcano">{t('cycle.fields.late')}</Tag> : null}
            <DueTag dueOn={item.dueOn} overdue={item.overdue} daysLeft={item.daysLeft} />
            <span>{[item.entityName, item.unitName].filter(Boolean).join(' · ')}</span>
            <span>
              {t('cycle.fields.cycleYear')}: {item.cycleYear}
            </span>
          </Space>
        }
        extra={extra}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <CycleSteps step={item.step} status={item.stepStatus} />
          {item.status === 'returned' && item.lastNote ? (
            <Alert type="warning" showIcon title={t('cycle.returned')} description={<span className="cycle-pre">{item.lastNote}</span>} data-testid="returned-note" />
          ) : null}
          {item.status === 'rejected' && item.lastNote ? <Alert type="error" showIcon title={t('cycle.rejectedNote')} description={item.lastNote} /> : null}
          {item.waitingFor.length === 0 && !mine ? null : (
          <Typography.Text type="secondary" data-testid="waiting-for">
            {mine ? <strong>{t('cycle.waiting.yourTurn')}</strong> : `${t('cycle.fields.waitingFor')}: ${L.waiting(item.waitingFor)}`}
            {item.firstSubmittedAt ? ` · ${t('cycle.fields.updatedAt')}: ${formatDate(item.statusChangedAt)}` : ''}
          </Typography.Text>
          )}
          {actions}
        </Space>
      </Card>
    </>
  );
}
