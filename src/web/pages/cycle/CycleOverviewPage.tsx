import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useMe } from '../../api/auth';
import { useCreateCycle, useCurrentCycle, useCycles, useCycleTransition, useUpdateCycle } from '../../api/cycle';
import type { CalendarEntry, CycleDetail } from '../../../contracts/cycles';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { CycleSteps } from '../../components/cycle/CycleSteps';
import { CycleTimeline } from '../../components/cycle/CycleTimeline';
import { useCycleLabels } from '../../components/cycle/labels';
import { useListParams } from '../../components/useListParams';
import { formatDate, formatInt, formatMillionVnd } from '../../i18n/format';

const sum = (o: Record<string, number>, keys?: string[]) => Object.entries(o).filter(([k]) => !keys || keys.includes(k)).reduce((s, [, v]) => s + v, 0);
const LIVE = ['submitted', 'received', 'forwarded', 'under-appraisal', 'pre-assessed', 'returned'];

function CalendarModal({ cycle, onClose }: { cycle: CycleDetail; onClose: () => void }) {
  const { t } = useCycleLabels();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const save = useUpdateCycle(cycle.id);
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await form.validateFields();
    const calendar = cycle.calendar.map((e) => ({ step: e.step, opensOn: v[`o${e.step}`].format('YYYY-MM-DD'), deadline: v[`d${e.step}`].format('YYYY-MM-DD') }));
    save.mutate(
      { version: cycle.version, calendar, settings: { responseDays: { commune: v.commune, appraisal: v.appraisal, revision: v.revision } } },
      { onSuccess: () => { message.success(t('form.saved')); onClose(); }, onError: (e) => message.error(errMsg(e), 6) },
    );
  };
  const initial: Record<string, unknown> = { ...cycle.settings.responseDays };
  for (const e of cycle.calendar) {
    initial[`o${e.step}`] = dayjs(e.opensOn);
    initial[`d${e.step}`] = dayjs(e.deadline);
  }
  return (
    <Modal open title={t('cycle.overview.editCalendar')} onOk={() => void submit()} onCancel={onClose} confirmLoading={save.isPending} okText={t('cycle.common.save')} cancelText={t('cycle.common.cancel')} width={680} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial}>
        {cycle.calendar.map((e) => (
          <Row gutter={8} key={e.step}>
            <Col xs={24}>
              <Typography.Text strong>{t('cycle.stepN', { n: e.step })}: {e.name}</Typography.Text>
            </Col>
            <Col xs={12}>
              <Form.Item name={`o${e.step}`} label={t('cycle.overview.opensOn')} rules={[{ required: true }]}>
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item name={`d${e.step}`} label={t('cycle.overview.deadline')} rules={[{ required: true }]}>
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        ))}
        <Typography.Text strong>{t('cycle.overview.settings')}</Typography.Text>
        <Row gutter={8}>
          {(['commune', 'appraisal', 'revision'] as const).map((k) => (
            <Col xs={8} key={k}>
              <Form.Item name={k} label={k === 'commune' ? t('cycle.waiting.commune') : k === 'appraisal' ? t('cycle.waiting.province') : t('cycle.waiting.producer')} rules={[{ required: true }]}>
                <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}

export default function CycleOverviewPage() {
  const L = useCycleLabels();
  const t = L.t;
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const { data: me } = useMe();
  const { values, set } = useListParams(['year', 'province'] as const);
  // national accounts have no province of their own: they pick one
  const national = !!me && !me.provinceCode;
  const year = values.year ? Number(values.year) : new Date().getFullYear();
  const cycles = useCycles(national ? {} : {});
  const province = national ? (values.province ?? cycles.data?.items[0]?.provinceCode) : undefined;
  const cycle = useCurrentCycle(year, province, !national || !!province);
  const create = useCreateCycle();
  const move = useCycleTransition();
  const [calendarOpen, setCalendarOpen] = useState(false);
  const [transition, setTransition] = useState<CycleDetail['actions'][number] | null>(null);
  const [note, setNote] = useState('');
  const c = cycle.data;

  useEffect(() => {
    document.title = `${t('cycle.overview.title', { year })} · ${t('app.short')}`;
  }, [t, year]);

  const years = [...new Set([year, new Date().getFullYear() + 1, ...(cycles.data?.items.map((x) => x.year) ?? [])])].sort((a, b) => b - a);
  const currentStep = c ? (c.calendar.filter((e) => e.step <= 5).find((e) => e.state === 'open')?.step ?? (c.calendar.every((e) => e.state === 'past') ? 6 : 1)) : 1;

  const doTransition = () => {
    if (!c || !transition) return;
    move.mutate(
      { id: c.id, action: transition, note: note || undefined, version: c.version },
      { onSuccess: () => { setTransition(null); setNote(''); }, onError: (e) => message.error(errMsg(e), 6) },
    );
  };

  const statCard = (title: string, value: number, sub: string, to: string, testId: string) => (
    <Col xs={12} md={8} xl={4} key={testId}>
      <Link to={to}>
        <Card size="small" hoverable data-testid={testId}>
          <Statistic title={title} value={value} formatter={(v) => formatInt(Number(v))} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{sub}</Typography.Text>
        </Card>
      </Link>
    </Col>
  );

  return (
    <div>
      <PageHeader
        title={t('cycle.overview.title', { year })}
        subtitle={c ? <Space wrap><span>{c.provinceName}</span><Tag color={c.status === 'open' ? 'green' : c.status === 'closed' ? 'default' : 'gold'} data-testid="cycle-status">{c.statusLabel}</Tag></Space> : undefined}
        testId="cycle-title"
        extra={
          <>
            {national ? (
              <Select
                style={{ minWidth: 180 }}
                placeholder={t('cycle.overview.pickProvince')}
                value={province}
                onChange={(p) => set({ province: p })}
                options={[...new Map((cycles.data?.items ?? []).map((x) => [x.provinceCode, x.provinceName ?? x.provinceCode])).entries()].map(([value, label]) => ({ value, label }))}
                aria-label={t('cycle.overview.province')}
              />
            ) : null}
            <Select style={{ width: 100 }} value={year} onChange={(y) => set({ year: String(y) })} options={years.map((y) => ({ value: y, label: String(y) }))} aria-label={t('cycle.filter.year')} />
            {c?.canEdit ? <Button onClick={() => setCalendarOpen(true)}>{t('cycle.overview.editCalendar')}</Button> : null}
            {c?.actions.map((a) => (
              <Button key={a} type={a === 'open' ? 'primary' : 'default'} onClick={() => setTransition(a)} data-testid={`cycle-${a}`}>
                {t(`cycle.overview.actions.${a}`)}
              </Button>
            ))}
          </>
        }
      />
      {cycle.isLoading ? <Skeleton active /> : null}
      {cycle.isError ? <ErrorState error={cycle.error} onRetry={() => cycle.refetch()} /> : null}
      {!cycle.isLoading && !c && !cycle.isError ? (
        <Alert
          type="info"
          showIcon
          title={t('cycle.overview.noCycle', { year })}
          action={
            me?.capabilities.includes('cycle.manage') && (!national || province) ? (
              <Button type="primary" loading={create.isPending} onClick={() => create.mutate({ year, provinceCode: national ? province : undefined }, { onError: (e) => message.error(errMsg(e)) })}>
                {t('cycle.overview.create', { year })}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {c ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card size="small" title={t('cycle.stepsTitle')}>
            <CycleSteps step={currentStep} calendar={c.calendar} testId="cycle-overview-steps" />
          </Card>
          <Row gutter={[12, 12]}>
            {statCard(`1. ${t('cycle.overview.communication')}`, c.counts.communication.count, `${formatInt(c.counts.training.classes)} ${t('cycle.overview.training').toLowerCase()} · ${t('cycle.overview.participants', { n: formatInt(c.counts.training.participants) })}`, `/cycle/communication?year=${year}`, 'count-communication')}
            {statCard(`2. ${t('cycle.overview.ideas')}`, sum(c.counts.ideas) - (c.counts.ideas.draft ?? 0), `${formatInt(c.counts.ideas.accepted ?? 0)} ${t('cycle.overview.accepted')} · ${formatInt(sum(c.counts.ideas, LIVE))} ${t('cycle.overview.inProgress')}`, `/ideas?cycleYear=${year}`, 'count-ideas')}
            {statCard(`3. ${t('cycle.overview.plans')}`, sum(c.counts.businessPlans) - (c.counts.businessPlans.draft ?? 0), `${formatInt(c.counts.businessPlans.accepted ?? 0)} ${t('cycle.overview.accepted')} · ${formatInt(sum(c.counts.businessPlans, LIVE))} ${t('cycle.overview.inProgress')}`, `/business-plans?cycleYear=${year}`, 'count-plans')}
            {statCard(`4. ${t('cycle.overview.implementing')}`, c.counts.implementation, t('cycle.nav.implementation'), `/implementation?cycleYear=${year}`, 'count-implementation')}
            {statCard(`5. ${t('cycle.overview.dossiers')}`, sum(c.counts.dossiers) - (c.counts.dossiers.draft ?? 0), `${formatInt((c.counts.dossiers.complete ?? 0) + (c.counts.dossiers['in-round'] ?? 0))} ${t('cycle.overview.ready')}`, `/dossiers?cycleYear=${year}`, 'count-dossiers')}
            {statCard(`6. ${L.step(6)}`, 0, t('nav.catalogue'), '/catalogue', 'count-trade')}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={15}>
              <Card size="small" title={t('cycle.overview.calendar')}>
                <Table<CalendarEntry>
                  size="small"
                  rowKey="step"
                  pagination={false}
                  dataSource={c.calendar}
                  columns={[
                    { title: t('cycle.fields.step'), dataIndex: 'step', width: 60 },
                    { title: '', dataIndex: 'name', render: (n: string, e) => <Space orientation="vertical" size={0}><span>{n}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.timing}</Typography.Text></Space> },
                    { title: t('cycle.overview.opensOn'), dataIndex: 'opensOn', render: (d: string) => formatDate(d) },
                    { title: t('cycle.overview.deadline'), dataIndex: 'deadline', render: (d: string) => formatDate(d) },
                    { title: '', dataIndex: 'state', responsive: ['sm'], render: (s: string) => <Tag color={s === 'open' ? 'green' : s === 'past' ? 'default' : 'blue'}>{t(`cycle.overview.state.${s}`)}</Tag> },
                  ]}
                />
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
                  {t('cycle.overview.settings')}: {t('cycle.overview.responseDays', c.settings.responseDays)} · {t('cycle.overview.communicationBudget')}: {formatMillionVnd(c.counts.communication.budgetVnd)}
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24} lg={9}>
              <Card size="small" title={t('cycle.timeline.title')}>
                <CycleTimeline kind="cycle" entries={c.timeline} />
              </Card>
            </Col>
          </Row>
        </Space>
      ) : null}
      {calendarOpen && c ? <CalendarModal cycle={c} onClose={() => setCalendarOpen(false)} /> : null}
      <Modal open={!!transition} title={transition ? t(`cycle.overview.actions.${transition}`) : ''} onOk={doTransition} onCancel={() => setTransition(null)} confirmLoading={move.isPending} okText={t('cycle.actions.confirm')} cancelText={t('cycle.common.cancel')}>
        <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('cycle.actions.noteLabel')} aria-label={t('cycle.actions.noteLabel')} />
      </Modal>
    </div>
  );
}
