import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, Empty, Grid, InputNumber, List, Row, Segmented, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { useInspections, type Inspection } from '../../api/inspections';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { StarBadge } from '../../components/StarBadge';
import { formatDate, formatInt } from '../../i18n/format';
import { INSPECTION_OUTCOMES } from '../../../domain/inspections/inspection';
import { InspectionTag } from './shared';
import { PlanDialog } from './PlanDialog';

const STATUSES = ['all', 'planned', 'recorded', 'cancelled'] as const;

/** Post-recognition inspections of the jurisdiction: filters, the list, and planning a new one. */
export default function InspectionListPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const screens = Grid.useBreakpoint();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('all');
  const [outcome, setOutcome] = useState<Inspection['outcome']>(null);
  const [year, setYear] = useState<number | null>(null);
  const [q, setQ] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [planning, setPlanning] = useState(false);
  const list = useInspections({ status: status === 'all' ? undefined : status, outcome: outcome ?? undefined, year: year ?? undefined, q, page, pageSize: 20 });

  useEffect(() => {
    document.title = `${t('inspections.title')} · ${t('app.short')}`;
  }, [t]);

  const day = (i: Inspection) => formatDate(i.inspectedOn ?? i.plannedOn);
  const columns: TableColumnsType<Inspection> = [
    { title: t('inspections.plannedOn'), key: 'day', width: 120, render: (_: unknown, i) => <Link to={`/inspections/${i.id}`} data-testid="inspection-link">{day(i)}</Link> },
    {
      title: t('certificatesPage.product'),
      key: 'product',
      render: (_: unknown, i) => (
        <div>
          {i.productName}
          <div><Typography.Text type="secondary">{i.entityName} · {i.unitName}</Typography.Text></div>
        </div>
      ),
    },
    { title: t('inspections.certificate'), dataIndex: 'certificateNumber', width: 190, responsive: ['lg'] },
    { title: t('fields.stars'), dataIndex: 'stars', width: 110, responsive: ['lg'], render: (s: number) => <StarBadge stars={s} /> },
    { title: t('inspections.outcome'), key: 'outcome', width: 220, render: (_: unknown, i) => <InspectionTag inspection={i} /> },
  ];

  return (
    <div>
      <PageHeader
        title={t('inspections.title')}
        subtitle={list.data ? t('common.totalN', { n: formatInt(list.data.total) }) : undefined}
        extra={me?.capabilities.includes('inspections.manage') ? <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setPlanning(true)} data-testid="inspection-plan">{t('inspections.plan')}</Button> : null}
      />
      <Typography.Paragraph type="secondary">{t('inspections.intro')}</Typography.Paragraph>
      <Card size="small" className="filters-bar">
        <Row gutter={[8, 8]}>
          <Col xs={24} lg={9}>
            <SearchBox id="inspection-search" value={q} onCommit={(v) => { setQ(v); setPage(1); }} placeholder={t('inspections.filter.search')} ariaLabel={t('inspections.filter.search')} testId="inspection-search" />
          </Col>
          <Col xs={24} sm={12} lg={7}>
            <Segmented
              value={status}
              onChange={(v) => { setStatus(v); setPage(1); }}
              options={STATUSES.map((s) => ({ value: s, label: s === 'all' ? t('certificatesPage.all') : t(`inspections.status.${s}`) }))}
              aria-label={t('inspections.filter.status')}
              className="segmented-wrap"
              data-testid="inspection-status-filter"
            />
          </Col>
          <Col xs={14} sm={7} lg={5}>
            <Select
              allowClear
              style={{ width: '100%' }}
              value={outcome}
              onChange={(v) => { setOutcome(v ?? null); setPage(1); }}
              placeholder={t('inspections.filter.outcome')}
              aria-label={t('inspections.filter.outcome')}
              options={INSPECTION_OUTCOMES.map((o) => ({ value: o, label: t(`inspections.outcome.${o}`) }))}
              data-testid="inspection-outcome-filter"
            />
          </Col>
          <Col xs={10} sm={5} lg={3}>
            <InputNumber style={{ width: '100%' }} min={2014} max={2100} value={year} onChange={(v) => { setYear(v ?? null); setPage(1); }} placeholder={t('inspections.filter.year')} aria-label={t('inspections.filter.year')} />
          </Col>
        </Row>
      </Card>
      {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      {screens.md ? (
        <Table rowKey="id" columns={columns} dataSource={list.data?.items} loading={list.isLoading} pagination={{ current: page, pageSize: 20, total: list.data?.total, onChange: setPage, showSizeChanger: false }} locale={{ emptyText: <Empty description={t('inspections.none')} /> }} />
      ) : (
        <List
          loading={list.isLoading}
          dataSource={list.data?.items}
          locale={{ emptyText: <Empty description={t('inspections.none')} /> }}
          pagination={list.data && list.data.total > 20 ? { current: page, pageSize: 20, total: list.data.total, onChange: setPage } : false}
          renderItem={(i) => (
            <Card size="small" style={{ marginBottom: 8 }}>
              <Link to={`/inspections/${i.id}`} data-testid="inspection-link"><Typography.Text strong>{i.productName}</Typography.Text></Link>
              <div><Typography.Text type="secondary">{day(i)} · {i.certificateNumber}</Typography.Text></div>
              <InspectionTag inspection={i} />
            </Card>
          )}
        />
      )}
      {planning ? <PlanDialog onClose={() => setPlanning(false)} /> : null}
    </div>
  );
}
