import { useEffect } from 'react';
import {
  App,
  AutoComplete,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Space,
} from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useCreateEntity, useEntity, useUpdateEntity } from '../../api/entities';
import { ENTITY_TYPES, type Entity, type EntityInput, type EntityPatch } from '../../api/types';
import { ConflictAlert } from '../../components/ConflictAlert';
import { FormErrorsAlert } from '../../components/FormErrorsAlert';
import { ErrorState } from '../../components/ErrorState';
import { cleanNumber, cleanText } from '../../components/formUtils';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { useVersionedForm } from '../../components/useVersionedForm';
import { COMMON_CERTIFICATIONS, certificationLabel } from './certifications';

const FIELDS = [
  'type',
  'legalForm',
  'name',
  'taxCode',
  'representative',
  'address',
  'unitCode',
  'foundedYear',
  'members',
  'employees',
  'womanLed',
  'ethnicMinorityLed',
  'certifications',
  'phone',
  'email',
  'website',
] as const;

const LEGAL_FORMS = ['llc1', 'llc2', 'jsc', 'private', 'partnership'] as const;

type FormValues = Partial<Record<(typeof FIELDS)[number], unknown>>;

function toFormValues(e: Entity): FormValues {
  const out: FormValues = {};
  for (const f of FIELDS) out[f] = e[f] as unknown;
  return out;
}

function toInput(v: FormValues): EntityInput {
  const type = v.type as EntityInput['type'];
  return {
    type,
    legalForm: type === 'enterprise' ? cleanText(v.legalForm) : null,
    name: cleanText(v.name) ?? '',
    taxCode: cleanText(v.taxCode)?.replace(/\s+/g, '') || null,
    representative: cleanText(v.representative) ?? '',
    address: cleanText(v.address) ?? '',
    unitCode: (v.unitCode as string) ?? '',
    foundedYear: cleanNumber(v.foundedYear),
    members: cleanNumber(v.members),
    employees: cleanNumber(v.employees),
    womanLed: !!v.womanLed,
    ethnicMinorityLed: !!v.ethnicMinorityLed,
    certifications: ((v.certifications as string[] | undefined) ?? []).map((c) => c.normalize('NFC').trim()).filter(Boolean),
    phone: cleanText(v.phone),
    email: cleanText(v.email),
    website: cleanText(v.website),
  };
}

export default function EntityFormPage() {
  const { id } = useParams<{ id: string }>();
  const editing = !!id;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const entity = useEntity(id);
  const create = useCreateEntity();
  const update = useUpdateEntity(id ?? '');
  const { base, conflict, generalErrors, reload, onError: showError, startSubmit, saveChanges } = useVersionedForm({
    form,
    record: entity,
    toFormValues,
    fields: FIELDS,
    pathOf: (entityId) => `/entities/${entityId}`,
  });
  const type = Form.useWatch('type', form);

  useEffect(() => {
    document.title = `${editing ? t('entities.editTitle') : t('entities.new')} · ${t('app.short')}`;
  }, [editing, t]);

  if (editing && entity.isLoading) return <Skeleton active />;
  if (editing && entity.isError) return <ErrorState error={entity.error} onRetry={() => entity.refetch()} />;

  const onError = (e: unknown) => {
    if (e instanceof ApiError && !e.isStale && e.status === 409 && /taxCode/i.test(e.code + e.type)) {
      form.setFields([{ name: 'taxCode', errors: [e.display] }]);
      form.scrollToField('taxCode', { block: 'center', focus: true });
      return;
    }
    showError(e);
  };

  const onFinish = (values: FormValues) => {
    startSubmit();
    const input = toInput(values);
    if (!editing) {
      create.mutate(input, {
        onSuccess: (created) => {
          message.success(t('entities.created'));
          navigate(`/entities/${created.id}`, { replace: true });
        },
        onError,
      });
      return;
    }
    saveChanges<EntityPatch>(input as unknown as Record<string, unknown>, update, onError);
  };

  const pending = create.isPending || update.isPending;
  const legalFormOptions = LEGAL_FORMS.map((k) => ({ value: t(`legalForms.${k}`) }));

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/entities">{t('entities.title')}</Link> },
          ...(base ? [{ title: <Link to={`/entities/${base.id}`}>{base.name}</Link> }] : []),
          { title: editing ? t('actions.edit') : t('entities.new') },
        ]}
      />
      <PageHeader title={editing ? t('entities.editTitle') : t('entities.new')} subtitle={base?.name} />
      {conflict !== null ? <ConflictAlert detail={conflict || undefined} onReload={reload} /> : null}
      <FormErrorsAlert messages={generalErrors} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onFinishFailed={() => message.error(t('form.fixErrors'))}
        initialValues={{ type: 'cooperative', womanLed: false, ethnicMinorityLed: false, certifications: [] }}
        scrollToFirstError={{ block: 'center', focus: true }}
        disabled={pending}
        data-testid="entity-form"
      >
        <Card title={t('entities.sections.identity')} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="type" label={t('fields.type')} rules={[{ required: true, message: t('form.required') }]}>
                <Select options={ENTITY_TYPES.map((x) => ({ value: x, label: t(`entityTypes.${x}`) }))} />
              </Form.Item>
            </Col>
            {type === 'enterprise' ? (
              <Col xs={24} md={12}>
                <Form.Item name="legalForm" label={t('fields.legalForm')}>
                  <AutoComplete options={legalFormOptions} placeholder={t('entities.legalFormHint')} />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24}>
              <Form.Item
                name="name"
                label={t('fields.name')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 300 }]}
              >
                <Input maxLength={300} data-testid="entity-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="taxCode" label={t('fields.taxCode')} extra={t('entities.taxCodeHint')}>
                <Input inputMode="numeric" maxLength={20} data-testid="entity-taxCode" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="representative"
                label={t('fields.representative')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input maxLength={200} data-testid="entity-representative" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="foundedYear" label={t('fields.foundedYear')}>
                <InputNumber min={1900} max={new Date().getFullYear()} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="members" label={t('fields.members')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="employees" label={t('fields.employees')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="womanLed" valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>{t('fields.womanLed')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="ethnicMinorityLed" valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>{t('fields.ethnicMinorityLed')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="certifications" label={t('fields.certifications')} extra={t('entities.certificationsHint')}>
                <Select
                  mode="tags"
                  tokenSeparators={[',', ';']}
                  options={COMMON_CERTIFICATIONS.map((c) => ({ value: c, label: certificationLabel(c, t) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('entities.sections.location')} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="unitCode"
                label={t('fields.unitCode')}
                extra={t('entities.unitHint')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <UnitTreePicker structure="current" selectable={['commune']} data-testid="entity-unit" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="address"
                label={t('fields.address')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input maxLength={500} data-testid="entity-address" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('entities.sections.contact')} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="phone" label={t('fields.phone')}>
                <Input type="tel" autoComplete="tel" maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="email" label={t('fields.email')} rules={[{ type: 'email', message: t('form.email') }]}>
                <Input type="email" autoComplete="email" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="website" label={t('fields.website')} rules={[{ type: 'url', message: t('form.url') }]}>
                <Input type="url" placeholder="https://" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={pending} data-testid="entity-save">
            {editing ? t('actions.save') : t('actions.create')}
          </Button>
          <Button htmlType="button" onClick={() => navigate(base ? `/entities/${base.id}` : '/entities')} disabled={false}>
            {t('actions.cancel')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
