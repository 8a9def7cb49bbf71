import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { App, Breadcrumb, Button, Card, Col, DatePicker, Descriptions, Empty, Form, Input, InputNumber, Progress, Row, Select, Skeleton, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client';
import { call } from '../../api/call';
import { demands, type DemandMatch, type Offer } from '../../../contracts/demands';
import { AuditCard } from '../../components/AuditTimeline';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { FormErrorsAlert } from '../../components/FormErrorsAlert';
import { PageHeader } from '../../components/PageHeader';
import { StarBadge } from '../../components/StarBadge';
import { applyServerErrors } from '../../components/formErrors';
import { cleanNumber, cleanText } from '../../components/formUtils';
import { formatDate, formatNumber, formatVnd, inputNumberFormat } from '../../i18n/format';
import './trade.css';

const OFFER_FIELDS = ['productId', 'quantity', 'quantityUnit', 'priceVnd', 'deliveryBy', 'note'] as const;

/** A demand: what is wanted, the matching products ranked by fit, the offers, and its history. */
export default function DemandPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const errMsg = useErrorMessage();
  const [form] = Form.useForm();
  const [errors, setErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const money = useMemo(() => inputNumberFormat(), [i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  const demand = useQuery({ queryKey: ['demands', 'one', id], queryFn: () => call(demands.get, { params: { id } }) });
  const matches = useQuery({ queryKey: ['demands', 'matches', id], queryFn: () => call(demands.matches, { params: { id } }), enabled: !!demand.data });
  const audit = useQuery({ queryKey: ['demands', 'audit', id], queryFn: () => call(demands.audit, { params: { id } }), enabled: !!demand.data?.actions.includes('audit') });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['demands'] });

  const offer = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      call(demands.offer, {
        params: { id },
        body: {
          productId: String(v.productId ?? ''),
          quantity: cleanNumber(v.quantity),
          quantityUnit: cleanText(v.quantityUnit),
          priceVnd: cleanNumber(v.priceVnd),
          deliveryBy: dayjs.isDayjs(v.deliveryBy) ? (v.deliveryBy as Dayjs).format('YYYY-MM-DD') : null,
          note: cleanText(v.note),
        },
      }),
    onSuccess: () => {
      message.success(t('trade.demands.offerSent'));
      form.resetFields();
      refresh();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.errors.length) setErrors(applyServerErrors(form, e.errors, OFFER_FIELDS).map((x) => x.message));
      else setErrors([errMsg(e)]);
    },
  });
  const setStatus = useMutation({
    mutationFn: (status: 'open' | 'closed') => call(demands.update, { params: { id }, body: { status, version: demand.data?.version ?? 1 } }),
    onSuccess: () => {
      message.success(t('tradeUi.statusChanged'));
      refresh();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) setConflict(e.display);
      else message.error(errMsg(e));
    },
  });

  useEffect(() => {
    if (demand.data) document.title = `${demand.data.title} · ${t('app.short')}`;
  }, [t, demand.data]);

  if (demand.isLoading) return <Skeleton active />;
  if (demand.isError || !demand.data) return <ErrorState error={demand.error} onRetry={() => void demand.refetch()} />;
  const d = demand.data;
  const canOffer = d.actions.includes('offer') && d.status === 'open';

  const matchColumns: TableColumnsType<DemandMatch> = [
    { title: t('trade.product'), key: 'p', width: 220, render: (_: unknown, m) => (
      <div>
        <Link to={`/products/${m.productId}`}>{m.productName}</Link>
        <div><Typography.Text type="secondary">{m.entityName}</Typography.Text></div>
      </div>
    ) },
    { title: t('trade.demands.score'), dataIndex: 'score', width: 140, render: (s: number) => <Progress percent={Math.round(s)} size="small" /> },
    { title: t('fields.stars'), dataIndex: 'stars', width: 100, render: (s: number) => <StarBadge stars={s} /> },
    { title: t('trade.demands.reasons'), key: 'why', width: 260, render: (_: unknown, m) => (
      <span>
        {m.parts.group > 0 ? <Tag>{t(m.subgroupCode === d.subgroupCode && d.subgroupCode ? 'trade.match.subgroup' : 'trade.match.group')}</Tag> : null}
        {m.provinceCode === d.provinceCode ? <Tag>{t('trade.match.sameProvince')}</Tag> : m.distanceKm !== null ? <Tag>{t('trade.match.distance', { km: formatNumber(Math.round(m.distanceKm)) })}</Tag> : null}
        {m.parts.capacity > 0 ? <Tag>{t('trade.match.capacity')}</Tag> : null}
      </span>
    ) },
    { title: t('trade.demands.offers'), dataIndex: 'offered', width: 120, render: (o: boolean) => (o ? <Tag color="green">{t('tradeUi.offered')}</Tag> : null) },
  ];
  const offerColumns: TableColumnsType<Offer> = [
    { title: t('tradeUi.offerProduct'), key: 'p', width: 220, render: (_: unknown, o) => (
      <div>
        <Link to={`/products/${o.productId}`}>{o.productName}</Link>
        <div><Typography.Text type="secondary">{o.entityName}</Typography.Text></div>
      </div>
    ) },
    { title: t('trade.demands.quantity'), key: 'q', width: 120, render: (_: unknown, o) => (o.quantity === null ? '—' : `${formatNumber(o.quantity)} ${o.quantityUnit ?? ''}`) },
    { title: t('trade.demands.offerPrice'), dataIndex: 'priceVnd', width: 140, render: (v: number | null) => (v === null ? '—' : formatVnd(v)) },
    { title: t('trade.demands.deliveryBy'), dataIndex: 'deliveryBy', width: 130, render: (v: string | null) => (v ? formatDate(v) : '—') },
    { title: t('trade.note'), dataIndex: 'note', width: 200 },
  ];

  return (
    <div>
      <Breadcrumb items={[{ title: <Link to="/demands">{t('trade.demands.title')}</Link> }, { title: d.title }]} style={{ marginBottom: 8 }} />
      <PageHeader
        title={d.title}
        testId="demand-title"
        subtitle={<Tag color={d.status === 'open' ? 'green' : 'default'}>{t(`trade.demands.status.${d.status}`)}</Tag>}
        extra={
          d.actions.includes('update') ? (
            <Button loading={setStatus.isPending} onClick={() => setStatus.mutate(d.status === 'open' ? 'closed' : 'open')} data-testid="demand-status">
              {t(d.status === 'open' ? 'trade.demands.close' : 'tradeUi.reopen')}
            </Button>
          ) : null
        }
      />
      {conflict ? <ConflictAlert detail={conflict} onReload={() => { setConflict(null); void demand.refetch(); }} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small">
            <Descriptions column={1} size="small" bordered data-testid="demand-fields">
              <Descriptions.Item label={t('trade.demands.buyer')}>{d.buyerName}</Descriptions.Item>
              <Descriptions.Item label={t('trade.demands.group')}>{[d.groupCode, d.subgroupCode].filter(Boolean).join(' / ') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('trade.demands.quantity')}>{d.quantity === null ? '—' : `${formatNumber(d.quantity)} ${d.quantityUnit ?? ''}`}</Descriptions.Item>
              <Descriptions.Item label={t('trade.demands.deliveryProvince')}>{d.provinceName ?? d.provinceCode}</Descriptions.Item>
              <Descriptions.Item label={t('trade.demands.period')}>{d.fromDate || d.toDate ? t('tradeUi.demandPeriod', { from: d.fromDate ? formatDate(d.fromDate) : '…', to: d.toDate ? formatDate(d.toDate) : '…' }) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('trade.demands.minStars')}><StarBadge stars={d.minStars} /></Descriptions.Item>
              <Descriptions.Item label={t('trade.demands.certifications')}>{d.certifications.length ? d.certifications.join(', ') : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('trade.note')}>{d.note ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={t('trade.demands.matches')} style={{ marginTop: 16 }}>
            {matches.error ? <ErrorState error={matches.error} onRetry={() => void matches.refetch()} /> : null}
            <div className="trade-table">
              <Table rowKey="productId" size="small" columns={matchColumns} dataSource={matches.data?.items} loading={matches.isLoading} scroll={{ x: 'max-content' }} pagination={false} locale={{ emptyText: <Empty description={t('trade.demands.noMatches')} /> }} data-testid="demand-matches" />
            </div>
          </Card>
          <Card size="small" title={t('trade.demands.offers')} style={{ marginTop: 16 }}>
            <div className="trade-table">
              <Table rowKey="id" size="small" columns={offerColumns} dataSource={d.offers} scroll={{ x: 'max-content' }} pagination={false} locale={{ emptyText: <Empty description={t('trade.demands.noOffers')} /> }} data-testid="demand-offers" />
            </div>
          </Card>
          {canOffer ? (
            <Card size="small" title={t('trade.demands.makeOffer')} style={{ marginTop: 16 }}>
              <FormErrorsAlert messages={errors} />
              <Form form={form} layout="vertical" onFinish={(v: Record<string, unknown>) => { setErrors([]); offer.mutate(v); }} data-testid="offer-form">
                <Form.Item name="productId" label={t('tradeUi.offerProduct')} rules={[{ required: true, message: t('errors.required') }]}>
                  <Select options={(matches.data?.items ?? []).filter((m) => !m.offered).map((m) => ({ value: m.productId, label: m.productName }))} />
                </Form.Item>
                <Row gutter={8}>
                  <Col xs={12}><Form.Item name="quantity" label={t('trade.demands.quantity')}><InputNumber min={0} style={{ width: '100%' }} {...money} /></Form.Item></Col>
                  <Col xs={12}><Form.Item name="quantityUnit" label={t('trade.demands.quantityUnit')} initialValue={d.quantityUnit ?? undefined}><Input maxLength={50} /></Form.Item></Col>
                  <Col xs={12}><Form.Item name="priceVnd" label={t('trade.demands.offerPrice')}><InputNumber min={0} precision={0} style={{ width: '100%' }} {...money} /></Form.Item></Col>
                  <Col xs={12}><Form.Item name="deliveryBy" label={t('trade.demands.deliveryBy')}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item></Col>
                </Row>
                <Form.Item name="note" label={t('trade.note')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
                <Button type="primary" htmlType="submit" loading={offer.isPending} data-testid="offer-send">{t('trade.demands.makeOffer')}</Button>
              </Form>
            </Card>
          ) : null}
        </Col>
        <Col xs={24} lg={10}>{d.actions.includes('audit') ? <AuditCard audit={audit} /> : null}</Col>
      </Row>
    </div>
  );
}
