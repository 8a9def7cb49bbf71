import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Breadcrumb, Button, Card, Col, Descriptions, List, Row, Skeleton, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import type { AuditEvent } from '../../api/types';
import type { Fair, Listing, TradeProduct } from '../../../contracts/trade';
import { AuditCard } from '../../components/AuditTimeline';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { StarBadge } from '../../components/StarBadge';
import { KINDS, recordName, shownFields, type KindKey, type TradeRecord } from './kinds';
import { FieldValue } from './FieldValue';

/** One trade-promotion record: its fields, its products and entities, and its audit timeline. */
export default function TradeRecordPage({ kind }: { kind: KindKey }) {
  const spec = KINDS[kind];
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const rec = useQuery({ queryKey: ['trade', kind, 'one', id], queryFn: () => call(spec.api.get, { params: { id } }) as Promise<TradeRecord> });
  const audit = useQuery({
    queryKey: ['trade', kind, 'audit', id],
    queryFn: () => call(spec.api.audit, { params: { id } }) as Promise<{ items: AuditEvent[] }>,
    enabled: !!rec.data?.actions.includes('audit'),
  });
  const name = rec.data ? recordName(spec, rec.data) : '';

  useEffect(() => {
    if (name) document.title = `${name} · ${t('app.short')}`;
  }, [t, name]);

  if (rec.isLoading) return <Skeleton active />;
  if (rec.isError || !rec.data) return <ErrorState error={rec.error} onRetry={() => void rec.refetch()} />;
  const r = rec.data;
  const values = r as unknown as Record<string, unknown>;
  const products: TradeProduct[] = 'products' in r ? r.products : (r as Listing).product ? [(r as Listing).product as TradeProduct] : [];
  const entities = kind === 'fairs' ? (r as Fair).entities : [];

  return (
    <div>
      <Breadcrumb items={[{ title: <Link to={`/trade/${spec.path}`}>{t(`trade.${kind}.title`)}</Link> }, { title: name }]} style={{ marginBottom: 8 }} />
      <PageHeader
        title={name}
        testId="trade-record-title"
        extra={
          r.actions.includes('update') ? (
            <Link to={`/trade/${spec.path}/${r.id}/edit`}>
              <Button icon={<EditOutlined aria-hidden />} data-testid="trade-edit">
                {t('trade.edit')}
              </Button>
            </Link>
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small">
            <Descriptions column={1} size="small" bordered data-testid="trade-fields">
              <Descriptions.Item label={t('tradeUi.place')}>{[r.unitName, r.provinceName !== r.unitName ? r.provinceName : null].filter(Boolean).join(', ') || r.unitCode}</Descriptions.Item>
              {shownFields(spec).map((f) => (
                <Descriptions.Item key={f.key} label={t(f.label)}>
                  <FieldValue spec={f} value={values[f.key]} />
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
          <Card size="small" title={t('tradeUi.productsTitle', { count: products.length })} style={{ marginTop: 16 }}>
            <List
              size="small"
              dataSource={products}
              locale={{ emptyText: t('tradeUi.noProducts') }}
              renderItem={(p) => (
                <List.Item>
                  <div style={{ minWidth: 0 }}>
                    <Link to={`/products/${p.id}`}>{p.name}</Link>
                    <div>
                      <Typography.Text type="secondary">{p.entityName}</Typography.Text>
                    </div>
                  </div>
                  {p.stars ? <StarBadge stars={p.stars} /> : null}
                </List.Item>
              )}
            />
          </Card>
          {kind === 'fairs' ? (
            <Card size="small" title={t('trade.entities')} style={{ marginTop: 16 }}>
              <List size="small" dataSource={entities} locale={{ emptyText: '—' }} renderItem={(e) => <List.Item><Link to={`/entities/${e.id}`}>{e.name}</Link></List.Item>} />
            </Card>
          ) : null}
        </Col>
        <Col xs={24} lg={10}>
          {r.actions.includes('audit') ? <AuditCard audit={audit} /> : null}
        </Col>
      </Row>
    </div>
  );
}
