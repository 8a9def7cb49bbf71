import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Card, Col, Empty, Row, Select, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { demands, type Demand } from '../../../contracts/demands';
import { DEMAND_STATUSES } from '../../../domain/trade/kinds';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { useListParams } from '../../components/useListParams';
import { formatDate, formatInt, formatNumber } from '../../i18n/format';
import './trade.css';

/** Demands the user may see: a buyer its own, officers their province's, producers those matching their products. */
export default function DemandListPage() {
  const { t } = useTranslation();
  const { values, page, pageSize, set } = useListParams(['q', 'status'] as const);
  const status = DEMAND_STATUSES.find((s) => s === values.status);
  const list = useQuery({
    queryKey: ['demands', values, page, pageSize],
    queryFn: () => call(demands.list, { query: { q: values.q, status, page, pageSize } }),
  });

  useEffect(() => {
    document.title = `${t('trade.demands.title')} · ${t('app.short')}`;
  }, [t]);

  const columns: TableColumnsType<Demand> = [
    { title: t('trade.demands.what'), key: 'title', width: 220, render: (_: unknown, d) => <Link to={`/demands/${d.id}`} data-testid="demand-link">{d.title}</Link> },
    { title: t('trade.demands.buyer'), dataIndex: 'buyerName', width: 180 },
    { title: t('trade.demands.quantity'), key: 'qty', width: 120, render: (_: unknown, d) => (d.quantity === null ? '—' : `${formatNumber(d.quantity)} ${d.quantityUnit ?? ''}`) },
    { title: t('trade.demands.deliveryProvince'), key: 'prov', width: 150, render: (_: unknown, d) => d.provinceName ?? d.provinceCode },
    { title: t('trade.demands.period'), key: 'period', width: 190, render: (_: unknown, d) => (d.fromDate || d.toDate ? t('tradeUi.demandPeriod', { from: d.fromDate ? formatDate(d.fromDate) : '…', to: d.toDate ? formatDate(d.toDate) : '…' }) : '—') },
    { title: t('trade.demands.offers'), key: 'offers', width: 110, render: (_: unknown, d) => t('tradeUi.offersCount', { count: d.offers.length }) },
    { title: t('trade.status'), dataIndex: 'status', width: 150, render: (s: Demand['status']) => <Tag color={s === 'open' ? 'green' : 'default'}>{t(`trade.demands.status.${s}`)}</Tag> },
  ];

  return (
    <div>
      <PageHeader title={t('trade.demands.title')} subtitle={list.data ? t('common.totalN', { n: formatInt(list.data.total) }) : t('tradeUi.demandsHint')} />
      <Card size="small" className="filters-bar">
        <Row gutter={[8, 8]}>
          <Col xs={24} lg={10}>
            <SearchBox id="demand-search" value={values.q} onCommit={(v) => set({ q: v })} placeholder={t('trade.search')} ariaLabel={t('trade.search')} testId="demand-search" />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              value={status}
              onChange={(v: string | undefined) => set({ status: v })}
              allowClear
              placeholder={t('trade.status')}
              aria-label={t('trade.status')}
              options={DEMAND_STATUSES.map((s) => ({ value: s, label: t(`trade.demands.status.${s}`) }))}
              style={{ width: '100%' }}
            />
          </Col>
        </Row>
      </Card>
      {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      <div className="trade-table">
        <Table
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isLoading}
          scroll={{ x: 'max-content' }}
          pagination={{ current: page, pageSize, total: list.data?.total, onChange: (p) => set({ page: p }), showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('trade.none')} /> }}
        />
      </div>
    </div>
  );
}
