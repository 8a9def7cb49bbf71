import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { App, Breadcrumb, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Skeleton, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client';
import { call } from '../../api/call';
import { newRequestId } from '../../api/cycle';
import { fairs, salesPoints, type Fair, type FairInput, type SalesPoint, type SalesPointInput } from '../../../contracts/trade';
import { FAIR_LEVELS, SALES_POINT_FUNDING, SALES_POINT_KINDS, SALES_POINT_STATUSES } from '../../../domain/trade/kinds';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { FormErrorsAlert } from '../../components/FormErrorsAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { applyServerErrors } from '../../components/formErrors';
import { cleanNumber, cleanText } from '../../components/formUtils';
import { inputNumberFormat } from '../../i18n/format';
import { ProductPicker } from './ProductPicker';

type FormKind = 'fairs' | 'salesPoints';
type Values = Record<string, unknown> & { productIds?: string[]; unitCode?: string };

const FAIR_FIELDS = ['name', 'organiser', 'startsOn', 'endsOn', 'place', 'level', 'booths', 'visitors', 'salesVnd', 'productIds', 'note', 'unitCode'] as const;
const POINT_FIELDS = ['name', 'kind', 'address', 'latitude', 'longitude', 'funding', 'openedOn', 'operator', 'phone', 'status', 'productIds', 'note', 'unitCode'] as const;
const DATE_FIELDS = ['startsOn', 'endsOn', 'openedOn'];

const iso = (d: unknown) => (dayjs.isDayjs(d) ? (d as Dayjs).format('YYYY-MM-DD') : null);

function fairBody(v: Values): Omit<FairInput, 'requestId'> {
  return {
    name: cleanText(v.name) ?? '',
    organiser: cleanText(v.organiser) ?? '',
    startsOn: iso(v.startsOn) ?? '',
    endsOn: iso(v.endsOn) ?? '',
    place: cleanText(v.place) ?? '',
    level: v.level as FairInput['level'],
    booths: cleanNumber(v.booths),
    visitors: cleanNumber(v.visitors),
    salesVnd: cleanNumber(v.salesVnd),
    productIds: v.productIds ?? [],
    note: cleanText(v.note),
    unitCode: v.unitCode ?? '',
  };
}

function pointBody(v: Values): Omit<SalesPointInput, 'requestId'> {
  return {
    name: cleanText(v.name) ?? '',
    kind: v.kind as SalesPointInput['kind'],
    address: cleanText(v.address) ?? '',
    latitude: cleanNumber(v.latitude),
    longitude: cleanNumber(v.longitude),
    funding: v.funding as SalesPointInput['funding'],
    openedOn: iso(v.openedOn),
    operator: cleanText(v.operator),
    phone: cleanText(v.phone),
    status: v.status as SalesPointInput['status'],
    productIds: v.productIds ?? [],
    note: cleanText(v.note),
    unitCode: v.unitCode ?? '',
  };
}

function toValues(r: Fair | SalesPoint): Values {
  const out: Values = { ...(r as unknown as Record<string, unknown>) };
  for (const k of DATE_FIELDS) if (typeof out[k] === 'string') out[k] = dayjs(out[k] as string);
  return out;
}

/** Records or edits a fair or a sales point; the server's field errors land on their fields. */
export default function TradeFormPage({ kind }: { kind: FormKind }) {
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
  const path = kind === 'fairs' ? 'fairs' : 'sales-points';
  const fieldNames: readonly string[] = kind === 'fairs' ? FAIR_FIELDS : POINT_FIELDS;

  const rec = useQuery<Fair | SalesPoint>({
    queryKey: ['trade', kind, 'one', id],
    queryFn: (): Promise<Fair | SalesPoint> => (kind === 'fairs' ? call(fairs.get, { params: { id: id ?? '' } }) : call(salesPoints.get, { params: { id: id ?? '' } })),
    enabled: editing,
  });

  const save = useMutation({
    mutationFn: async (v: Values) => {
      if (kind === 'fairs') {
        const body = fairBody(v);
        return editing ? call(fairs.update, { params: { id }, body: { ...body, version: rec.data?.version ?? 1 } }) : call(fairs.create, { body: { ...body, requestId: requestId.current } });
      }
      const body = pointBody(v);
      return editing
        ? call(salesPoints.update, { params: { id }, body: { ...body, version: rec.data?.version ?? 1 } })
        : call(salesPoints.create, { body: { ...body, requestId: requestId.current } });
    },
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['trade', kind] });
      message.success(t('trade.saved'));
      navigate(`/trade/${path}/${r.id}`);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409 && editing) setConflict(e.display);
      else if (e instanceof ApiError && e.errors.length) setErrors(applyServerErrors(form, e.errors, fieldNames).map((x) => x.message));
      else setErrors([errMsg(e)]);
    },
  });

  useEffect(() => {
    document.title = `${t(kind === 'fairs' ? (editing ? 'tradeUi.editFair' : 'tradeUi.newFair') : editing ? 'tradeUi.editSalesPoint' : 'tradeUi.newSalesPoint')} · ${t('app.short')}`;
  }, [t, kind, editing]);
  useEffect(() => {
    if (rec.data) form.setFieldsValue(toValues(rec.data));
  }, [rec.data, form]);

  if (editing && rec.isLoading) return <Skeleton active />;
  if (editing && (rec.isError || !rec.data)) return <ErrorState error={rec.error} onRetry={() => void rec.refetch()} />;

  const title = t(kind === 'fairs' ? (editing ? 'tradeUi.editFair' : 'tradeUi.newFair') : editing ? 'tradeUi.editSalesPoint' : 'tradeUi.newSalesPoint');
  const req = [{ required: true, message: t('errors.required') }];
  const opts = (list: readonly string[], prefix: string) => list.map((o) => ({ value: o, label: t(`${prefix}.${o}`) }));

  return (
    <div>
      <Breadcrumb items={[{ title: <Link to={`/trade/${path}`}>{t(`trade.${kind}.title`)}</Link> }, { title }]} style={{ marginBottom: 8 }} />
      <PageHeader title={title} />
      {conflict ? <ConflictAlert detail={conflict} onReload={() => { setConflict(null); void rec.refetch(); }} /> : null}
      <FormErrorsAlert messages={errors} />
      <Card size="small">
        <Form
          form={form}
          layout="vertical"
          initialValues={kind === 'fairs' ? { level: 'provincial', productIds: [] } : { kind: 'point', funding: 'state', status: 'open', productIds: [] }}
          onFinish={(v) => { setErrors([]); save.mutate(v); }}
          data-testid="trade-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('trade.field.name')} rules={req}><Input maxLength={300} /></Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="unitCode" label={t('trade.unit')} rules={req}>
                <UnitTreePicker selectable={['province', 'commune']} placeholder={t('trade.unitPlaceholder')} aria-label={t('trade.unit')} />
              </Form.Item>
            </Col>
            {kind === 'fairs' ? (
              <>
                <Col xs={24} md={12}><Form.Item name="organiser" label={t('trade.field.organiser')} rules={req}><Input maxLength={300} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name="place" label={t('trade.field.place')} rules={req}><Input maxLength={300} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="startsOn" label={t('trade.field.startsOn')} rules={req}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="endsOn" label={t('trade.field.endsOn')} rules={req}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name="level" label={t('trade.field.level')} rules={req}><Select options={opts(FAIR_LEVELS, 'trade.level')} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="booths" label={t('trade.field.booths')}><InputNumber min={0} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="visitors" label={t('trade.field.visitors')}><InputNumber min={0} precision={0} style={{ width: '100%' }} {...money} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name="salesVnd" label={t('trade.field.salesVnd')}><InputNumber min={0} precision={0} style={{ width: '100%' }} {...money} /></Form.Item></Col>
              </>
            ) : (
              <>
                <Col xs={12} md={6}><Form.Item name="kind" label={t('trade.field.kind')}><Select options={opts(SALES_POINT_KINDS, 'trade.salesPointKind')} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="funding" label={t('trade.field.funding')} rules={req}><Select options={opts(SALES_POINT_FUNDING, 'trade.funding')} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name="address" label={t('trade.field.address')} rules={req}><Input maxLength={500} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="latitude" label={t('trade.field.latitude')}><InputNumber min={8} max={24} step={0.0001} style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="longitude" label={t('trade.field.longitude')}><InputNumber min={102} max={118} step={0.0001} style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="openedOn" label={t('trade.field.openedOn')}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={12} md={6}><Form.Item name="status" label={t('trade.status')}><Select options={opts(SALES_POINT_STATUSES, 'trade.salesPointStatus')} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name="operator" label={t('trade.field.operator')}><Input maxLength={300} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name="phone" label={t('trade.field.phone')}><Input maxLength={50} inputMode="tel" /></Form.Item></Col>
              </>
            )}
            <Col xs={24}>
              <Form.Item name="productIds" label={t('trade.products')} extra={t('trade.productsHint')}>
                <ProductPicker known={rec.data?.products} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="note" label={t('trade.note')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
            </Col>
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
