import { useEffect } from 'react';
import { Button, Card, Col, Empty, Grid, Input, Pagination, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { KIND_PATH } from '../../api/cycle';
import type { Page } from '../../../contracts/common';
import type { CycleItem, ItemKind } from '../../../contracts/cycle-items';
import { ErrorState } from '../ErrorState';
import { PageHeader } from '../PageHeader';
import { useListParams } from '../useListParams';
import { formatDate, formatInt } from '../../i18n/format';
import { CycleSteps } from './CycleSteps';
import { DueTag, StatusTag } from './StatusTag';
import { useCycleLabels } from './labels';
import './cycle.css';

const KEYS = ['status', 'cycleYear', 'q', 'unit', 'entryPath'] as const;

/** The filters of an item list as the URL keeps them. */
export type ItemListParams = Partial<Record<(typeof KEYS)[number], string>> & { page: number; pageSize: number };

/** A list of ideas, business plans or dossiers with status / year / search filters (kept in the URL). */
export function ItemList<T extends CycleItem>({
  kind,
  useList,
  title,
  newLink,
  newLabel,
  entityOf = (r) => r.entityName,
  extraColumns = [],
}: {
  kind: ItemKind;
  /** The query hook of the kind's list. */
  useList: (params: ItemListParams) => UseQueryResult<Page<T>>;
  title: string;
  newLink?: string | null;
  newLabel?: string;
  /** The entity column (an idea may name an entity still to be founded). */
  entityOf?: (r: T) => string | null;
  extraColumns?: TableColumnsType<T>;
}) {
  const L = useCycleLabels();
  const t = L.t;
  const screens = Grid.useBreakpoint();
  const { values, page, pageSize, set } = useListParams(KEYS);
  const list = useList({ ...values, page, pageSize });
  const thisYear = new Date().getFullYear();

  useEffect(() => {
    document.title = `${title} · ${t('app.short')}`;
  }, [t, title]);

  const link = (r: T) => (
    <Link to={`/${KIND_PATH[kind]}/${r.id}`} data-testid="item-link">
      {r.productName}
    </Link>
  );

  const columns: TableColumnsType<T> = [
    { title: t('cycle.fields.product'), dataIndex: 'productName', render: (_: unknown, r) => link(r) },
    { title: t('cycle.fields.entity'), dataIndex: 'entityName', responsive: ['lg'], render: (_: unknown, r) => entityOf(r) ?? '—' },
    { title: t('cycle.fields.unit'), dataIndex: 'unitName', responsive: ['md'] },
    ...extraColumns,
    { title: t('cycle.fields.status'), dataIndex: 'status', render: (_: unknown, r) => <StatusTag status={r.status} label={r.statusLabel} /> },
    { title: t('cycle.fields.dueOn'), dataIndex: 'dueOn', responsive: ['sm'], render: (_: unknown, r) => <DueTag dueOn={r.dueOn} overdue={r.overdue} daysLeft={r.daysLeft} /> },
    { title: t('cycle.fields.updatedAt'), dataIndex: 'statusChangedAt', responsive: ['xl'], render: (v: string) => formatDate(v) },
  ];

  return (
    <div>
      <PageHeader
        title={title}
        subtitle={list.data ? t('cycle.list.total', { n: formatInt(list.data.total) }) : undefined}
        extra={
          newLink ? (
            <Link to={newLink}>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} data-testid={`${kind}-new`}>
                {newLabel}
              </Button>
            </Link>
          ) : null
        }
      />
      <Card size="small" className="filters-bar">
        <Row gutter={[8, 8]}>
          <Col xs={24} md={10}>
            <Input.Search
              allowClear
              defaultValue={values.q}
              placeholder={t('cycle.filter.search')}
              aria-label={t('cycle.filter.search')}
              onSearch={(q) => set({ q: q.trim() || undefined })}
            />
          </Col>
          <Col xs={14} md={8}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('cycle.filter.allStatuses')}
              aria-label={t('cycle.filter.status')}
              value={values.status}
              onChange={(status) => set({ status })}
              options={L.statuses(kind)}
              data-testid="filter-status"
            />
          </Col>
          <Col xs={10} md={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('cycle.filter.year')}
              aria-label={t('cycle.filter.year')}
              value={values.cycleYear}
              onChange={(cycleYear) => set({ cycleYear })}
              options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }))}
            />
          </Col>
        </Row>
      </Card>
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      {screens.md ? (
        <Table<T>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          columns={columns}
          locale={{ emptyText: t('cycle.list.empty') }}
          pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: (p, ps) => set({ page: p, pageSize: ps }), showSizeChanger: true }}
        />
      ) : (
        <>
          <div className="cycle-card-list">
            {(list.data?.items ?? []).map((r) => (
              <Card key={r.id} size="small" className="cycle-work-card">
                <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                  <Typography.Text strong>{link(r)}</Typography.Text>
                  <div className="cycle-meta">
                    <StatusTag status={r.status} label={r.statusLabel} />
                    <DueTag dueOn={r.dueOn} overdue={r.overdue} daysLeft={r.daysLeft} />
                    {r.late ? <Tag color="volcano">{t('cycle.fields.late')}</Tag> : null}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {[entityOf(r), r.unitName].filter(Boolean).join(' · ')}
                  </Typography.Text>
                  <CycleSteps step={r.step} status={r.stepStatus} compact />
                </Space>
              </Card>
            ))}
            {list.data && list.data.items.length === 0 ? <Empty description={t('cycle.list.empty')} /> : null}
          </div>
          {list.data && list.data.total > pageSize ? (
            <Pagination style={{ marginTop: 12 }} current={page} pageSize={pageSize} total={list.data.total} onChange={(p) => set({ page: p })} simple />
          ) : null}
        </>
      )}
    </div>
  );
}
