import { useEffect, useMemo } from 'react';
import { App, Breadcrumb, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Skeleton, Space } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { useCreateProduct, useProduct, useUpdateProduct } from '../../api/products';
import type { Product, ProductInput, ProductPatch } from '../../api/types';
import { ConflictAlert } from '../../components/ConflictAlert';
import { FormErrorsAlert } from '../../components/FormErrorsAlert';
import { EntitySelect } from '../../components/EntitySelect';
import { ErrorState } from '../../components/ErrorState';
import { cleanNumber, cleanText } from '../../components/formUtils';
import { GroupSelect, SubgroupSelect } from '../../components/GroupSelect';
import { PageHeader } from '../../components/PageHeader';
import { useVersionedForm } from '../../components/useVersionedForm';
import { inputNumberFormat } from '../../i18n/format';

const FIELDS = [
  'entityId',
  'name',
  'groupCode',
  'subgroupCode',
  'description',
  'story',
  'rawMaterialOrigin',
  'packaging',
  'qualityStandard',
  'trademark',
  'gtin',
  'priceVnd',
  'priceUnit',
  'whereToBuy',
  'figuresPublic',
] as const;

type FormValues = Partial<Record<(typeof FIELDS)[number], unknown>>;

function toFormValues(p: Product): FormValues {
  const out: FormValues = {};
  for (const f of FIELDS) out[f] = p[f] as unknown;
  return out;
}

function toInput(v: FormValues): ProductInput {
  return {
    entityId: (v.entityId as string) ?? '',
    name: cleanText(v.name) ?? '',
    groupCode: (v.groupCode as string) ?? '',
    subgroupCode: (v.subgroupCode as string) ?? '',
    description: cleanText(v.description),
    story: cleanText(v.story),
    rawMaterialOrigin: cleanText(v.rawMaterialOrigin),
    packaging: cleanText(v.packaging),
    qualityStandard: cleanText(v.qualityStandard),
    trademark: cleanText(v.trademark),
    gtin: cleanText(v.gtin)?.replace(/\s+/g, '') || null,
    priceVnd: cleanNumber(v.priceVnd),
    priceUnit: cleanText(v.priceUnit),
    whereToBuy: cleanText(v.whereToBuy),
    figuresPublic: v.figuresPublic === true,
  };
}

