import { Card, Empty, Grid, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { itemPath } from '../../api/cycle';
import type { NextStep, WorkItem } from '../../../contracts/worklist';
import { formatDate } from '../../i18n/format';
import { CycleSteps } from './CycleSteps';
import { DueTag, StatusTag } from './StatusTag';
import { useCycleLabels } from './labels';
import './cycle.css';

/** Work items: a table on wide screens, cards on a phone; oldest first as the server sends them. */
export function WorkQueue({ items, loading, showTurn, emptyText }: { items: WorkItem[]; loading?: boolean; showTurn?: boolean; emptyText?: string }) {
  const L = useCycleLabels();
  const t = L.t;
  const screens = Grid.useBreakpoint();
  const title = (w: WorkItem) => (
    <Link to={itemPath(w.kind, w.id)} data-testid="work-item-link">
      {w.productName}
    </Link>
  );
  const waiting = (w: WorkItem) => (w.yourTurn ? <Tag color="geekblue">{t('cycle.waiting.you')}</Tag> : <Typography.Text type="secondary">{L.waiting(w.waitingFor)}</Typography.Text>);
  if (!loading && items.length === 0) return <Empty description={emptyText ?? t('cycle.worklist.empty')} />;
  if (!screens.md) {
    return (
      <div className="cycle-card-list" data-testid="work-queue">
        {items.map((w) => (
          <Card key={`${w.kind}-${w.id}`} size="small" className="cycle-work-card" data-testid="work-item" data-kind={w.kind} data-status={w.status}>
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`cycle.kinds.${w.kind}`)} · {w.cycleYear}
              </Typography.Text>
              <Typography.Text strong>{title(w)}</Typography.Text>
              <div className="cycle-meta">
                <StatusTag status={w.status} label={w.statusLabel} />
                <DueTag dueOn={w.dueOn} overdue={w.overdue} daysLeft={w.daysLeft} />
                {showTurn ? waiting(w) : null}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[w.entityName, w.unitName].filter(Boolean).join(' · ')} · {t('cycle.fields.waitingSince')} {formatDate(w.waitingSince)}
              </Typography.Text>
              {w.status === 'returned' && w.lastNote ? <Typography.Text style={{ fontSize: 13 }} type="warning">“{w.lastNote}”</Typography.Text> : null}
              {showTurn ? <CycleSteps step={w.step} compact /> : null}
            </Space>
          </Card>
        ))}
      </div>
    );
  }
  return (
    <Table<WorkItem>
      size="small"
      rowKey={(w) => `${w.kind}-${w.id}`}
      loading={loading}
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20 } : false}
      data-testid="work-queue"
      onRow={(w) => ({ 'data-testid': 'work-item', 'data-kind': w.kind, 'data-status': w.status }) as never}
      columns={[
        { title: t('cycle.fields.product'), dataIndex: 'productName', render: (_: unknown, w) => <Space orientation="vertical" size={0}>{title(w)}<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`cycle.kinds.${w.kind}`)} · {t('cycle.stepN', { n: w.step })}</Typography.Text></Space> },
        { title: t('cycle.fields.entity'), dataIndex: 'entityName', responsive: ['lg'], render: (v: string | null) => v ?? '—' },
        { title: t('cycle.fields.unit'), dataIndex: 'unitName', responsive: ['lg'] },
        { title: t('cycle.fields.status'), dataIndex: 'status', render: (_: unknown, w) => <StatusTag status={w.status} label={w.statusLabel} /> },
        ...(showTurn ? [{ title: t('cycle.fields.waitingFor'), key: 'turn', render: (_: unknown, w: WorkItem) => waiting(w) }] : []),
        { title: t('cycle.fields.waitingSince'), dataIndex: 'waitingSince', render: (v: string) => formatDate(v) },
        { title: t('cycle.fields.dueOn'), dataIndex: 'dueOn', render: (_: unknown, w) => (w.dueOn ? <Space size={4}>{formatDate(w.dueOn)}<DueTag dueOn={w.dueOn} overdue={w.overdue} daysLeft={w.daysLeft} /></Space> : '—') },
      ]}
    />
  );
}

/** Next steps a producer can start (a plan for a selected idea, a dossier for an accepted plan). */
export function NextSteps({ steps }: { steps: NextStep[] }) {
  const { t } = useCycleLabels();
  if (!steps.length) return null;
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="next-steps">
      {steps.map((s) => (
        <li key={`${s.type}-${s.ideaId ?? s.businessPlanId}`}>
          <Link to={s.type === 'write-business-plan' ? `/business-plans/new?ideaId=${s.ideaId}` : `/dossiers/new?businessPlanId=${s.businessPlanId}`}>
            {t(`cycle.worklist.${s.type}`, { name: s.productName })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
