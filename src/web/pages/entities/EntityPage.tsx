import { useEffect } from 'react';
import { App, Breadcrumb, Button, Card, Grid, Descriptions, Popconfirm, Skeleton, Space, Table, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useDeleteEntity, useEntity, useEntityAudit } from '../../api/entities';
import { useGroupLabels } from '../../api/groups';
import { useProducts } from '../../api/products';
import type { Product } from '../../api/types';
import { AuditCard } from '../../components/AuditTimeline';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { StarBadge } from '../../components/StarBadge';
import { certificationLabel } from './certifications';
import { formatDateTime, formatInt } from '../../i18n/format';

export default function EntityPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errMsg = useErrorMessage();
  const entity = useEntity(id);
  const audit = useEntityAudit(id, !!entity.data?.actions.includes('audit'));
  const products = useProducts({ entityId: id, pageSize: 100 }, { enabled: !!id });
  const labels = useGroupLabels();
  const del = useDeleteEntity(id ?? '');
  const e = entity.data;
  const screens = Grid.useBreakpoint();

  useEffect(() => {
    if (e) document.title = `${e.name} · ${t('app.short')}`;
  }, [e, t]);

  if (entity.isLoading) return <Skeleton active />;
  if (entity.isError || !e) return <ErrorState error={entity.error} onRetry={() => entity.refetch()} />;

  const dash = '—';
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/entities">{t('entities.title')}</Link> }, { title: e.name }]}
      />
      <PageHeader
        title={e.name}
        testId="entity-title"
        subtitle={
          <Space size={4} wrap>
            <Tag color="green">{t(`entityTypes.${e.type}`, { defaultValue: e.type })}</Tag>
            {e.legalForm ? <Tag>{e.legalForm}</Tag> : null}
            <span>{[e.unitName, e.provinceName].filter(Boolean).join(', ')}</span>
          </Space>
        }
        extra={
          <>
            {e.actions.includes('update') ? (
              <Link to={`/entities/${e.id}/edit`}>
                <Button type="primary" icon={<EditOutlined aria-hidden />} data-testid="entity-edit">
                  {t('actions.edit')}
                </Button>
              </Link>
            ) : null}
            {e.actions.includes('delete') ? (
              <Popconfirm
                title={t('entities.deleteConfirm')}
                description={e.productCount > 0 ? t('entities.deleteHasProducts', { n: e.productCount }) : undefined}
                okText={t('actions.delete')}
                cancelText={t('actions.cancel')}
                okButtonProps={{ danger: true, loading: del.isPending }}
                onConfirm={() =>
                  del.mutateAsync(e.version).then(
                    () => {
                      message.success(t('entities.deleted'));
                      navigate('/entities', { replace: true });
                    },
                    (err) => {
                      message.error(err instanceof ApiError && err.isStale ? t('conflict.body') : errMsg(err));
                      if (err instanceof ApiError && err.isStale) void entity.refetch();
                    },
                  )
                }
              >
                <Button danger icon={<DeleteOutlined aria-hidden />} data-testid="entity-delete">
                  {t('actions.delete')}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('entities.info')} size="small">
          <Descriptions
            layout={screens.sm ? 'horizontal' : 'vertical'}
            size="small"
            bordered
            column={{ xs: 1, sm: 1, md: 2, xl: 2 }}
            items={[
              { key: 'type', label: t('fields.type'), children: t(`entityTypes.${e.type}`, { defaultValue: e.type }) },
              { key: 'legalForm', label: t('fields.legalForm'), children: e.legalForm ?? dash },
              { key: 'taxCode', label: t('fields.taxCode'), children: e.taxCode ?? dash },
              { key: 'representative', label: t('fields.representative'), children: e.representative },
              { key: 'address', label: t('fields.address'), children: e.address, span: 2 },
              {
                key: 'unit',
                label: t('fields.unit'),
                children: [e.unitName, e.provinceName].filter(Boolean).join(', '),
              },
              { key: 'foundedYear', label: t('fields.foundedYear'), children: e.foundedYear ?? dash },
              { key: 'members', label: t('fields.members'), children: e.members != null ? formatInt(e.members) : dash },
              {
                key: 'employees',
                label: t('fields.employees'),
                children: e.employees != null ? formatInt(e.employees) : dash,
              },
              { key: 'womanLed', label: t('fields.womanLed'), children: yesNo(e.womanLed) },
              { key: 'ethnicMinorityLed', label: t('fields.ethnicMinorityLed'), children: yesNo(e.ethnicMinorityLed) },
              {
                key: 'certifications',
                label: t('fields.certifications'),
                span: 2,
                children: e.certifications.length ? (
                  <Space size={4} wrap>
                    {e.certifications.map((c) => (
                      <Tag key={c} color="blue">
                        {certificationLabel(c, t)}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  dash
                ),
              },
              { key: 'phone', label: t('fields.phone'), children: e.phone ? <a href={`tel:${e.phone}`}>{e.phone}</a> : dash },
              { key: 'email', label: t('fields.email'), children: e.email ? <a href={`mailto:${e.email}`}>{e.email}</a> : dash },
              {
                key: 'website',
                label: t('fields.website'),
                children: e.website ? (
                  <a href={e.website} target="_blank" rel="noopener noreferrer">
                    {e.website}
                  </a>
                ) : (
                  dash
                ),
              },
              { key: 'updatedAt', label: t('fields.updatedAt'), children: formatDateTime(e.updatedAt) },
            ]}
          />
        </Card>
        <Card
          title={t('entities.products', { n: formatInt(products.data?.total ?? e.productCount) })}
          size="small"
          extra={
            e.actions.includes('createProduct') ? (
              <Link to={`/products/new?entityId=${e.id}`}>
                <Button size="small" icon={<PlusOutlined aria-hidden />}>
                  {t('products.new')}
                </Button>
              </Link>
            ) : null
          }
        >
          <Table<Product>
            size="small"
            rowKey="id"
            loading={products.isLoading}
            dataSource={products.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('entities.noProducts') }}
            columns={[
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
                title: t('fields.groupCode'),
                dataIndex: 'groupCode',
                responsive: ['md'],
                render: (g: string) => labels.group(g),
              },
              { title: t('fields.stars'), dataIndex: 'stars', render: (s: number | null) => <StarBadge stars={s} /> },
            ]}
          />
        </Card>
        {e.actions.includes('audit') ? <AuditCard audit={audit} /> : null}
      </Space>
    </div>
  );
}
