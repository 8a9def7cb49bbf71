import { useEffect } from 'react';
import { Button, Card, Col, Empty, Grid, Pagination, Row, Select, Spin, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../api/auth';
import { useEntity } from '../../api/entities';
import { useGroupLabels } from '../../api/groups';
import { useProducts } from '../../api/products';
import type { Product } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { GroupSelect, SubgroupSelect } from '../../components/GroupSelect';
import { PageHeader } from '../../components/PageHeader';
import { ProductCard } from '../../components/ProductCard';
import { SearchBox } from '../../components/SearchBox';
import { StarBadge } from '../../components/StarBadge';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { useListParams } from '../../components/useListParams';
import { formatInt } from '../../i18n/format';

const KEYS = ['q', 'unit', 'group', 'subgroup', 'stars', 'entityId'] as const;

export default function ProductListPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { data: me } = useMe();
  const { values, page, pageSize, set } = useListParams(KEYS);
  const labels = useGroupLabels();
  const filters = { ...values, page, pageSize };
  const list = useProducts(filters);
  const entity = useEntity(values.entityId);

  useEffect(() => {
    document.title = `${t('products.title')} · ${t('app.short')}`;
  }, [t]);

  const columns: TableColumnsType<Product> = [
    {
      title: t('fields.name'),
      dataIndex: 'name',
      render: (_: unknown, p) => (
        <Link to={`/products/${p.id}`} data-testid="product-link">
          {p.name}
        </Link>
      ),
    },
    {
      title: t('fields.entity'),
      dataIndex: 'entityName',
      responsive: ['lg'],
      render: (_: unknown, p) => <Link to={`/entities/${p.entityId}`}>{p.entityName}</Link>,
    },
    {
      title: t('fields.groupCode'),
      dataIndex: 'subgroupCode',
      responsive: ['xl'],
      render: (_: unknown, p) => (
        <span title={labels.subgroup(p.subgroupCode)}>
          {labels.group(p.groupCode)}
        </span>
      ),
    },
    { title: t('fields.stars'), dataIndex: 'stars', width: 120, render: (s: number | null) => <StarBadge stars={s} /> },
    {
      title: t('fields.unit'),
      dataIndex: 'unitName',
      responsive: ['md'],
      render: (_: unknown, p) => [p.unitName, p.provinceName].filter(Boolean).join(', '),
    },
  ];

  const exportParams = { ...values };

  return (
    <div>
      <PageHeader
        title={t('products.title')}
        subtitle={list.data ? t('common.totalN', { n: formatInt(list.data.total) }) : undefined}
        extra={
          <>
            <ExportButton
              path="/api/products/export.xlsx"
              params={exportParams}
              fileName="san-pham-ocop.xlsx"
              testId="product-export"
            />
            {can(me, 'products.create') ? (
              <Link to={values.entityId ? `/products/new?entityId=${values.entityId}` : '/products/new'}>
                <Button type="primary" icon={<PlusOutlined aria-hidden />} data-testid="product-new">
                  {t('products.new')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Card size="small" className="filters-bar">
        <Row gutter={[8, 8]}>
          <Col xs={24} md={12} xl={7}>
            <SearchBox
              id="product-search"
              value={values.q}
              onCommit={(q) => set({ q })}
              placeholder={t('products.searchPlaceholder')}
              ariaLabel={t('products.searchLabel')}
              testId="product-search"
            />
          </Col>
          <Col xs={24} md={12} xl={5}>
            <UnitTreePicker
              value={values.unit}
              onChange={(unit) => set({ unit })}
              placeholder={t('filters.unit')}
              aria-label={t('filters.unit')}
              data-testid="product-filter-unit"
            />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <GroupSelect
              value={values.group}
              onChange={(group) => set({ group, subgroup: undefined })}
              aria-label={t('fields.groupCode')}
              data-testid="product-filter-group"
            />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <SubgroupSelect
              group={values.group}
              value={values.subgroup}
              onChange={(subgroup) => set({ subgroup })}
              aria-label={t('fields.subgroupCode')}
              data-testid="product-filter-subgroup"
            />
          </Col>
          <Col xs={24} md={8} xl={4}>
            <Select
              aria-label={t('filters.stars')}
              placeholder={t('filters.stars')}
              allowClear
              value={values.stars}
              onChange={(v) => set({ stars: v ?? undefined })}
              options={[
                ...[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t('stars.n', { n }) })),
                { value: '0', label: t('stars.unrated') },
              ]}
              style={{ width: '100%' }}
              data-testid="product-filter-stars"
            />
          </Col>
          {values.entityId ? (
            <Col xs={24}>
              <Tag closable onClose={() => set({ entityId: undefined })} closeIcon>
                {t('fields.entity')}: {entity.data?.name ?? '…'}
              </Tag>
            </Col>
          ) : null}
        </Row>
      </Card>
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      {compact ? (
        <Spin spinning={list.isFetching}>
          {list.data && list.data.items.length === 0 ? <Empty description={t('common.noData')} /> : null}
          <div className="compact-list" data-testid="product-list">
            {(list.data?.items ?? []).map((p) => (
              <ProductCard key={p.id} product={p} groupLabel={labels.group(p.groupCode)} />
            ))}
          </div>
          <Pagination
            style={{ marginTop: 12, display: 'flex', justifyContent: 'center' }}
            current={page}
            pageSize={pageSize}
            total={list.data?.total ?? 0}
            onChange={(p, ps) => set({ page: p, pageSize: ps })}
            simple
          />
        </Spin>
      ) : (
        <Table<Product>
          data-testid="product-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: <Empty description={t('common.noData')} /> }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.totalN', { n: formatInt(total) }),
            onChange: (p, ps) => set({ page: p, pageSize: ps }),
          }}
        />
      )}
    </div>
  );
}
