import { useEffect } from 'react';
import { App, Breadcrumb, Button, Card, Grid, Col, Descriptions, Popconfirm, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { useGroupLabels } from '../../api/groups';
import { useDeleteProduct, useProduct, useProductAudit } from '../../api/products';
import type { StarHistoryItem } from '../../api/types';
import { AuditCard } from '../../components/AuditTimeline';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { StarBadge } from '../../components/StarBadge';
import { formatDateTime, formatVnd } from '../../i18n/format';
import { FiguresSection } from './FiguresSection';
import { PhotosSection } from './PhotosSection';
import { StampsSection } from './StampsSection';
import { InspectionsSection } from './InspectionsSection';
import { useLocalized } from '../evaluation/shared';

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-line' }}>
          {p}
        </Typography.Paragraph>
      ))}
    </>
  );
}

export default function ProductPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const localized = useLocalized();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errMsg = useErrorMessage();
  const { data: me, isLoading: meLoading } = useMe();
  const loggedIn = !!me;
  const product = useProduct(id, true);
  const audit = useProductAudit(id, !!product.data?.actions.includes('audit'));
  const labels = useGroupLabels();
  const del = useDeleteProduct(id ?? '');
  const p = product.data;
  const screens = Grid.useBreakpoint();

  useEffect(() => {
    if (p) document.title = `${p.name} · ${t('app.short')}`;
  }, [p, t]);

  if (product.isLoading || meLoading) return <Skeleton active />;
  if (product.isError || !p) {
    // Not public and not signed in: offer to sign in.
    if (!loggedIn && product.error instanceof ApiError && product.error.status === 401) {
      return <Navigate to={`/login?next=${encodeURIComponent(`/products/${id}`)}`} replace />;
    }
    return <ErrorState error={product.error} onRetry={() => product.refetch()} />;
  }

  const dash = '—';
  const editable = p.actions.includes('update');
  const history = [...(p.starHistory ?? [])].sort((a, b) => b.year - a.year);

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          loggedIn
            ? { title: <Link to="/products">{t('products.title')}</Link> }
            : { title: <Link to="/catalogue">{t('catalogue.title')}</Link> },
          { title: p.name },
        ]}
      />
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }} data-testid="product-title">
            {p.name}
          </Typography.Title>
          <Space size={8} wrap>
            <span style={{ fontSize: 18 }}>
              <StarBadge stars={p.stars} />
            </span>
            <Tag color="green">{labels.group(p.groupCode)}</Tag>
            <Tag className="tag-wrap">{labels.subgroup(p.subgroupCode)}</Tag>
          </Space>
        </div>
        {loggedIn ? (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {editable ? (
              <Link to={`/products/${p.id}/edit`}>
                <Button type="primary" icon={<EditOutlined aria-hidden />} data-testid="product-edit">
                  {t('actions.edit')}
                </Button>
              </Link>
            ) : null}
            {p.actions.includes('delete') ? (
              <Popconfirm
                title={t('products.deleteConfirm')}
                okText={t('actions.delete')}
                cancelText={t('actions.cancel')}
                okButtonProps={{ danger: true, loading: del.isPending }}
                onConfirm={() =>
                  del.mutateAsync(p.version).then(
                    () => {
                      message.success(t('products.deleted'));
                      navigate('/products', { replace: true });
                    },
                    (err) => {
                      message.error(err instanceof ApiError && err.isStale ? t('conflict.body') : errMsg(err));
                      if (err instanceof ApiError && err.isStale) void product.refetch();
                    },
                  )
                }
              >
                <Button danger icon={<DeleteOutlined aria-hidden />} data-testid="product-delete">
                  {t('actions.delete')}
                </Button>
              </Popconfirm>
            ) : null}
          </div>
        ) : null}
      </div>

      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card title={t('products.info')} size="small" style={{ height: '100%' }}>
              <Descriptions
                layout={screens.sm ? 'horizontal' : 'vertical'}
                size="small"
                bordered
                column={1}
                items={[
                  {
                    key: 'entity',
                    label: t('fields.entity'),
                    children: loggedIn ? <Link to={`/entities/${p.entityId}`}>{p.entityName}</Link> : p.entityName,
                  },
                  { key: 'unit', label: t('fields.unit'), children: [p.unitName, p.provinceName].filter(Boolean).join(', ') },
                  { key: 'group', label: t('fields.groupCode'), children: `${p.groupCode}. ${labels.group(p.groupCode)}` },
                  { key: 'subgroup', label: t('fields.subgroupCode'), children: `${p.subgroupCode} ${labels.subgroup(p.subgroupCode)}` },
                  ...(p.productSetCode
                    ? [{ key: 'productSet', label: t('fields.productSet'), children: <span data-testid="product-set">{`${p.productSetCode} ${localized(p.productSetName)}`}</span> }]
                    : []),
                  {
                    key: 'price',
                    label: t('fields.priceVnd'),
                    children:
                      p.priceVnd != null ? (
                        <span data-testid="product-price">
                          {formatVnd(p.priceVnd)}
                          {p.priceUnit ? ` / ${p.priceUnit}` : ''}
                        </span>
                      ) : (
                        dash
                      ),
                  },
                  { key: 'whereToBuy', label: t('fields.whereToBuy'), children: p.whereToBuy ?? dash },
                  { key: 'rawMaterialOrigin', label: t('fields.rawMaterialOrigin'), children: p.rawMaterialOrigin ?? dash },
                  { key: 'packaging', label: t('fields.packaging'), children: p.packaging ?? dash },
                  { key: 'qualityStandard', label: t('fields.qualityStandard'), children: p.qualityStandard ?? dash },
                  { key: 'trademark', label: t('fields.trademark'), children: p.trademark ?? dash },
                  { key: 'gtin', label: t('fields.gtin'), children: p.gtin ?? dash },
                  ...(loggedIn ? [{ key: 'updatedAt', label: t('fields.updatedAt'), children: formatDateTime(p.updatedAt) }] : []),
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={t('products.starHistory')} size="small" style={{ height: '100%' }}>
              <Table<StarHistoryItem>
                size="small"
                rowKey={(r) => `${r.year}-${r.stars}-${r.level}`}
                pagination={false}
                dataSource={history}
                locale={{ emptyText: t('products.noStars') }}
                data-testid="star-history"
                columns={[
                  { title: t('fields.year'), dataIndex: 'year', width: 70 },
                  { title: t('fields.stars'), dataIndex: 'stars', render: (s: number) => <StarBadge stars={s} /> },
                  {
                    title: t('fields.level'),
                    dataIndex: 'level',
                    render: (l: string, r) => (
                      <span>
                        {t(`levels.${l}`, { defaultValue: l })}
                        {r.unitName ? (
                          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                            {r.unitName}
                          </Typography.Text>
                        ) : null}
                        {r.decision ? (
                          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                            {t('fields.decision')}: {r.decision}
                          </Typography.Text>
                        ) : null}
                      </span>
                    ),
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
        {p.description || p.story ? (
          <Card size="small" title={t('products.about')}>
            {p.description ? <Paragraphs text={p.description} /> : null}
            {p.story ? (
              <>
                <Typography.Title level={3} style={{ fontSize: 16 }}>
                  {t('fields.story')}
                </Typography.Title>
                <Paragraphs text={p.story} />
              </>
            ) : null}
          </Card>
        ) : null}
        <PhotosSection product={p} />
        <FiguresSection productId={p.id} canEdit={p.actions.includes('editFigures')} enabled={p.actions.includes('figures')} />
        <StampsSection productId={p.id} signedIn={!!me} canIssue={!!me?.capabilities.includes('stamps.create') && p.stars !== null} />
        <InspectionsSection productId={p.id} signedIn={!!me} canPlan={!!me?.capabilities.includes('inspections.manage') && p.stars !== null} />
        {p.actions.includes('audit') ? <AuditCard audit={audit} /> : null}
      </Space>
    </div>
  );
}
