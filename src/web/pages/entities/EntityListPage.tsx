import { useEffect } from 'react';
import { Button, Card, Col, Empty, Grid, Pagination, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../api/auth';
import { useEntities } from '../../api/entities';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { useListParams } from '../../components/useListParams';
import { formatInt } from '../../i18n/format';

const KEYS = ['q', 'unit', 'type'] as const;

function EntityCard({ e }: { e: Entity }) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Link to={`/entities/${e.id}`} className="product-card-title" data-testid="entity-link">
          {e.name}
        </Link>
        <span>
          <Tag>{t(`entityTypes.${e.type}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('entities.productCount', { n: formatInt(e.productCount) })}
          </Typography.Text>
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <EnvironmentOutlined aria-hidden /> {[e.unitName, e.provinceName].filter(Boolean).join(', ')}
        </Typography.Text>
      </Space>
    </Card>
  );
}

export default function EntityListPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { data: me } = useMe();
  const { values, page, pageSize, set } = useListParams(KEYS);
  const list = useEntities({ ...values, type: values.type as EntityType | undefined, page, pageSize });

  useEffect(() => {
    document.title = `${t('entities.title')} · ${t('app.short')}`;
  }, [t]);

  const columns: TableColumnsType<Entity> = [
    {
      title: t('fields.name'),
      dataIndex: 'name',
      render: (_: unknown, e) => (
        <Link to={`/entities/${e.id}`} data-testid="entity-link">
          {e.name}
        </Link>
      ),
    },
    { title: t('fields.type'), dataIndex: 'type', width: 170, render: (v: string) => t(`entityTypes.${v}`, { defaultValue: v }) },
    { title: t('fields.taxCode'), dataIndex: 'taxCode', width: 140, responsive: ['xl'] },
    { title: t('fields.representative'), dataIndex: 'representative', responsive: ['lg'] },
    {
      title: t('fields.unit'),
      dataIndex: 'unitName',
      responsive: ['md'],
      render: (_: unknown, e) => [e.unitName, e.provinceName].filter(Boolean).join(', '),
    },
    {
      title: t('fields.productCount'),
      dataIndex: 'productCount',
      width: 110,
      align: 'right',
      render: (n: number, e) => (
        <Link to={`/products?entityId=${e.id}`} aria-label={t('entities.productCount', { n: formatInt(n) })}>
          {formatInt(n)}
        </Link>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('entities.title')}
        subtitle={list.data ? t('common.totalN', { n: formatInt(list.data.total) }) : undefined}
        extra={
          <>
            <ExportButton path="/api/entities/export.xlsx" params={{ ...values }} fileName="chu-the-ocop.xlsx" testId="entity-export" />
            {can(me, 'entities.create') ? (
              <Link to="/entities/new">
                <Button type="primary" icon={<PlusOutlined aria-hidden />} data-testid="entity-new">
                  {t('entities.new')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Card size="small" className="filters-bar">
        <Row gutter={[8, 8]}>
          <Col xs={24} md={10}>
            <SearchBox
              id="entity-search"
              value={values.q}
              onCommit={(q) => set({ q })}
              placeholder={t('entities.searchPlaceholder')}
              ariaLabel={t('entities.searchLabel')}
              testId="entity-search"
            />
          </Col>
          <Col xs={24} md={8}>
            <UnitTreePicker
              value={values.unit}
              onChange={(unit) => set({ unit })}
              placeholder={t('filters.unit')}
              aria-label={t('filters.unit')}
              data-testid="entity-filter-unit"
            />
          </Col>
          <Col xs={24} md={6}>
            <Select
              aria-label={t('fields.type')}
              placeholder={t('fields.type')}
              allowClear
              value={values.type}
              onChange={(v) => set({ type: v ?? undefined })}
              options={ENTITY_TYPES.map((x) => ({ value: x, label: t(`entityTypes.${x}`) }))}
              style={{ width: '100%' }}
              data-testid="entity-filter-type"
            />
          </Col>
        </Row>
      </Card>
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      {compact ? (
        <Spin spinning={list.isFetching}>
          {list.data && list.data.items.length === 0 ? <Empty description={t('common.noData')} /> : null}
          <div className="compact-list" data-testid="entity-list">
            {(list.data?.items ?? []).map((e) => (
              <EntityCard key={e.id} e={e} />
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
        <Table<Entity>
          data-testid="entity-table"
          rowKey="id"
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