export default function ProductFormPage() {
  const { id } = useParams<{ id: string }>();
  const editing = !!id;
  const [sp] = useSearchParams();
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [form] = Form.useForm<FormValues>();
  const product = useProduct(id);
  const create = useCreateProduct();
  const update = useUpdateProduct(id ?? '');
  const { base, conflict, generalErrors, reload, onError, startSubmit, saveChanges } = useVersionedForm({
    form,
    record: product,
    toFormValues,
    fields: FIELDS,
    pathOf: (productId) => `/products/${productId}`,
  });
  const group = Form.useWatch('groupCode', form) as string | undefined;
  const moneyFormat = useMemo(() => inputNumberFormat(), [i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps

  // a producer's account names its entity: its products belong to it
  const producerEntity = me?.entityId ?? null;
  const presetEntity = producerEntity ?? sp.get('entityId') ?? undefined;

  useEffect(() => {
    document.title = `${editing ? t('products.editTitle') : t('products.new')} · ${t('app.short')}`;
  }, [editing, t]);

  if (editing && product.isLoading) return <Skeleton active />;
  if (editing && product.isError) return <ErrorState error={product.error} onRetry={() => product.refetch()} />;

  const onFinish = (values: FormValues) => {
    startSubmit();
    const input = toInput(values);
    if (!editing) {
      const submit = (body: ProductInput) =>
        create.mutate(body, {
          onSuccess: (p) => {
            message.success(t('products.created'));
            navigate(`/products/${p.id}`, { replace: true });
          },
          onError: (e) => {
            // The entity already has a product of this name: ask whether this is another one.
            if (e instanceof ApiError && e.code === 'errors.conflict.duplicateProduct') {
              modal.confirm({ title: e.display, okText: t('products.confirmDistinct'), cancelText: t('actions.cancel'), onOk: () => submit({ ...body, distinct: true }) });
              return;
            }
            onError(e);
          },
        });
      submit(input);
      return;
    }
    const { entityId: _ignored, ...editable } = input; // the owner of a product does not change here
    void _ignored;
    saveChanges<ProductPatch>(editable as Record<string, unknown>, update);
  };

  const pending = create.isPending || update.isPending;

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/products">{t('products.title')}</Link> },
          ...(base ? [{ title: <Link to={`/products/${base.id}`}>{base.name}</Link> }] : []),
          { title: editing ? t('actions.edit') : t('products.new') },
        ]}
      />
      <PageHeader title={editing ? t('products.editTitle') : t('products.new')} subtitle={base?.name} />
      {conflict !== null ? <ConflictAlert detail={conflict || undefined} onReload={reload} /> : null}
      <FormErrorsAlert messages={generalErrors} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onFinishFailed={() => message.error(t('form.fixErrors'))}
        initialValues={{ entityId: presetEntity }}
        scrollToFirstError={{ block: 'center', focus: true }}
        disabled={pending}
        data-testid="product-form"
        onValuesChange={(changed) => {
          if ('groupCode' in changed) form.setFieldValue('subgroupCode', undefined);
        }}
      >
        <Card title={t('products.sections.identity')} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item
                name="entityId"
                label={t('fields.entity')}
                rules={[{ required: true, message: t('form.required') }]}
                extra={editing ? t('products.entityFixed') : undefined}
              >
                <EntitySelect disabled={editing || !!producerEntity} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="name"
                label={t('fields.name')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 300 }]}
              >
                <Input maxLength={300} data-testid="product-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="groupCode" label={t('fields.groupCode')} rules={[{ required: true, message: t('form.required') }]}>
                <GroupSelect allowClear={false} data-testid="product-group" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="subgroupCode"
                label={t('fields.subgroupCode')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <SubgroupSelect group={group} allowClear={false} data-testid="product-subgroup" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="description" label={t('fields.description')}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} showCount />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="story" label={t('fields.story')} extra={t('products.storyHint')}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 14 }} maxLength={20000} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('products.sections.quality')} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="rawMaterialOrigin" label={t('fields.rawMaterialOrigin')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="packaging" label={t('fields.packaging')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="qualityStandard" label={t('fields.qualityStandard')}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="trademark" label={t('fields.trademark')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="gtin" label={t('fields.gtin')} extra={t('products.gtinHint')}>
                <Input inputMode="numeric" maxLength={20} data-testid="product-gtin" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('products.sections.market')} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={14} md={8}>
              <Form.Item name="priceVnd" label={t('fields.priceVnd')}>
                <InputNumber<number>
                  min={0}
                  step={1000}
                  precision={0}
                  style={{ width: '100%' }}
                  suffix="₫"
                  formatter={moneyFormat.formatter}
                  parser={(s) => {
                    const raw = moneyFormat.parser(s);
                    return (raw === '' ? null : Number(raw)) as number;
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={10} md={4}>
              <Form.Item name="priceUnit" label={t('fields.priceUnit')}>
                <Input maxLength={50} placeholder={t('products.priceUnitHint')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="whereToBuy" label={t('fields.whereToBuy')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="figuresPublic" valuePropName="checked" extra={t('products.figuresPublicHint')}>
                <Checkbox data-testid="product-figures-public">{t('fields.figuresPublic')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={pending} data-testid="product-save">
            {editing ? t('actions.save') : t('actions.create')}
          </Button>
          <Button htmlType="button" onClick={() => navigate(base ? `/products/${base.id}` : '/products')}>
            {t('actions.cancel')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
