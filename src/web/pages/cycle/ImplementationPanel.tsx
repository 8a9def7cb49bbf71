import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Row, Select, Skeleton, Space, Statistic, Table, Timeline, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client';
import { useImplementation, useImplementationMutation, type ImplementationChange } from '../../api/cycle';
import type { Capital, Support } from '../../../contracts/implementation';
import { useErrorMessage } from '../../components/ErrorState';
import { compact, num, text } from '../../components/cycle/formHelpers';
import { useCycleLabels } from '../../components/cycle/labels';
import { formatDate, formatInt, formatMillionVnd, formatVnd, inputNumberFormat } from '../../i18n/format';
import { CAPITAL_SOURCES, LAST_YEAR_WITH_DISTRICTS, SUPPORT_KINDS, capitalSourcesFor } from '../../../domain/cycle';

type Dialog = { kind: 'support' } | { kind: 'capital'; row?: Capital } | { kind: 'note' } | null;

/** Step 4 of an accepted plan: support received, capital mobilised by source and year, progress notes. */
export function ImplementationPanel({ planId }: { planId: string }) {
  const L = useCycleLabels();
  const t = L.t;
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const impl = useImplementation(planId);
  const mutate = useImplementationMutation(planId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const capitalYear = Form.useWatch('year', form) as number | undefined;
  const money = useMemo(() => inputNumberFormat(), [L.lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const vnd = { formatter: money.formatter, parser: (s: string | undefined) => Number(money.parser(s) || 0) };

  if (impl.isLoading) return <Skeleton active />;
  if (!impl.data) return <Alert type="error" title={errMsg(impl.error)} />;
  const d = impl.data;

  const open = (dlg: Dialog) => {
    form.resetFields();
    if (dlg?.kind === 'capital') form.setFieldsValue(dlg.row ?? { year: new Date().getFullYear() });
    if (dlg?.kind === 'support' || dlg?.kind === 'note') form.setFieldsValue({ date: dayjs() });
    setDialog(dlg);
  };

  const submit = async () => {
    const v = await form.validateFields();
    const date = () => (v.date as Dayjs).format('YYYY-MM-DD');
    const change: ImplementationChange =
      dialog?.kind === 'support'
        ? { kind: 'support', body: compact({ kind: v.kind, date: date(), provider: text(v.provider) ?? '', amountVnd: num(v.amountVnd), note: text(v.note) }) }
        : dialog?.kind === 'capital'
          ? { kind: 'capital', year: v.year, body: Object.fromEntries(CAPITAL_SOURCES.map((k) => [k, num(v[k]) ?? 0])) }
          : { kind: 'note', body: { date: date(), text: text(v.text) ?? '' } };
    mutate.mutate(change, {
      onSuccess: () => {
        message.success(t('form.saved'));
        setDialog(null);
      },
      onError: (e) => {
        if (e instanceof ApiError && e.errors.length) form.setFields(e.errors.map((x) => ({ name: x.path.split('.')[0], errors: [x.message] })));
        else message.error(errMsg(e));
      },
    });
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="implementation-panel">
      <Row gutter={[12, 12]}>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title={t('cycle.implementation.supportCount')} value={d.totals.supportCount} formatter={(v) => formatInt(Number(v))} />
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title={t('cycle.implementation.capitalTotal')} value={d.totals.capitalVnd} formatter={(v) => formatMillionVnd(Number(v))} />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('cycle.implementation.support')}
        extra={d.canEdit ? <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => open({ kind: 'support' })} data-testid="add-support">{t('cycle.implementation.addSupport')}</Button> : null}
      >
        <Table<Support>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.support}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('cycle.implementation.date'), dataIndex: 'date', render: (v: string) => formatDate(v) },
            { title: t('cycle.implementation.kind'), dataIndex: 'kind', render: (v: string) => t(`cycle.support.${v}`) },
            { title: t('cycle.implementation.provider'), dataIndex: 'provider' },
            { title: t('cycle.implementation.amountVnd'), dataIndex: 'amountVnd', align: 'right', render: (v: number | null) => (v == null ? '—' : formatVnd(v)) },
            { title: t('cycle.implementation.note'), dataIndex: 'note', responsive: ['md'] },
            ...(d.canEdit
              ? [{
                  title: '',
                  key: 'x',
                  width: 48,
                  render: (_: unknown, r: Support) => (
                    <Popconfirm title={t('cycle.communication.deleteConfirm')} onConfirm={() => mutate.mutateAsync({ kind: 'removeSupport', supportId: r.id }).catch((e) => message.error(errMsg(e)))}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('cycle.common.delete')} />
                    </Popconfirm>
                  ),
                }]
              : []),
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('cycle.implementation.capital')}
        extra={d.canEdit ? <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => open({ kind: 'capital' })} data-testid="add-capital">{t('cycle.implementation.editCapital')}</Button> : null}
      >
        <Table<Capital>
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={d.capital}
          scroll={{ x: 'max-content' }}
          onRow={(r) => ({ onDoubleClick: () => d.canEdit && open({ kind: 'capital', row: r }) })}
          columns={[
            { title: t('cycle.implementation.year'), dataIndex: 'year', render: (y: number, r) => (d.canEdit ? <a onClick={() => open({ kind: 'capital', row: r })}>{y}</a> : y) },
            // The district budget column only where a year (before the reform) has one.
            ...CAPITAL_SOURCES.filter((k) => k !== 'districtBudget' || d.capital.some((r) => r.districtBudget > 0)).map((k) => ({ title: t(`cycle.capital.${k}`), dataIndex: k, align: 'right' as const, render: (v: number) => formatMillionVnd(v) })),
            { title: t('cycle.capital.total'), dataIndex: 'totalVnd', align: 'right', render: (v: number) => <strong>{formatMillionVnd(v)}</strong> },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('cycle.implementation.notes')}
        extra={d.canEdit ? <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => open({ kind: 'note' })} data-testid="add-note">{t('cycle.implementation.addNote')}</Button> : null}
      >
        {d.notes.length ? (
          <Timeline
            items={d.notes.map((n) => ({
              key: n.id,
              content: (
                <div>
                  <Typography.Text strong>{formatDate(n.date)}</Typography.Text> — <span className="cycle-pre">{n.text}</span>
                  <div style={{ fontSize: 12, color: '#666' }}>{n.createdBy}</div>
                </div>
              ),
            }))}
          />
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        )}
      </Card>
      <Modal
        open={!!dialog}
        title={dialog?.kind === 'support' ? t('cycle.implementation.addSupport') : dialog?.kind === 'capital' ? t('cycle.implementation.editCapital') : t('cycle.implementation.addNote')}
        onOk={() => void submit()}
        onCancel={() => setDialog(null)}
        okText={t('cycle.common.save')}
        cancelText={t('cycle.common.cancel')}
        confirmLoading={mutate.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          {dialog?.kind === 'support' ? (
            <>
              <Form.Item name="kind" label={t('cycle.implementation.kind')} rules={[{ required: true, message: t('form.required') }]}>
                <Select options={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`cycle.support.${k}`) }))} />
              </Form.Item>
              <Form.Item name="date" label={t('cycle.implementation.date')} rules={[{ required: true, message: t('form.required') }]}>
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="provider" label={t('cycle.implementation.provider')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item name="amountVnd" label={t('cycle.implementation.amountVnd')}>
                <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} suffix="₫" {...vnd} />
              </Form.Item>
              <Form.Item name="note" label={t('cycle.implementation.note')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </>
          ) : null}
          {dialog?.kind === 'capital' ? (
            <>
              <Form.Item name="year" label={t('cycle.implementation.year')} rules={[{ required: true, message: t('form.required') }]}>
                <InputNumber min={2013} max={2100} precision={0} disabled={!!dialog.row} style={{ width: '100%' }} />
              </Form.Item>
              <Row gutter={8}>
                {capitalSourcesFor(capitalYear ?? LAST_YEAR_WITH_DISTRICTS + 1).map((k) => (
                  <Col xs={12} key={k}>
                    <Form.Item name={k} label={t(`cycle.capital.${k}`)}>
                      <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} {...vnd} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </>
          ) : null}
          {dialog?.kind === 'note' ? (
            <>
              <Form.Item name="date" label={t('cycle.implementation.date')} rules={[{ required: true, message: t('form.required') }]}>
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="text" label={t('cycle.implementation.noteText')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
                <Input.TextArea rows={3} maxLength={5000} />
              </Form.Item>
            </>
          ) : null}
        </Form>
      </Modal>
    </Space>
  );
}
