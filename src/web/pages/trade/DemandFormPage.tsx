import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { App, Breadcrumb, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { can, useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { call } from '../../api/call';
import { newRequestId } from '../../api/cycle';
import { buyers } from '../../../contracts/buyers';
import { demands, type DemandInput } from '../../../contracts/demands';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { FormErrorsAlert } from '../../components/FormErrorsAlert';
import { GroupSelect, SubgroupSelect } from '../../components/GroupSelect';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { applyServerErrors } from '../../components/formErrors';
import { cleanNumber, cleanText } from '../../components/formUtils';
import { inputNumberFormat } from '../../i18n/format';

const FIELDS = ['title', 'buyerId', 'groupCode', 'subgroupCode', 'quantity', 'quantityUnit', 'deliveryProvinceCode', 'fromDate', 'toDate', 'minStars', 'certifications', 'note'] as const;
type Values = Partial<Record<(typeof FIELDS)[number], unknown>>;

const iso = (d: unknown) => (dayjs.isDayjs(d) ? (d as Dayjs).format('YYYY-MM-DD') : null);

function bodyOf(v: Values, requestId: string, onBehalf: boolean): DemandInput {
  return {
    title: cleanText(v.title) ?? '',
    groupCode: (v.groupCode as string | undefined) ?? null,
    subgroupCode: (v.subgroupCode as string | undefined) ?? null,
    quantity: cleanNumber(v.quantity),
    quantityUnit: cleanText(v.quantityUnit),
    deliveryProvinceCode: (v.deliveryProvinceCode as string | undefined) ?? '',
    fromDate: iso(v.fromDate),
    toDate: iso(v.toDate),
    minStars: (v.minStars as number | undefined) ?? 3,
    certifications: ((v.certifications as string[] | undefined) ?? []).map((c) => cleanText(c)).filter((c): c is string => !!c),
    note: cleanText(v.note),
    ...(onBehalf ? { buyerId: (v.buyerId as string | undefined) ?? undefined } : {}),
    requestId,
  };
}

/** An approved buyer of the officer's jurisdiction, searched by name (accent-insensitive on the server). */
function BuyerSelect({ value, onChange, id }: { value?: string; onChange?: (v: string | undefined) => void; id?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({ queryKey: ['buyers', 'approved', q], queryFn: () => call(buyers.list, { query: { q: q || undefined, status: 'approved', pageSize: 30 } }) });
  return (
    <Select
      id={id}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onBlur={() => setQ('')}
      loading={found.isFetching}
      allowClear
      placeholder={t('tradeUi.buyerSearch')}
      options={(found.data?.items ?? []).map((b) => ({ value: b.id, label: `${b.organisation} — ${b.provinceName ?? b.provinceCode}` }))}
      style={{ width: '100%' }}
      data-testid="demand-buyer"
    />
  );
}

/**
 * Posts a demand: a buyer for itself; an officer (who manages buyer accounts) on a buyer's
 * behalf, naming the buyer. The server ranks the matching products and notifies the producers
 * of the best; the demand's page shows them.
 */
export default function DemandFormPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const errMsg = useErrorMessage();
  const { data: me, isLoading, error } = useMe();
  const onBehalf = can(me, 'buyers.manage');
  const [form] = Form.useForm<Values>();
  const group = Form.useWatch('groupCode', form) as string | undefined;
  const requestId = useRef(newRequestId());
  const [errors, setErrors] = useState<string[]>([]);
  const amount = useMemo(() => inputNumberFormat(), [i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = useMutation({
    mutationFn: (v: Values) => call(demands.create, { body: bodyOf(v, requestId.current, onBehalf) }),
    onSuccess: (d) => {
      void qc.invalidateQueries({ queryKey: ['demands'] });
      message.success(t('tradeUi.demandPosted'));
      navigate(`/demands/${d.id}`);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.errors.length) setErrors(applyServerErrors(form, e.errors, FIELDS).map((x) => x.message));
      else setErrors([errMsg(e)]);
    },
  });

  useEffect(() => {
    document.title = `${t('tradeUi.newDemandTitle')} · ${t('app.short')}`;
  }, [t]);

  if (isLoading) return null;
  if (error) return <ErrorState error={error} />;
  const req = [{ required: true, message: t('errors.required') }];

  return (
    <div>
      <Breadcrumb items={[{ title: <Link to="/demands">{t('trade.demands.title')}</Link> }, { title: t('tradeUi.newDemandTitle') }]} style={{ marginBottom: 8 }} />
      <PageHeader title={t('tradeUi.newDemandTitle')} subtitle={t('tradeUi.newDemandHint')} />
      <FormErrorsAlert messages={errors} />
      <Card size="small">
        <Form form={form} layout="vertical" initialValues={{ minStars: 3, certifications: [] }} onFinish={(v) => { setErrors([]); save.mutate(v); }} data-testid="demand-form">
          <Row gutter={16}>
            {onBehalf ? (
              <Col xs={24}>
                <Form.Item name="buyerId" label={t('trade.demands.buyer')} rules={req} extra={t('tradeUi.onBehalfHint')}>
                  <BuyerSelect />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24}>
              <Form.Item name="title" label={t('trade.demands.what')} rules={req}>
                <Input maxLength={300} data-testid="demand-title-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="groupCode" label={t('trade.demands.group')}>
                <GroupSelect onChange={(v) => form.setFieldsValue({ groupCode: v, subgroupCode: undefined })} data-testid="demand-group" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="subgroupCode" label={t('trade.demands.subgroup')}>
                <SubgroupSelect group={group} data-testid="demand-subgroup" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="quantity" label={t('trade.demands.quantity')}>
                <InputNumber min={0} style={{ width: '100%' }} {...amount} data-testid="demand-quantity" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="quantityUnit" label={t('trade.demands.quantityUnit')}>
                <Input maxLength={50} placeholder={t('tradeUi.unitExample')} data-testid="demand-unit" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="deliveryProvinceCode" label={t('trade.demands.deliveryProvince')} rules={req}>
                <UnitTreePicker selectable={['province']} placeholder={t('trade.buyers.province')} aria-label={t('trade.demands.deliveryProvince')} data-testid="demand-province" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="fromDate" label={t('trade.demands.fromDate')}>
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="toDate" label={t('trade.demands.toDate')}>
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="minStars" label={t('trade.demands.minStars')}>
                <Select options={[3, 4, 5].map((s) => ({ value: s, label: t('trade.stars', { stars: s }) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={18}>
              <Form.Item name="certifications" label={t('trade.demands.certifications')} extra={t('tradeUi.certificationsHint')}>
                <Select mode="tags" tokenSeparators={[',']} options={['VietGAP', 'HACCP', 'ISO 22000', 'Hữu cơ'].map((c) => ({ value: c, label: c }))} data-testid="demand-certifications" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="note" label={t('trade.note')}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="demand-save">{t('trade.demands.new')}</Button>
            <Button onClick={() => navigate(-1)}>{t('trade.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
