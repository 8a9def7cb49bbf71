import { useEffect, useMemo, useRef, useState } from 'react';
import { App, Breadcrumb, Button, Card, Col, Form, Input, InputNumber, Row, Select, Skeleton, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { newRequestId, useBusinessPlan, useCreateBusinessPlan, useIdea, useTransition, useUpdateBusinessPlan } from '../../api/cycle';
import type { BusinessPlanInput } from '../../../contracts/business-plans';
import { ConflictAlert } from '../../components/ConflictAlert';
import { EntitySelect } from '../../components/EntitySelect';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { FormErrorsAlert } from '../../components/FormErrorsAlert';
import { GroupSelect, SubgroupSelect } from '../../components/GroupSelect';
import { PageHeader } from '../../components/PageHeader';
import { applyNestedErrors, compact, num, text } from '../../components/cycle/formHelpers';
import { useCycleLabels } from '../../components/cycle/labels';
import '../../components/cycle/cycle.css';
import { inputNumberFormat } from '../../i18n/format';
import { CAPITAL_SOURCES, ENTITY_TYPES, capitalSourcesFor, type BusinessPlanContent } from '../../../domain/cycle';
import { todayInVietnam } from '../../../domain/dates';

type Values = BusinessPlanContent & { entityId?: string };

const SECTION_FIELDS = {
  marketAndCustomers: ['targetCustomers', 'marketArea', 'competitors', 'channels', 'promotion'],
  production: ['rawMaterials', 'process', 'capacity', 'facilities', 'qualityStandards'],
} as const;
const REQUIRED = new Set(['targetCustomers', 'marketArea', 'rawMaterials', 'process', 'capacity']);

/** The plan as the API takes it (without the filing options). */
type PlanBody = Omit<BusinessPlanInput, 'requestId' | 'submit'>;

function clean(v: Values): PlanBody {
  const c = v.finance?.capitalBySource;
  const m = v.marketAndCustomers;
  const p = v.production;
  return compact({
    entityId: v.entityId,
    product: compact({
      name: text(v.product?.name) ?? '',
      description: text(v.product?.description) ?? '',
      groupCode: v.product?.groupCode ?? '',
      subgroupCode: v.product?.subgroupCode,
      packaging: text(v.product?.packaging),
      expectedPriceVnd: num(v.product?.expectedPriceVnd),
    }),
    marketAndCustomers: compact({
      targetCustomers: text(m?.targetCustomers) ?? '',
      marketArea: text(m?.marketArea) ?? '',
      competitors: text(m?.competitors),
      channels: text(m?.channels),
      promotion: text(m?.promotion),
    }),
    production: compact({
      rawMaterials: text(p?.rawMaterials) ?? '',
      process: text(p?.process) ?? '',
      capacity: text(p?.capacity) ?? '',
      facilities: text(p?.facilities),
      qualityStandards: text(p?.qualityStandards),
    }),
    organisation: compact({
      form: v.organisation?.form ?? 'enterprise',
      members: num(v.organisation?.members),
      employees: num(v.organisation?.employees),
      management: text(v.organisation?.management) ?? '',
    }),
    finance: {
      investmentVnd: num(v.finance?.investmentVnd) ?? 0,
      expectedRevenueVnd: num(v.finance?.expectedRevenueVnd) ?? 0,
      expectedCostVnd: num(v.finance?.expectedCostVnd) ?? 0,
      expectedProfitVnd: Math.max(0, num(v.finance?.expectedProfitVnd) ?? 0),
      breakEvenMonths: num(v.finance?.breakEvenMonths) ?? 0,
      capitalBySource: {
        own: num(c?.own) ?? 0,
        credit: num(c?.credit) ?? 0,
        provincialBudget: num(c?.provincialBudget) ?? 0,
        districtBudget: num(c?.districtBudget) ?? 0,
        integratedProgrammes: num(c?.integratedProgrammes) ?? 0,
        other: num(c?.other) ?? 0,
      },
    },
  });
}

/** The structured business plan (step 3): product, market, production, organisation, finance. */
export default function BusinessPlanFormPage() {
  const { id } = useParams<{ id: string }>();
  const editing = !!id;
  const [sp] = useSearchParams();
  const ideaId = sp.get('ideaId') ?? undefined;
  const L = useCycleLabels();
  const t = L.t;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errMsg = useErrorMessage();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const plan = useBusinessPlan(id);
  const idea = useIdea(editing ? (plan.data?.ideaId ?? undefined) : ideaId);
  const create = useCreateBusinessPlan();
  const update = useUpdateBusinessPlan(id ?? '');
  const file = useTransition('business-plan', id ?? '');
  const requestId = useRef(newRequestId());
  const [errors, setErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const group = Form.useWatch(['product', 'groupCode'], form) as string | undefined;
  const money = useMemo(() => inputNumberFormat(), [L.lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const vnd = { formatter: money.formatter, parser: (s: string | undefined) => Number(money.parser(s) || 0) };
  // an entity's account writes its plans for its own entity; officers name the entity
  const ownEntityId = me?.entityId ?? undefined;
  // The plan's cycle year decides the capital sources offered (no district budget after 2025).
  const planYear = plan.data?.cycleYear ?? idea.data?.cycleYear ?? Number(todayInVietnam().slice(0, 4));
  const needsEntity = !editing && !ownEntityId && (!ideaId || (idea.data && !idea.data.entityId));

  useEffect(() => {
    document.title = `${t(editing ? 'cycle.plan.editTitle' : 'cycle.plan.newTitle')} · ${t('app.short')}`;
  }, [t, editing]);

  useEffect(() => {
    if (editing && plan.data) form.setFieldsValue(plan.data.content);
  }, [editing, plan.data, form]);

  useEffect(() => {
    if (!editing && idea.data) {
      const f = idea.data.form;
      form.setFieldsValue({
        product: { name: f.productName, description: f.description, groupCode: f.groupCode, subgroupCode: f.subgroupCode },
        marketAndCustomers: { targetCustomers: '', marketArea: f.targetMarket },
        production: { rawMaterials: (f.rawMaterials ?? []).map((r) => `${r.name}: ${r.origin}`).join('; '), process: '', capacity: '' },
      } as Partial<Values> as Values);
    }
  }, [editing, idea.data, form]);

  if (editing && plan.isLoading) return <Skeleton active />;
  if (editing && (plan.isError || !plan.data)) return <ErrorState error={plan.error} onRetry={() => plan.refetch()} />;

  const labelOf = (name: (string | number)[]) => {
    const [section, field] = name.map(String);
    if (section === 'product' && field) return t(`cycle.plan.product.${field}`, { defaultValue: field });
    if (section === 'marketAndCustomers' && field) return t(`cycle.plan.market.${field}`, { defaultValue: field });
    if (section === 'production' && field) return t(`cycle.plan.production.${field}`, { defaultValue: field });
    if (section === 'organisation' && field) return t(`cycle.plan.organisation.${field}`, { defaultValue: field });
    if (section === 'finance' && field) return t(`cycle.plan.finance.${field}`, { defaultValue: field });
    if (section === 'entityId') return t('cycle.plan.entity');
    return undefined;
  };

  const save = async (submit: boolean) => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setErrors([]);
    const onError = (e: unknown) => {
      if (e instanceof ApiError && e.status === 409 && editing) setConflict(e.display);
      else if (e instanceof ApiError && e.errors.length) setErrors(applyNestedErrors(form, e.errors, labelOf));
      else setErrors([errMsg(e)]);
    };
    const body = clean(v);
    if (editing && plan.data) {
      update.mutate(
        { ...body, version: plan.data.version },
        {
          onSuccess: async (d) => {
            if (submit) {
              try {
                await file.mutateAsync({ action: d.status === 'returned' ? 'resubmit' : 'submit', version: d.version, requestId: requestId.current });
              } catch (e) {
                onError(e);
                return;
              }
            }
            message.success(t('cycle.plan.saved'));
            navigate(`/business-plans/${d.id}`);
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      { body: { ...body, ideaId, entityId: body.entityId ?? (ideaId ? undefined : ownEntityId), submit }, requestId: requestId.current },
      {
        onSuccess: (d) => {
          message.success(t('cycle.plan.saved'));
          navigate(`/business-plans/${d.id}`, { replace: true });
        },
        onError,
      },
    );
  };

  const busy = create.isPending || update.isPending || file.isPending;
  const req = { required: true, whitespace: true, message: t('form.required') };
  const area = (section: 'marketAndCustomers' | 'production', prefix: 'market' | 'production') =>
    SECTION_FIELDS[section].map((k) => (
      <Col xs={24} md={12} key={k}>
        <Form.Item name={[section, k]} label={t(`cycle.plan.${prefix}.${k}`)} rules={REQUIRED.has(k) ? [req] : []}>
          <Input.TextArea rows={2} maxLength={k === 'process' ? 5000 : 3000} data-testid={`plan-${k}`} />
        </Form.Item>
      </Col>
    ));

  return (
    <div>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/business-plans">{t('cycle.nav.plans')}</Link> }, { title: t(editing ? 'cycle.plan.editTitle' : 'cycle.plan.new') }]} />
      <PageHeader title={t(editing ? 'cycle.plan.editTitle' : 'cycle.plan.newTitle')} subtitle={idea.data ? t('cycle.plan.forIdea', { name: idea.data.productName }) : undefined} testId="plan-form-title" />
      {conflict ? <ConflictAlert detail={conflict} onReload={() => { setConflict(null); void plan.refetch(); }} /> : null}
      <FormErrorsAlert messages={errors} />
      <Form<Values>
        form={form}
        layout="vertical"
        className="cycle-form"
        requiredMark="optional"
        initialValues={{ organisation: { form: 'enterprise', management: '' }, finance: { capitalBySource: Object.fromEntries(CAPITAL_SOURCES.map((k) => [k, 0])) } } as unknown as Values}
        onValuesChange={(changed: Partial<Values>, all: Values) => {
          if (changed.finance && ('expectedRevenueVnd' in changed.finance || 'expectedCostVnd' in changed.finance) && !form.isFieldTouched(['finance', 'expectedProfitVnd'])) {
            const r = num(all.finance?.expectedRevenueVnd);
            const c = num(all.finance?.expectedCostVnd);
            if (r !== undefined && c !== undefined) form.setFieldValue(['finance', 'expectedProfitVnd'], Math.max(0, r - c));
          }
        }}
      >
        {needsEntity ? (
          <Card size="small" style={{ marginBottom: 12 }}>
            <Form.Item name="entityId" label={t('cycle.plan.entity')} rules={ideaId ? [] : [{ required: true, message: t('form.required') }]}>
              <EntitySelect aria-label={t('cycle.plan.entity')} />
            </Form.Item>
          </Card>
        ) : null}
        <Card size="small" title={t('cycle.plan.sections.product')} style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name={['product', 'name']} label={t('cycle.plan.product.name')} rules={[req]}>
                <Input maxLength={200} data-testid="plan-product-name" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name={['product', 'groupCode']} label={t('cycle.idea.group')} rules={[{ required: true, message: t('form.required') }]}>
                <GroupSelect allowClear={false} aria-label={t('cycle.idea.group')} onChange={() => form.setFieldValue(['product', 'subgroupCode'], undefined)} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name={['product', 'subgroupCode']} label={t('cycle.idea.subgroup')}>
                <SubgroupSelect group={group} aria-label={t('cycle.idea.subgroup')} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name={['product', 'description']} label={t('cycle.plan.product.description')} rules={[req]}>
                <Input.TextArea rows={3} maxLength={5000} data-testid="plan-product-description" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['product', 'packaging']} label={t('cycle.plan.product.packaging')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['product', 'expectedPriceVnd']} label={t('cycle.plan.product.expectedPriceVnd')}>
                <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} suffix="₫" {...vnd} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={t('cycle.plan.sections.market')} style={{ marginBottom: 12 }}>
          <Row gutter={12}>{area('marketAndCustomers', 'market')}</Row>
        </Card>
        <Card size="small" title={t('cycle.plan.sections.production')} style={{ marginBottom: 12 }}>
          <Row gutter={12}>{area('production', 'production')}</Row>
        </Card>
        <Card size="small" title={t('cycle.plan.sections.organisation')} style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name={['organisation', 'form']} label={t('cycle.plan.organisation.form')} rules={[{ required: true, message: t('form.required') }]}>
                <Select options={ENTITY_TYPES.map((e) => ({ value: e, label: t(`entityTypes.${e}`, { defaultValue: e }) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name={['organisation', 'members']} label={t('cycle.plan.organisation.members')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name={['organisation', 'employees']} label={t('cycle.plan.organisation.employees')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name={['organisation', 'management']} label={t('cycle.plan.organisation.management')} rules={[req]}>
                <Input.TextArea rows={2} maxLength={3000} data-testid="plan-management" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={t('cycle.plan.sections.finance')} style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            {(['investmentVnd', 'expectedRevenueVnd', 'expectedCostVnd', 'expectedProfitVnd'] as const).map((k) => (
              <Col xs={24} md={12} key={k}>
                <Form.Item name={['finance', k]} label={t(`cycle.plan.finance.${k}`)} rules={[{ required: true, message: t('form.required') }]}>
                  <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} suffix="₫" {...vnd} data-testid={`plan-${k}`} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24} md={12}>
              <Form.Item name={['finance', 'breakEvenMonths']} label={t('cycle.plan.finance.breakEvenMonths')} rules={[{ required: true, message: t('form.required') }]}>
                <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} data-testid="plan-breakEvenMonths" />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong>{t('cycle.plan.finance.capitalBySource')}</Typography.Text>
          <Row gutter={12} style={{ marginTop: 8 }}>
            {capitalSourcesFor(planYear).map((k) => (
              <Col xs={12} md={8} key={k}>
                <Form.Item name={['finance', 'capitalBySource', k]} label={t(`cycle.capital.${k}`)}>
                  <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} {...vnd} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
        <div className="cycle-form-actions">
          <Button onClick={() => void save(false)} loading={busy} data-testid="plan-save-draft">
            {t('cycle.plan.saveDraft')}
          </Button>
          <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => void save(true)} loading={busy} data-testid="plan-submit">
            {t('cycle.plan.submit')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
