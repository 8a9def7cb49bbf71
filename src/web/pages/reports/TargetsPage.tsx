import { useEffect, useState } from 'react';
import { App, Button, Card, Col, Form, Input, InputNumber, Modal, Popconfirm, Row, Space, Table } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { targets, TARGET_MEASURES } from '../../../contracts/targets';
import { can, useMe } from '../../api/auth';
import { call } from '../../api/call';
import { isApiError } from '../../api/client';
import { useTargets, type Target } from '../../api/reports';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { applyServerErrors } from '../../components/formErrors';

const THIS_YEAR = new Date().getFullYear();
type Values = Target['values'];

function TargetForm({ target, year, onClose }: { target: Target | 'new'; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (v: { year: number; unitCode?: string; note?: string } & Values) => {
      const values = Object.fromEntries(TARGET_MEASURES.filter((m) => typeof v[m] === 'number').map((m) => [m, v[m]])) as Values;
      return target === 'new'
        ? call(targets.create, { body: { year: v.year, unitCode: v.unitCode || 'VN', values, note: v.note || undefined } })
        : call(targets.update, { params: { id: target.id }, body: { version: target.version, values, note: v.note || undefined } });
    },
    onSuccess: () => {
      message.success(t('reportsUi.targets.saved'));
      qc.invalidateQueries({ queryKey: ['targets'] });
      onClose();
    },
    onError: (e) => {
      if (isApiError(e) && e.errors.length) applyServerErrors(form, e.errors.map((x) => ({ ...x, path: x.path.replace(/^values\./, '') })), ['year', 'unitCode', 'note', ...TARGET_MEASURES]);
      message.error(errMsg(e));
    },
  });
  const initial = target === 'new' ? { year } : { year: target.year, unitCode: target.unitCode === 'VN' ? undefined : target.unitCode, note: target.note ?? undefined, ...target.values };
  return (
    <Modal open title={target === 'new' ? t('reportsUi.targets.new') : t('reportsUi.targets.edit', { unit: target.unitName ?? target.unitCode, year: target.year })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} okText={t('actions.save')} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} data-testid="target-form">
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="year" label={t('reportsUi.targets.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} disabled={target !== 'new'} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="unitCode" label={t('reportsUi.targets.unit')} extra={t('reportsUi.targets.unitHint')}>
              <UnitTreePicker disabled={target !== 'new'} aria-label={t('reportsUi.targets.unit')} />
            </Form.Item>
          </Col>
          {TARGET_MEASURES.map((m) => (
            <Col xs={12} sm={8} key={m}>
              <Form.Item name={m} label={t(`reportsUi.targets.measures.${m}`)}>
                <InputNumber min={0} max={1_000_000} style={{ width: '100%' }} data-testid={`target-${m}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="note" label={t('reportsUi.targets.note')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Yearly targets per unit, entered by the provincial and central offices; the targets report sets them against the records. */
export default function TargetsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const [year, setYear] = useState(THIS_YEAR);
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const list = useTargets({ year });
  useEffect(() => {
    document.title = `${t('reportsUi.targets.title')} · ${t('app.short')}`;
  }, [t]);
  const remove = useMutation({
    mutationFn: (x: Target) => call(targets.remove, { params: { id: x.id }, query: { version: x.version } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['targets'] }),
    onError: (e) => message.error(errMsg(e)),
  });
  return (
    <div>
      <PageHeader
        title={t('reportsUi.targets.title')}
        subtitle={t('reportsUi.targets.subtitle')}
        testId="targets-title"
        extra={can(me, 'targets.write') ? <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} data-testid="target-new">{t('reportsUi.targets.new')}</Button> : null}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} aria-label={t('reportsUi.targets.year')} addonBefore={t('reportsUi.targets.year')} />
          <Link to={`/reports?code=targets&from=${year}&to=${year}`}>{t('reportsUi.targets.openReport')}</Link>
        </Space>
      </Card>
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      <Table<Target>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={false}
        data-testid="targets-table"
        columns={[
          { key: 'unit', title: t('reportsUi.targets.unit'), render: (_: unknown, x) => x.unitName ?? x.unitCode, fixed: 'left' },
          ...TARGET_MEASURES.map((m) => ({ key: m, title: t(`reportsUi.targets.measures.${m}`), align: 'right' as const, render: (_: unknown, x: Target) => x.values[m] ?? '–' })),
          {
            key: 'actions',
            title: '',
            render: (_: unknown, x) => (
              <Space>
                {x.actions.includes('update') ? <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(x)} aria-label={t('reportsUi.targets.editShort')} /> : null}
                {x.actions.includes('delete') ? (
                  <Popconfirm title={t('reportsUi.targets.confirmDelete')} onConfirm={() => remove.mutate(x)}>
                    <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('actions.delete')} />
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {editing ? <TargetForm target={editing} year={year} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
