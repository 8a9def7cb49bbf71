import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Row, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { useActivity, useActivityMutation, useActivitySummary } from '../../api/cycle';
import type { Change, CommunicationEntry, TrainingEntry } from '../../../contracts/activities';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { useCycleLabels } from '../../components/cycle/labels';
import { useListParams } from '../../components/useListParams';
import { formatDate, formatInt, formatMillionVnd, formatNumber, inputNumberFormat } from '../../i18n/format';
import { COMMUNICATION_KINDS } from '../../../domain/cycle';

function ChangeText({ c, money }: { c: Change; money?: boolean }) {
  const f = (n: number) => (money ? formatMillionVnd(n) : formatInt(n));
  const sign = c.change > 0 ? '+' : '';
  return (
    <span>
      {f(c.current)}{' '}
      <Typography.Text type={c.change < 0 ? 'danger' : c.change > 0 ? 'success' : 'secondary'} style={{ fontSize: 12 }}>
        ({sign}{money ? formatNumber(c.change / 1_000_000) : formatInt(c.change)}
        {c.changePercent !== null ? `; ${sign}${formatNumber(c.changePercent)}%` : ''})
      </Typography.Text>
    </span>
  );
}

/** Step 1: communication activity and training classes per unit and year, with last year beside. */
export default function CommunicationPage() {
  const L = useCycleLabels();
  const t = L.t;
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const { data: me } = useMe();
  const { values, set } = useListParams(['year', 'unit'] as const);
  const year = values.year ? Number(values.year) : new Date().getFullYear();
  const activity = useActivity({ year, unit: values.unit });
  const summary = useActivitySummary({ year, unit: values.unit });
  const mutate = useActivityMutation();
  const [dialog, setDialog] = useState<'communication' | 'training' | null>(null);
  const [form] = Form.useForm();
  const money = useMemo(() => inputNumberFormat(), [L.lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const vnd = { formatter: money.formatter, parser: (s: string | undefined) => Number(money.parser(s) || 0) };
  const canEdit = activity.data?.canEdit ?? false;
  // officers bound to one commune log for it; the others pick a unit of their area (default: their province)
  const anyUnit = !!me?.capabilities.includes('activities.anyUnit');
  const defaultUnit = (anyUnit ? me?.provinceCode : me?.unitCode) ?? undefined;

  useEffect(() => {
    document.title = `${t('cycle.communication.title')} · ${t('app.short')}`;
  }, [t]);

  const open = (d: 'communication' | 'training') => {
    form.resetFields();
    form.setFieldsValue({ date: dayjs(`${year}-${dayjs().format('MM-DD')}`), unitCode: defaultUnit, budgetVnd: 0 });
    setDialog(d);
  };

  const save = async () => {
    const v = await form.validateFields();
    const date = (v.date as Dayjs).format('YYYY-MM-DD');
    mutate.mutate(
      dialog === 'communication'
        ? { kind: 'communication', body: { kind: v.kind, count: v.count, budgetVnd: v.budgetVnd ?? 0, unitCode: v.unitCode, year: Number(date.slice(0, 4)), date, ...(v.title?.trim() ? { title: v.title.trim() } : {}) } }
        : { kind: 'training', body: { topic: v.topic?.trim(), participants: v.participants, budgetVnd: v.budgetVnd ?? 0, date, unitCode: v.unitCode } },
      {
        onSuccess: () => {
          message.success(t('cycle.communication.saved'));
          setDialog(null);
        },
        onError: (e) => {
          if (e instanceof ApiError && e.errors.length) form.setFields(e.errors.map((x) => ({ name: x.path.split('.')[0], errors: [x.message] })));
          else message.error(errMsg(e));
        },
      },
    );
  };

  const del = (kind: 'communication' | 'training', id: string) => mutate.mutateAsync({ kind, remove: id }).catch((e) => message.error(errMsg(e)));
  const deleteColumn = <T extends CommunicationEntry | TrainingEntry>(kind: 'communication' | 'training', rows: T[]) =>
    rows.some((r) => r.actions.includes('delete'))
      ? [{
          title: '',
          key: 'x',
          width: 48,
          render: (_: unknown, r: T) =>
            r.actions.includes('delete') ? (
              <Popconfirm title={t('cycle.communication.deleteConfirm')} onConfirm={() => del(kind, r.id)} okText={t('cycle.common.delete')} cancelText={t('cycle.common.cancel')}>
                <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('cycle.common.delete')} />
              </Popconfirm>
            ) : null,
        }]
      : [];

  return (
    <div>
      <PageHeader
        title={t('cycle.communication.title')}
        extra={
          <>
            <Select style={{ width: 100 }} value={year} onChange={(y) => set({ year: String(y) })} options={[0, 1, 2, 3].map((d) => new Date().getFullYear() - d).map((y) => ({ value: y, label: String(y) }))} aria-label={t('cycle.filter.year')} />
            <div style={{ minWidth: 220 }}>
              <UnitTreePicker value={values.unit} onChange={(unit) => set({ unit })} placeholder={t('cycle.communication.unit')} aria-label={t('cycle.communication.unit')} />
            </div>
          </>
        }
      />
      {activity.isError ? <ErrorState error={activity.error} onRetry={() => activity.refetch()} /> : null}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {summary.data ? (
          <Card size="small" title={t('cycle.communication.summary', { year: summary.data.previousYear })}>
            <Row gutter={[12, 8]}>
              {summary.data.communication.map((s) => (
                <Col xs={12} md={8} xl={4} key={s.kind}>
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>{t(`cycle.communication.kinds.${s.kind}`)}</Typography.Text>
                  <ChangeText c={s.count} />
                </Col>
              ))}
              <Col xs={12} md={8} xl={4}>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>{t('cycle.communication.training')}</Typography.Text>
                <ChangeText c={summary.data.training.classes} /> · <ChangeText c={summary.data.training.participants} />
              </Col>
            </Row>
          </Card>
        ) : null}
        <Card
          size="small"
          title={t('cycle.communication.logs')}
          extra={canEdit ? <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => open('communication')} data-testid="add-communication">{t('cycle.communication.addLog')}</Button> : null}
        >
          <Table<CommunicationEntry>
            size="small"
            rowKey="id"
            loading={activity.isLoading}
            dataSource={activity.data?.communication ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('cycle.communication.date'), dataIndex: 'date', render: (d: string) => formatDate(d) },
              { title: t('cycle.communication.kind'), dataIndex: 'kind', render: (k: string) => t(`cycle.communication.kinds.${k}`) },
              { title: t('cycle.communication.count'), dataIndex: 'count', align: 'right', render: (n: number) => formatInt(n) },
              { title: t('cycle.communication.budget'), dataIndex: 'budgetVnd', align: 'right', render: (n: number) => formatMillionVnd(n) },
              { title: t('cycle.communication.title_'), dataIndex: 'title', responsive: ['md'] },
              { title: t('cycle.communication.unit'), dataIndex: 'unitName', responsive: ['lg'] },
              ...deleteColumn('communication', activity.data?.communication ?? []),
            ]}
          />
        </Card>
        <Card
          size="small"
          title={t('cycle.communication.training')}
          extra={canEdit ? <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => open('training')} data-testid="add-training">{t('cycle.communication.addTraining')}</Button> : null}
        >
          <Table<TrainingEntry>
            size="small"
            rowKey="id"
            loading={activity.isLoading}
            dataSource={activity.data?.training ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('cycle.communication.date'), dataIndex: 'date', render: (d: string) => formatDate(d) },
              { title: t('cycle.communication.topic'), dataIndex: 'topic' },
              { title: t('cycle.communication.participants'), dataIndex: 'participants', align: 'right', render: (n: number) => formatInt(n) },
              { title: t('cycle.communication.budget'), dataIndex: 'budgetVnd', align: 'right', render: (n: number) => formatMillionVnd(n) },
              { title: t('cycle.communication.unit'), dataIndex: 'unitName', responsive: ['lg'] },
              ...deleteColumn('training', activity.data?.training ?? []),
            ]}
          />
        </Card>
      </Space>
      <Modal
        open={!!dialog}
        title={dialog === 'communication' ? t('cycle.communication.addLog') : t('cycle.communication.addTraining')}
        onOk={() => void save()}
        onCancel={() => setDialog(null)}
        okText={t('cycle.common.save')}
        cancelText={t('cycle.common.cancel')}
        confirmLoading={mutate.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          {dialog === 'communication' ? (
            <>
              <Form.Item name="kind" label={t('cycle.communication.kind')} rules={[{ required: true, message: t('form.required') }]}>
                <Select options={COMMUNICATION_KINDS.map((k) => ({ value: k, label: t(`cycle.communication.kinds.${k}`) }))} />
              </Form.Item>
              <Form.Item name="count" label={t('cycle.communication.count')} rules={[{ required: true, message: t('form.required') }]}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="title" label={t('cycle.communication.title_')}>
                <Input maxLength={500} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="topic" label={t('cycle.communication.topic')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
                <Input maxLength={500} />
              </Form.Item>
              <Form.Item name="participants" label={t('cycle.communication.participants')} rules={[{ required: true, message: t('form.required') }]}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          <Form.Item name="budgetVnd" label={t('cycle.communication.budget')}>
            <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} suffix="₫" {...vnd} />
          </Form.Item>
          <Form.Item name="date" label={t('cycle.communication.date')} rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="unitCode" label={t('cycle.communication.unit')} rules={[{ required: true, message: t('form.required') }]}>
            <UnitTreePicker selectable={['province', 'commune']} aria-label={t('cycle.communication.unit')} disabled={!anyUnit} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
