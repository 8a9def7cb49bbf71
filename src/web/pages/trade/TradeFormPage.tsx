import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { App, Breadcrumb, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Skeleton, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client';
import { call } from '../../api/call';
import { newRequestId } from '../../api/cycle';
import type { Listing, TradeProduct } from '../../../contracts/trade';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { FormErrorsAlert } from '../../components/FormErrorsAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { applyServerErrors } from '../../components/formErrors';
import { cleanNumber, cleanText } from '../../components/formUtils';
import { inputNumberFormat } from '../../i18n/format';
import { KINDS, type FieldSpec, type KindKey, type KindSpec, type TradeRecord } from './kinds';
import { ProductPicker } from './ProductPicker';

type Values = Record<string, unknown>;

const iso = (d: unknown) => (dayjs.isDayjs(d) ? (d as Dayjs).format('YYYY-MM-DD') : null);
const productKey = (spec: KindSpec) => (spec.products === 'one' ? 'productId' : 'productIds');

/** A form value → the API's value, by how the field is entered. */
function toApi(f: FieldSpec, v: unknown): unknown {
  switch (f.input) {
    case 'date':
      return iso(v);
    case 'int':
    case 'vnd':
    case 'decimal':
      return cleanNumber(v);
    case 'select':
      return v ?? undefined;
    case 'lines':
      return String(v ?? '').split('\n').map((s) => cleanText(s)).filter((s): s is string => !!s);
    default:
      return f.required ? (cleanText(v) ?? '') : cleanText(v);
  }
}

/** The request body of a kind from the form's values (the contract's shape; the server validates it). */
export function bodyOf(spec: KindSpec, v: Values): Values {
  const body: Values = {};
  for (const f of spec.fields) body[f.key] = toApi(f, v[f.key]);
  if (spec.place === 'unit') body.unitCode = v.unitCode ?? '';
  body[productKey(spec)] = spec.products === 'one' ? (v.productId ?? '') : (v.productIds ?? []);
  return body;
}

/** A record as the form's values (dates as dayjs, parties one per line). */
function valuesOf(spec: KindSpec, r: TradeRecord): Values {
  const rec = r as unknown as Values;
  const out: Values = { unitCode: rec.unitCode, [productKey(spec)]: rec[productKey(spec)] };
  for (const f of spec.fields) {
    const v = rec[f.key];
    out[f.key] = f.input === 'date' && typeof v === 'string' ? dayjs(v) : f.input === 'lines' && Array.isArray(v) ? v.join('\n') : (v ?? undefined);
  }
  return out;
}

function initialValues(spec: KindSpec): Values {
  const out: Values = spec.products === 'one' ? {} : { productIds: [] };
  for (const f of spec.fields) if (f.initial !== undefined) out[f.key] = f.initial;
  return out;
}

/**
 * Records or edits one trade-promotion record of any kind, from its spec in `kinds.ts`: the
 * server's field errors land on their fields (a product refused by the 3★ rule on the picker,
 * an end before the start on the end), a stale version shows the conflict notice.
 */
export default function TradeFormPage({ kind }: { kind: KindKey }) {
  const spec = KINDS[kind];
  const { id } = useParams<{ id: string }>();
  const editing = !!id;
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const errMsg = useErrorMessage();
  const [form] = Form.useForm<Values>();
  const requestId = useRef(newRequestId());
  const [errors, setErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const money = useMemo(() => inputNumberFormat(), [i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  const fieldNames = [...spec.fields.map((f) => f.key), 'unitCode', productKey(spec)];

  const rec = useQuery({
    queryKey: ['trade', kind, 'one', id],
    queryFn: () => call(spec.api.get, { params: { id: id ?? '' } }) as Promise<TradeRecord>,
    enabled: editing,
  });

  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = bodyOf(spec, v);
      return (
        editing
          ? call(spec.api.update, { params: { id: id ?? '' }, body: { ...body, version: rec.data?.version ?? 1 } as never })
          : call(spec.api.create, { body: { ...body, requestId: requestId.current } as never })
      ) as Promise<TradeRecord>;
    },
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['trade', kind] });
      message.success(t('trade.saved'));
      navigate(`/trade/${spec.path}/${r.id}`);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409 && editing) setConflict(e.display);
      else if (e instanceof ApiError && e.errors.length) setErrors(applyServerErrors(form, e.errors, fieldNames).map((x) => x.message));
      else setErrors([errMsg(e)]);
    },
  });

  const title = t(spec.titles[editing ? 1 : 0]);
  useEffect(() => {
    document.title = `${title} · ${t('app.short')}`;
  }, [t, title]);
  useEffect(() => {
    if (rec.data) form.setFieldsValue(valuesOf(spec, rec.data));
  }, [rec.data, form, spec]);

  if (editing && rec.isLoading) return <Skeleton active />;
  if (editing && (rec.isError || !rec.data)) return <ErrorState error={rec.error} onRetry={() => void rec.refetch()} />;

  const req = [{ required: true, message: t('errors.required') }];
  const known: TradeProduct[] | undefined = rec.data
    ? 'products' in rec.data
      ? rec.data.products
      : (rec.data as Listing).product
        ? [(rec.data as Listing).product as TradeProduct]
        : []
    : undefined;

  const input = (f: FieldSpec) => {
    switch (f.input) {
      case 'textarea':
        return <Input.TextArea rows={3} maxLength={f.max} />;
      case 'lines':
        return <Input.TextArea rows={3} placeholder={t('trade.field.partiesHint')} />;
      case 'date':
        return <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />;
      case 'int':
        return <InputNumber min={0} precision={0} style={{ width: '100%' }} {...money} />;
      case 'vnd':
        return <InputNumber min={0} precision={0} style={{ width: '100%' }} {...money} />;
      case 'decimal':
        return <InputNumber min={f.min} max={f.upTo} step={0.0001} style={{ width: '100%' }} />;
      case 'select':
        return <Select options={(f.options ?? []).map((o) => ({ value: o, label: t(`${f.labels}.${o}`) }))} data-testid={`trade-field-${f.key}`} />;
      case 'url':
        return <Input maxLength={f.max} inputMode="url" placeholder="https://" />;
      default:
        return <Input maxLength={f.max} inputMode={f.key === 'phone' ? 'tel' : undefined} />;
    }
  };
  /** Wide inputs take a row on a phone and half a row on a desktop; small ones share. */
  const span = (f: FieldSpec) => (f.input === 'textarea' || f.input === 'lines' ? { xs: 24 } : f.input === 'text' || f.input === 'url' ? { xs: 24, md: 12 } : { xs: 12, md: 6 });

  return (
    <div>
      <Breadcrumb items={[{ title: <Link to={`/trade/${spec.path}`}>{t(`trade.${kind}.title`)}</Link> }, { title }]} style={{ marginBottom: 8 }} />
      <PageHeader title={title} />
      {conflict ? <ConflictAlert detail={conflict} onReload={() => { setConflict(null); void rec.refetch(); }} /> : null}
      <FormErrorsAlert messages={errors} />
      <Card size="small">
        <Form form={form} layout="vertical" initialValues={initialValues(spec)} onFinish={(v) => { setErrors([]); save.mutate(v); }} data-testid="trade-form">
          <Row gutter={16}>
            {spec.place === 'unit' ? (
              <Col xs={24} md={12}>
                <Form.Item name="unitCode" label={t('trade.unit')} rules={req}>
                  <UnitTreePicker selectable={['province', 'commune']} placeholder={t('trade.unitPlaceholder')} aria-label={t('trade.unit')} data-testid="trade-unit" />
                </Form.Item>
              </Col>
            ) : null}
            {spec.fields.filter((f) => f.input !== 'textarea').map((f) => (
              <Col key={f.key} {...span(f)}>
                <Form.Item name={f.key} label={t(f.label)} rules={f.required ? req : undefined}>
                  {input(f)}
                </Form.Item>
              </Col>
            ))}
            <Col xs={24}>
              <Form.Item
                name={productKey(spec)}
                label={t(spec.products === 'one' ? 'tradeUi.listedProduct' : 'trade.products')}
                extra={t('trade.productsHint')}
                rules={spec.products === 'many' ? undefined : spec.products === 'one' ? req : [{ required: true, type: 'array', min: 1, message: t('errors.required') }]}
              >
                <ProductPicker known={known} single={spec.products === 'one'} />
              </Form.Item>
            </Col>
            {spec.fields.filter((f) => f.input === 'textarea').map((f) => (
              <Col key={f.key} xs={24}>
                <Form.Item name={f.key} label={t(f.label)}>{input(f)}</Form.Item>
              </Col>
            ))}
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="trade-save">{t('trade.save')}</Button>
            <Button onClick={() => navigate(-1)}>{t('trade.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
