import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, Empty, InputNumber, Row, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../api/auth';
import { call } from '../../api/call';
import { pathOf } from '../../api/call';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { useListParams } from '../../components/useListParams';
import { formatInt } from '../../i18n/format';
import { KINDS, recordName, type KindKey, type TradeRecord } from './kinds';
import { FieldValue } from './FieldValue';
import './trade.css';

/** One kind of trade-promotion record: filters in the URL, a table that scrolls inside itself, Excel export. */
export default function TradeListPage({ kind }: { kind: KindKey }) {
  const spec = KINDS[kind];
  const { t } = useTranslation();
  const { data: me } = useMe();
  const filterKeys = ['q', 'unit', 'year', ...spec.filters.map((f) => f.param)];
  const { values, page, pageSize, set } = useListParams(filterKeys);
  const filters: Record<string, string | number | undefined> = { ...values, year: values.year ? Number(values.year) : undefined };
  const list = useQuery({
    queryKey: ['trade', kind, filters, page, pageSize],
    queryFn: () => call(spec.api.list, { query: { ...filters, page, pageSize } as never }) as Promise<{ items: TradeRecord[]; total: number }>,
  });

  useEffect(() => {
    document.title = `${t(`trade.${kind}.title`)} · ${t('app.short')}`;
  }, [t, kind]);

  const columns: TableColumnsType<TradeRecord> = [
    {
      title: t(kind === 'listings' ? 'trade.product' : 'trade.field.name'),
      key: 'name',
      width: 220,
      render: (_: unknown, r) => (
        <Link to={`/trade/${spec.path}/${r.id}`} data-testid="trade-record-link">
          {recordName(spec, r)}
        </Link>
      ),
    },
    { title: t('tradeUi.place'), key: 'place', width: 160, render: (_: unknown, r) => r.unitName ?? r.unitCode },
    ...spec.columns.map((c) => ({
      title: t(c.label),
      key: c.key,
      width: 130,
      render: (_: unknown, r: TradeRecord) => <FieldValue spec={c} value={(r as unknown as Record<string, unknown>)[c.key]} />,
    })),
  ];

  return (
    <div>
      <PageHeader
        title={t(`trade.${kind}.title`)}
        subtitle={list.data ? t('common.totalN', { n: formatInt(list.data.total) }) : undefined}
        extra={
          <>
            <ExportButton path={pathOf(spec.api.export)} params={filters} fileName={`${spec.path}.xlsx`} testId="trade-export" />
            {spec.editable && can(me, 'trade.manage') ? (
              <Link to={`/trade/${spec.path}/new`}>
                <Button type="primary" icon={<PlusOutlined aria-hidden />} data-testid="trade-new">
                  {t(`trade.${kind}.new`)}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Card size="small" className="filters-bar">
        <Row gutter={[8, 8]}>
          <Col xs={24} lg={8}>
            <SearchBox id="trade-search" value={values.q} onCommit={(v) => set({ q: v })} placeholder={t('trade.search')} ariaLabel={t('trade.search')} testId="trade-search" />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <UnitTreePicker value={values.unit} onChange={(code) => set({ unit: code })} allowClear placeholder={t('trade.unitPlaceholder')} aria-label={t('trade.unit')} style={{ width: '100%' }} />
          </Col>
          {spec.year ? (
            <Col xs={12} sm={6} lg={3}>
              <InputNumber
                value={values.year ? Number(values.year) : null}
                onChange={(v) => set({ year: v ?? undefined })}
                min={2000}
                max={2100}
                placeholder={t('trade.year')}
                aria-label={t('trade.year')}
                style={{ width: '100%' }}
              />
            </Col>
          ) : null}
          {spec.filters.map((f) => (
            <Col xs={12} sm={6} lg={3} key={f.param}>
              <Select
                value={values[f.param]}
                onChange={(v: string | undefined) => set({ [f.param]: v })}
                allowClear
                placeholder={t(`tradeUi.filter.${f.param}`)}
                aria-label={t(`tradeUi.filter.${f.param}`)}
                options={f.options.map((o) => ({ value: o, label: t(`${f.labels}.${o}`) }))}
                style={{ width: '100%' }}
                data-testid={`trade-filter-${f.param}`}
              />
            </Col>
          ))}
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
          pagination={{ current: page, pageSize, total: list.data?.total, onChange: (p, s) => set({ page: p, pageSize: s }), showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('trade.none')} /> }}
        />
      </div>
      <Typography.Text type="secondary">{t('tradeUi.listHint')}</Typography.Text>
    </div>
  );
}
