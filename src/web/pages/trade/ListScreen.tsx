import type { ReactNode } from 'react';
import { Card, Col, Empty, InputNumber, Row, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { formatInt } from '../../i18n/format';
import './trade.css';

/** One filter of a list, kept in the URL under `param`. */
export type ListFilter =
  | { type: 'search'; param: string; testId: string }
  | { type: 'unit'; param: string }
  | { type: 'year'; param: string }
  | { type: 'select'; param: string; label: string; options: { value: string; label: string }[]; testId?: string };

type Values = Record<string, string | undefined>;
type SetParams = (patch: Record<string, string | number | undefined>) => void;

/** The filter bar of the trade and demand lists: search, area, year and classifier selects. */
export function FilterBar({ filters, values, set }: { filters: ListFilter[]; values: Values; set: SetParams }) {
  const { t } = useTranslation();
  return (
    <Card size="small" className="filters-bar">
      <Row gutter={[8, 8]}>
        {filters.map((f) => {
          switch (f.type) {
            case 'search':
              return (
                <Col xs={24} lg={8} key={f.param}>
                  <SearchBox id={f.testId} value={values[f.param]} onCommit={(v) => set({ [f.param]: v })} placeholder={t('trade.search')} ariaLabel={t('trade.search')} testId={f.testId} />
                </Col>
              );
            case 'unit':
              return (
                <Col xs={24} sm={12} lg={6} key={f.param}>
                  <UnitTreePicker value={values[f.param]} onChange={(code) => set({ [f.param]: code })} allowClear placeholder={t('trade.unitPlaceholder')} aria-label={t('trade.unit')} style={{ width: '100%' }} />
                </Col>
              );
            case 'year':
              return (
                <Col xs={12} sm={6} lg={3} key={f.param}>
                  <InputNumber
                    value={values[f.param] ? Number(values[f.param]) : null}
                    onChange={(v) => set({ [f.param]: v ?? undefined })}
                    min={2000}
                    max={2100}
                    placeholder={t('trade.year')}
                    aria-label={t('trade.year')}
                    style={{ width: '100%' }}
                  />
                </Col>
              );
            case 'select':
              return (
                <Col xs={12} sm={6} lg={4} key={f.param}>
                  <Select
                    value={values[f.param]}
                    onChange={(v: string | undefined) => set({ [f.param]: v })}
                    allowClear
                    placeholder={f.label}
                    aria-label={f.label}
                    options={f.options}
                    style={{ width: '100%' }}
                    data-testid={f.testId}
                  />
                </Col>
              );
          }
        })}
      </Row>
    </Card>
  );
}

/**
 * A list screen: header with the total, the filter bar, and a table that scrolls inside its own
 * box (a 390 px phone never scrolls the page sideways), paged on the server.
 */
export function ListScreen<T extends object>({
  title,
  emptyHint,
  extra,
  filters,
  params,
  list,
  columns,
  hint,
  testId,
}: {
  title: string;
  /** Subtitle while the total is not known. */
  emptyHint?: string;
  extra?: ReactNode;
  filters: ListFilter[];
  params: { values: Values; page: number; pageSize: number; set: SetParams };
  list: UseQueryResult<{ items: T[]; total: number }>;
  columns: TableColumnsType<T>;
  hint?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { values, page, pageSize, set } = params;
  return (
    <div>
      <PageHeader title={title} subtitle={list.data ? t('common.totalN', { n: formatInt(list.data.total) }) : emptyHint} extra={extra} />
      <FilterBar filters={filters} values={values} set={set} />
      {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      <div className="trade-table">
        <Table<T>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isLoading}
          scroll={{ x: 'max-content' }}
          pagination={{ current: page, pageSize, total: list.data?.total, onChange: (p) => set({ page: p }), showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('trade.none')} /> }}
          data-testid={testId}
        />
      </div>
      {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
    </div>
  );
}
