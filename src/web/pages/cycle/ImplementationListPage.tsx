import { useEffect } from 'react';
import { Card, Input, Table } from 'antd';
import { Link } from 'react-router-dom';
import { useImplementationList } from '../../api/cycle';
import type { ImplementationItem } from '../../../contracts/implementation';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useCycleLabels } from '../../components/cycle/labels';
import { useListParams } from '../../components/useListParams';
import { formatDate, formatInt, formatMillionVnd } from '../../i18n/format';

/** Step 4: accepted business plans being implemented, with support and capital so far. */
export default function ImplementationListPage() {
  const { t } = useCycleLabels();
  const { values, page, pageSize, set } = useListParams(['q', 'cycleYear', 'unit'] as const);
  const list = useImplementationList({ ...values, page, pageSize });

  useEffect(() => {
    document.title = `${t('cycle.implementation.title')} · ${t('app.short')}`;
  }, [t]);

  return (
    <div>
      <PageHeader title={t('cycle.implementation.title')} subtitle={list.data ? t('cycle.list.total', { n: formatInt(list.data.total) }) : undefined} />
      <Card size="small" className="filters-bar">
        <Input.Search allowClear defaultValue={values.q} placeholder={t('cycle.filter.search')} aria-label={t('cycle.filter.search')} onSearch={(q) => set({ q: q.trim() || undefined })} />
      </Card>
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      <Table<ImplementationItem>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: (p, ps) => set({ page: p, pageSize: ps }) }}
        columns={[
          { title: t('cycle.fields.product'), dataIndex: 'productName', render: (n: string, r) => <Link to={`/business-plans/${r.id}?tab=implementation`}>{n}</Link> },
          { title: t('cycle.fields.entity'), dataIndex: 'entityName', responsive: ['md'] },
          { title: t('cycle.fields.unit'), dataIndex: 'unitName', responsive: ['lg'] },
          { title: t('cycle.implementation.supportCount'), dataIndex: 'supportCount', align: 'right', render: (n: number) => formatInt(n) },
          { title: t('cycle.implementation.capitalTotal'), dataIndex: 'capitalVnd', align: 'right', render: (n: number) => formatMillionVnd(n) },
          { title: t('cycle.fields.updatedAt'), dataIndex: 'statusChangedAt', responsive: ['lg'], render: (d: string) => formatDate(d) },
        ]}
      />
    </div>
  );
}
