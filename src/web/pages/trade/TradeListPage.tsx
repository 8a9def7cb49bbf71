import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Button } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../api/auth';
import { call, pathOf } from '../../api/call';
import { ExportButton } from '../../components/ExportButton';
import { useListParams } from '../../components/useListParams';
import { KINDS, columnFields, recordName, selectFilters, type KindKey, type TradeRecord } from './kinds';
import { FieldValue } from './FieldValue';
import { ListScreen, type ListFilter } from './ListScreen';

/** One kind of trade-promotion record: filters in the URL, a table that scrolls inside itself, Excel export. */
export default function TradeListPage({ kind }: { kind: KindKey }) {
  const spec = KINDS[kind];
  const { t } = useTranslation();
  const { data: me } = useMe();
  const selects = selectFilters(spec);
  const filterKeys = ['q', 'unit', 'year', ...selects.map((f) => f.key)];
  const params = useListParams(filterKeys);
  const { values, page, pageSize } = params;
  const filters: Record<string, string | number | undefined> = { ...values, year: values.year ? Number(values.year) : undefined };
  const list = useQuery({
    queryKey: ['trade', kind, filters, page, pageSize],
    queryFn: () => call(spec.api.list, { query: { ...filters, page, pageSize } as never }) as Promise<{ items: TradeRecord[]; total: number }>,
  });

  useEffect(() => {
    document.title = `${t(`trade.${kind}.title`)} · ${t('app.short')}`;
  }, [t, kind]);

  const bar: ListFilter[] = [
    { type: 'search', param: 'q', testId: 'trade-search' },
    { type: 'unit', param: 'unit' },
    ...(spec.year ? [{ type: 'year' as const, param: 'year' }] : []),
    ...selects.map((f) => ({
      type: 'select' as const, param: f.key, label: t(`tradeUi.filter.${f.key}`), testId: `trade-filter-${f.key}`,
      options: f.options.map((o) => ({ value: o, label: t(`${f.labels}.${o}`) })),
    })),
  ];
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
    ...columnFields(spec).map((c) => ({
      title: t(c.label),
      key: c.key,
      width: 130,
      render: (_: unknown, r: TradeRecord) => <FieldValue spec={c} value={(r as unknown as Record<string, unknown>)[c.key]} />,
    })),
  ];

  return (
    <ListScreen
      title={t(`trade.${kind}.title`)}
      extra={
        <>
          <ExportButton path={pathOf(spec.api.export)} params={filters} fileName={`${spec.path}.xlsx`} testId="trade-export" />
          {can(me, 'trade.manage') ? (
            <Link to={`/trade/${spec.path}/new`}>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} data-testid="trade-new">
                {t(`trade.${kind}.new`)}
              </Button>
            </Link>
          ) : null}
        </>
      }
      filters={bar}
      params={params}
      list={list}
      columns={columns}
      hint={t('tradeUi.listHint')}
      testId="trade-list"
    />
  );
}
