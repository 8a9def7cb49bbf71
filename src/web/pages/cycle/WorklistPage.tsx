import { useEffect } from 'react';
import { Alert, Card, Col, Row, Select, Space, Switch, Typography } from 'antd';
import { useMe } from '../../api/auth';
import { useWorklist } from '../../api/cycle';
import { ITEM_KINDS } from '../../../contracts/cycle-items';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { NextSteps, WorkQueue } from '../../components/cycle/WorkQueue';
import { useCycleLabels } from '../../components/cycle/labels';
import { useListParams } from '../../components/useListParams';

export default function WorklistPage() {
  const { t } = useCycleLabels();
  const { data: me } = useMe();
  const { values, set } = useListParams(['kind', 'overdue'] as const);
  const list = useWorklist({ kind: ITEM_KINDS.find((k) => k === values.kind), overdue: values.overdue === 'true' ? 'true' : undefined });
  // an entity's account follows its own items; officers work their queue
  const producer = !!me?.entityId;
  const title = producer ? t('cycle.worklist.producerTitle') : t('cycle.worklist.title');

  useEffect(() => {
    document.title = `${title} · ${t('app.short')}`;
  }, [t, title]);

  const items = list.data?.items ?? [];
  const mine = items.filter((i) => i.yourTurn);
  const others = items.filter((i) => !i.yourTurn);
  return (
    <div>
      <PageHeader title={title} subtitle={list.data?.overdue ? <Typography.Text type="danger">{t('cycle.worklist.overdueN', { n: list.data.overdue })}</Typography.Text> : undefined} testId="worklist-title" />
      <Card size="small" className="filters-bar">
        <Row gutter={[8, 8]} align="middle">
          <Col xs={24} md={12}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('cycle.worklist.allKinds')}
              value={values.kind}
              onChange={(kind) => set({ kind })}
              options={ITEM_KINDS.map((k) => ({ value: k, label: t(`cycle.kinds.${k}`) }))}
              aria-label={t('cycle.worklist.allKinds')}
            />
          </Col>
          <Col xs={24} md={12}>
            <Space>
              <Switch checked={values.overdue === 'true'} onChange={(v) => set({ overdue: v ? 'true' : undefined })} aria-label={t('cycle.worklist.overdueOnly')} />
              <span>{t('cycle.worklist.overdueOnly')}</span>
            </Space>
          </Col>
        </Row>
      </Card>
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      {producer ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {list.data?.nextSteps.length ? (
            <Alert type="info" showIcon title={t('cycle.worklist.nextSteps')} description={<NextSteps steps={list.data.nextSteps} />} />
          ) : null}
          <Card size="small" title={t('cycle.worklist.yourTurn')}>
            <WorkQueue items={mine} loading={list.isLoading} showTurn />
          </Card>
          <Card size="small" title={t('cycle.worklist.others')}>
            <WorkQueue items={others} loading={list.isLoading} showTurn emptyText={t('cycle.list.empty')} />
          </Card>
        </Space>
      ) : (
        <WorkQueue items={items} loading={list.isLoading} />
      )}
    </div>
  );
}
