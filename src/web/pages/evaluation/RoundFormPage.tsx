import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { useCriteriaSets, useEligibleMembers, useReadyDossiers, useRoundMutations, type Round } from '../../api/evaluation';
import { useProducts } from '../../api/products';
import { useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { searchLikeCatalogue } from '../../components/selectSearch';

type Level = Round['level'];

interface FormValues {
  name?: string;
  level: Level;
  unitCode: string;
  date: dayjs.Dayjs;
  chair: string;
  members: string[];
  advisors?: string[];
  productIds?: string[];
  dossierIds?: string[];
}

/** Products of the round's province, searched as one types (accent-insensitive on the server). */
function ProductPicker({ province, value, onChange }: { province?: string; value?: string[]; onChange?: (v: string[]) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [labels, setLabels] = useState<Record<string, string>>({});
  const list = useProducts({ q: q || undefined, province, pageSize: 50 });
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  useEffect(() => {
    if (items.length) setLabels((l) => ({ ...l, ...Object.fromEntries(items.map((p) => [p.id, p.name])) }));
  }, [items]);
  const options = [
    ...(value ?? []).filter((id) => !items.some((p) => p.id === id)).map((id) => ({ value: id, label: labels[id] ?? id })),
    ...items.map((p) => ({ value: p.id, label: `${p.name}${p.stars ? ` (${p.stars}★)` : ''}` })),
  ];
  return (
    <Select
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      options={options}
      loading={list.isFetching}
      placeholder={t('evaluation.form.productsPlaceholder')}
      aria-label={t('evaluation.form.products')}
      data-testid="round-products-select"
      style={{ width: '100%' }}
    />
  );
}

/** A new evaluation round: level and unit, date (which decides the rules), council, products. */
export default function RoundFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data: me } = useMe();
  const [form] = Form.useForm<FormValues>();
  const { create } = useRoundMutations();
  const level: Level = Form.useWatch('level', form) ?? 'province';
  // The levels the user may create: provincial (and historic district) rounds, national ones, or both.
  const levels: Level[] = [
    ...(me?.capabilities.includes('rounds.createProvincial') ? (['province', 'district'] as const) : []),
    ...(me?.capabilities.includes('rounds.createCentral') ? (['central'] as const) : []),
  ];
  // An office bound to a province runs that province's rounds; a national account names the unit.
  const ownProvince = me?.provinceCode ?? null;
  const unitCode = Form.useWatch('unitCode', form);
  const date = Form.useWatch('date', form);
  const eligible = useEligibleMembers(level, unitCode);
  const dossiers = useReadyDossiers(level, unitCode);
  const sets = useCriteriaSets({ date: date ? date.format('YYYY-MM-DD') : undefined, group: '1' }, !!date);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    document.title = `${t('evaluation.form.title')} · ${t('app.short')}`;
  }, [t]);

  useEffect(() => {
    if (!me) return;
    const central = !me.capabilities.includes('rounds.createProvincial');
    form.setFieldsValue({ level: central ? 'central' : 'province', unitCode: central ? 'VN' : (me.provinceCode ?? undefined), date: dayjs() });
  }, [me, form]);

  const people = (eligible.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${t(`roles.${u.role}`)})` }));
  const applies = sets.data?.items.find((s) => s.applies);

  const submit = async (v: FormValues) => {
    setProblems([]);
    const members = [
      { userId: v.chair, role: 'chair' as const },
      ...v.members.filter((id) => id !== v.chair).map((userId) => ({ userId, role: 'member' as const })),
      ...(v.advisors ?? []).filter((id) => id !== v.chair && !v.members.includes(id)).map((userId) => ({ userId, role: 'advisor' as const })),
    ];
    try {
      const round = await create.mutateAsync({ name: v.name?.trim() || undefined, level: v.level, unitCode: v.unitCode, date: v.date.format('YYYY-MM-DD'), members, productIds: v.productIds ?? [], dossierIds: v.dossierIds ?? [] });
      void message.success(t('evaluation.form.created'));
      navigate(`/evaluation/${round.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.errors.length) setProblems(e.errors.map((x) => `${x.path}: ${x.message}`));
      else void message.error(errorMessage(e));
    }
  };

  return (
    <div style={{ maxWidth: 820 }}>
      <PageHeader title={t('evaluation.form.title')} />
      <Card>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark>
          <Form.Item name="name" label={t('evaluation.form.name')} extra={t('evaluation.form.nameHelp')}>
            <Input maxLength={300} data-testid="round-name" />
          </Form.Item>
          <Space wrap style={{ width: '100%' }} align="start">
            <Form.Item name="level" label={t('evaluation.form.level')} rules={[{ required: true }]}>
              <Select
                style={{ minWidth: 200 }}
                disabled={levels.length < 2}
                options={levels.map((l) => ({ value: l, label: t(`evaluation.level.${l}`) }))}
                data-testid="round-level"
                onChange={(l) => form.setFieldValue('unitCode', l === 'central' ? 'VN' : (me?.provinceCode ?? ''))}
              />
            </Form.Item>
            <Form.Item name="unitCode" label={t('evaluation.form.unit')} rules={[{ required: true, message: t('form.required') }]} extra={t('evaluation.form.unitHelp')}>
              <Input style={{ width: 140 }} disabled={!!ownProvince && level === 'province'} data-testid="round-unit" />
            </Form.Item>
            <Form.Item name="date" label={t('evaluation.form.date')} rules={[{ required: true, message: t('form.required') }]}>
              <DatePicker format="DD/MM/YYYY" data-testid="round-date" />
            </Form.Item>
          </Space>
          {applies ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('evaluation.form.rulesInForce', { number: applies.decision.number, code: applies.code })}
              description={applies.toBeConfirmed ? t('evaluation.form.toBeConfirmed') : undefined}
            />
          ) : date ? (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('evaluation.form.noRules')} />
          ) : null}
          <Form.Item name="chair" label={t('evaluation.form.chair')} rules={[{ required: true, message: t('form.required') }]}>
            <Select showSearch={searchLikeCatalogue} options={people} loading={eligible.isLoading} data-testid="round-chair" />
          </Form.Item>
          <Form.Item name="members" label={t('evaluation.form.members')} rules={[{ required: true, message: t('form.required') }]} extra={t('evaluation.form.membersHelp')}>
            <Select mode="multiple" showSearch={searchLikeCatalogue} options={people} loading={eligible.isLoading} data-testid="round-members" />
          </Form.Item>
          <Form.Item name="advisors" label={t('evaluation.form.advisors')} extra={t('evaluation.form.advisorsHelp')}>
            <Select mode="multiple" showSearch={searchLikeCatalogue} options={people} loading={eligible.isLoading} data-testid="round-advisors" />
          </Form.Item>
          <Form.Item name="dossierIds" label={t('evaluation.form.dossiers')} extra={t('evaluation.form.dossiersHelp')}>
            <Select
              mode="multiple"
              showSearch={searchLikeCatalogue}
              loading={dossiers.isLoading}
              options={(dossiers.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.productName} (${t(`evaluation.form.entry.${d.entryPath}`, { defaultValue: d.entryPath })})` }))}
              notFoundContent={t('evaluation.form.noDossiers')}
              data-testid="round-dossiers"
            />
          </Form.Item>
          <Form.Item name="productIds" label={t('evaluation.form.products')} extra={t('evaluation.form.productsHelp')}>
            <ProductPicker province={level === 'central' ? undefined : unitCode} />
          </Form.Item>
          {problems.length ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('form.fixErrors')} description={<ul style={{ margin: 0 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} /> : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="round-submit">
              {t('evaluation.form.submit')}
            </Button>
            <Button onClick={() => navigate('/evaluation')}>{t('actions.cancel')}</Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
            {t('evaluation.form.after')}
          </Typography.Paragraph>
        </Form>
      </Card>
    </div>
  );
}
