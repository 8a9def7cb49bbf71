import { useEffect, useRef, useState } from 'react';
import { App, Breadcrumb, Button, Card, Form, Radio, Select, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { newRequestId, useBusinessPlans, useCreateDossier } from '../../api/cycle';
import type { DossierInput } from '../../../contracts/dossiers';
import { useProducts } from '../../api/products';
import { useErrorMessage } from '../../components/ErrorState';
import { FormErrorsAlert } from '../../components/FormErrorsAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCycleLabels } from '../../components/cycle/labels';
import { searchLikeCatalogue } from '../../components/selectSearch';

/** Opens an evaluation dossier: for a cycle product (accepted plan) or an existing product. */
export default function DossierNewPage() {
  const [sp] = useSearchParams();
  const { t } = useCycleLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errMsg = useErrorMessage();
  const { data: me } = useMe();
  const [form] = Form.useForm<{ entryPath: 'cycle' | 'existing-product'; businessPlanId?: string; productId?: string; purpose?: '' | 're-recognition' | 'upgrade' }>();
  const path = Form.useWatch('entryPath', form);
  const plans = useBusinessPlans({ status: 'accepted', pageSize: 100 });
  // an entity's account opens dossiers for its own products
  const products = useProducts({ pageSize: 100, ...(sp.get('productId') || !me?.entityId ? {} : { entityId: me.entityId }) }, { enabled: !!me });
  const create = useCreateDossier();
  const requestId = useRef(newRequestId());
  const [errors, setErrors] = useState<string[]>([]);

  useEffect(() => {
    document.title = `${t('cycle.dossier.newTitle')} · ${t('app.short')}`;
  }, [t]);

  const initial = sp.get('productId')
    ? { entryPath: 'existing-product' as const, productId: sp.get('productId') ?? undefined, purpose: sp.get('purpose') === 're-recognition' || sp.get('purpose') === 'upgrade' ? (sp.get('purpose') as 're-recognition' | 'upgrade') : ('' as const) }
    : { entryPath: 'cycle' as const, businessPlanId: sp.get('businessPlanId') ?? undefined };

  const submit = async () => {
    const v = await form.validateFields();
    setErrors([]);
    const body: Omit<DossierInput, 'requestId'> =
      v.entryPath === 'cycle' ? { entryPath: 'cycle', businessPlanId: v.businessPlanId } : { entryPath: 'existing-product', productId: v.productId, ...(v.purpose ? { purpose: v.purpose } : {}) };
    create.mutate(
      { body, requestId: requestId.current },
      {
        onSuccess: (d) => navigate(`/dossiers/${d.id}`, { replace: true }),
        onError: (e) => {
          if (e instanceof ApiError && e.errors.length) setErrors(e.errors.map((x) => x.message));
          else setErrors([errMsg(e)]);
          if (!(e instanceof ApiError)) message.error(errMsg(e));
        },
      },
    );
  };

  return (
    <div>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/dossiers">{t('cycle.nav.dossiers')}</Link> }, { title: t('cycle.dossier.new') }]} />
      <PageHeader title={t('cycle.dossier.newTitle')} />
      <FormErrorsAlert messages={errors} />
      <Card size="small">
        <Form form={form} layout="vertical" initialValues={initial} className="cycle-form">
          <Form.Item name="entryPath" label={t('cycle.fields.entryPath')} rules={[{ required: true }]}>
            <Radio.Group
              data-testid="dossier-path"
              options={[
                { value: 'cycle', label: t('cycle.dossier.pathCycle') },
                { value: 'existing-product', label: t('cycle.dossier.pathExisting') },
              ]}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            />
          </Form.Item>
          {path === 'existing-product' ? (
            <Form.Item name="productId" label={t('cycle.dossier.pickProduct')} rules={[{ required: true, message: t('form.required') }]}>
              <Select
                showSearch={searchLikeCatalogue}
                loading={products.isLoading}
                options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} — ${p.entityName}` }))}
                data-testid="dossier-product"
              />
            </Form.Item>
          ) : null}
          {path === 'existing-product' ? (
            <Form.Item name="purpose" label={t('cycle.dossier.purpose')} extra={t('cycle.dossier.purposeHint')}>
              <Radio.Group
                data-testid="dossier-purpose"
                options={[
                  { value: '', label: t('cycle.dossier.purpose.first') },
                  { value: 're-recognition', label: t('cycle.dossier.purpose.re-recognition') },
                  { value: 'upgrade', label: t('cycle.dossier.purpose.upgrade') },
                ]}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              />
            </Form.Item>
          ) : (
            <Form.Item name="businessPlanId" label={t('cycle.dossier.pickPlan')} rules={[{ required: true, message: t('form.required') }]} extra={plans.data && plans.data.items.length === 0 ? t('cycle.dossier.noPlans') : undefined}>
              <Select
                showSearch={searchLikeCatalogue}
                loading={plans.isLoading}
                options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.productName} — ${p.entityName ?? ''} (${p.cycleYear})` }))}
                data-testid="dossier-plan"
              />
            </Form.Item>
          )}
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t('cycle.dossier.preAssessmentHint')}
          </Typography.Paragraph>
          <Button type="primary" onClick={() => void submit()} loading={create.isPending} data-testid="dossier-create">
            {t('cycle.dossier.create')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
