import { Button, Card, Space, Typography } from 'antd';
import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { Me } from '../../api/types';
import { useCurrentCycle, useWorklist } from '../../api/cycle';
import { CycleSteps } from './CycleSteps';
import { NextSteps, WorkQueue } from './WorkQueue';
import { useCycleLabels } from './labels';

/**
 * The home page's part of the cycle, for users with a work queue. Producers (accounts of an
 * entity): the six steps with the furthest one their products have reached, their items and
 * what is asked of them, the next steps. Officers: the oldest items waiting for them.
 */
export function CycleHomeWidget({ me }: { me: Me }) {
  const { t } = useCycleLabels();
  const enabled = me.capabilities.includes('cycle.worklist');
  const worklist = useWorklist({}, enabled);
  // national accounts have no province of their own, hence no current cycle
  const cycle = useCurrentCycle(undefined, undefined, enabled && !!me.provinceCode);
  if (!enabled) return null;
  const items = worklist.data?.items ?? [];
  const cycleLine = cycle.data ? t('cycle.home.cycleNow', { year: cycle.data.year, status: cycle.data.statusLabel }) : null;

  if (me.entityId) {
    const furthest = items.reduce((m, i) => Math.max(m, i.step), 0);
    const step = Math.max(furthest, worklist.data?.nextSteps.some((s) => s.type === 'prepare-dossier') ? 4 : worklist.data?.nextSteps.length ? 3 : 1);
    const mine = items.filter((i) => i.yourTurn);
    return (
      <Card
        size="small"
        title={t('cycle.home.myProducts')}
        extra={
          me.capabilities.includes('cycle.file') ? (
            <Link to="/ideas/new">
              <Button type="primary" size="small" icon={<PlusOutlined aria-hidden />} data-testid="home-new-idea">
                {t('cycle.idea.new')}
              </Button>
            </Link>
          ) : null
        }
        data-testid="home-cycle"
      >
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {cycleLine ? <Typography.Text type="secondary">{cycleLine}</Typography.Text> : null}
          <CycleSteps step={step} calendar={cycle.data?.calendar} testId="home-cycle-steps" />
          {worklist.data?.nextSteps.length ? <NextSteps steps={worklist.data.nextSteps} /> : null}
          {items.length === 0 && !worklist.isLoading ? <Typography.Paragraph>{t('cycle.home.noItems')}</Typography.Paragraph> : null}
          {mine.length ? (
            <>
              <Typography.Text strong>{t('cycle.worklist.yourTurn')}</Typography.Text>
              <WorkQueue items={mine} showTurn />
            </>
          ) : null}
          <Link to="/worklist">
            {t('cycle.worklist.producerTitle')} ({items.length}) <RightOutlined aria-hidden />
          </Link>
        </Space>
      </Card>
    );
  }
  return (
    <Card
      size="small"
      title={`${t('cycle.home.queue')}${worklist.data ? ` (${worklist.data.yourTurn})` : ''}`}
      extra={<Link to="/worklist">{t('cycle.worklist.seeAll')}</Link>}
      data-testid="home-worklist"
    >
      {cycleLine ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          <Link to="/cycle">{cycleLine}</Link>
          {worklist.data?.overdue ? <Typography.Text type="danger"> · {t('cycle.worklist.overdueN', { n: worklist.data.overdue })}</Typography.Text> : null}
        </Typography.Paragraph>
      ) : null}
      <WorkQueue items={items.slice(0, 5)} loading={worklist.isLoading} />
    </Card>
  );
}
