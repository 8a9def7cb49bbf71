import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Button, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../api/auth';
import { call } from '../../api/call';
import { demands, type Demand } from '../../../contracts/demands';
import { DEMAND_STATUSES } from '../../../domain/trade/kinds';
import { useListParams } from '../../components/useListParams';
import { formatDate, formatNumber } from '../../i18n/format';
import { ListScreen } from './ListScreen';

/** Demands the user may see: a buyer its own, officers their province's, producers those matching their products. */
export default function DemandListPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const params = useListParams(['q', 'status'] as const);
  const { values, page, pageSize } = params;
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
    <ListScreen
      title={t('trade.demands.title')}
      emptyHint={t('tradeUi.demandsHint')}
      extra={
        can(me, 'demands.create') ? (
          <Link to="/demands/new">
            <Button type="primary" icon={<PlusOutlined aria-hidden />} data-testid="demand-new">
              {t('trade.demands.new')}
            </Button>
          </Link>
        ) : null
      }
      filters={[
        { type: 'search', param: 'q', testId: 'demand-search' },
        { type: 'select', param: 'status', label: t('trade.status'), options: DEMAND_STATUSES.map((s) => ({ value: s, label: t(`trade.demands.status.${s}`) })), testId: 'demand-filter-status' },
      ]}
      params={params}
      list={list}
      columns={columns}
      testId="demand-list"
    />
  );
}
