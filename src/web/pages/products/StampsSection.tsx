import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { FilePdfOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { pathOf } from '../../api/call';
import { useIssueStamps, useStampBatches, type StampBatch } from '../../api/stamps';
import { stamps as stampsContract } from '../../../contracts/stamps';
import { applyServerErrors } from '../../components/formErrors';
import { useErrorMessage } from '../../components/ErrorState';
import { formatDate } from '../../i18n/format';
import { MAX_STAMPS_PER_BATCH } from '../../../domain/stamps';

interface FormValues {
  lot: string;
  producedOn: Dayjs;
  bestBefore?: Dayjs | null;
  count: number;
}

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function IssueModal({ productId, onClose }: { productId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const [form] = Form.useForm<FormValues>();
  const issue = useIssueStamps(productId);
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: FormValues) => {
    setError(null);
    try {
      const batch = await issue.mutateAsync({ lot: v.lot, producedOn: iso(v.producedOn)!, bestBefore: iso(v.bestBefore), count: v.count });
      message.success(t('stamps.issued', { count: batch.count, lot: batch.lot }));
      onClose();
    } catch (e) {
      const rest = e instanceof ApiError ? applyServerErrors(form, e.errors, ['lot', 'producedOn', 'bestBefore', 'count']) : [];
      if (!(e instanceof ApiError) || rest.length || !e.errors.length) setError(errMsg(e));
    }
  };
  return (
    <Modal open title={t('stamps.issue')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={issue.isPending} okButtonProps={{ 'data-testid': 'stamps-submit' } as never}>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ producedOn: dayjs(), count: 100 }}>
        <Form.Item name="lot" label={t('stamps.lot')} rules={[{ required: true, message: t('errors.required') }]}>
          <Input maxLength={20} data-testid="stamps-lot" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="producedOn" label={t('stamps.producedOn')} rules={[{ required: true, message: t('errors.required') }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="bestBefore" label={t('stamps.bestBefore')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="count" label={t('stamps.count')} rules={[{ required: true, message: t('errors.required') }]}>
            <InputNumber min={1} max={MAX_STAMPS_PER_BATCH} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

/** The product's OCOP stamp batches (officers and the producer), with the sheet and serials to print. */
export function StampsSection({ productId, signedIn, canIssue }: { productId: string; signedIn: boolean; canIssue: boolean }) {
  const { t } = useTranslation();
  const list = useStampBatches(productId, signedIn);
  const [open, setOpen] = useState(false);
  if (!signedIn || list.isError) return null;
  const columns = [
    { title: t('stamps.lot'), dataIndex: 'lot', key: 'lot' },
    { title: t('stamps.producedOn'), key: 'producedOn', render: (_: unknown, b: StampBatch) => formatDate(b.producedOn) },
    { title: t('stamps.count'), dataIndex: 'count', key: 'count', align: 'right' as const },
    { title: t('stamps.scans'), dataIndex: 'scans', key: 'scans', align: 'right' as const },
    {
      title: '',
      key: 'files',
      render: (_: unknown, b: StampBatch) => (
        <Space>
          <a href={pathOf(stampsContract.pdf, { id: b.id })} target="_blank" rel="noreferrer" aria-label={t('stamps.sheet')}><FilePdfOutlined aria-hidden /></a>
          <a href={pathOf(stampsContract.csv, { id: b.id })} aria-label={t('stamps.csv')}><FileTextOutlined aria-hidden /></a>
        </Space>
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={t('stamps.batches')}
      extra={canIssue ? <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="stamps-issue">{t('stamps.issue')}</Button> : null}
      data-testid="stamps-section"
    >
      {list.data && list.data.items.length === 0 ? <Typography.Text type="secondary">{t('stamps.none')}</Typography.Text> : (
        <Table size="small" rowKey="id" loading={list.isLoading} dataSource={list.data?.items ?? []} columns={columns} pagination={false} scroll={{ x: true }} />
      )}
      {open ? <IssueModal productId={productId} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}
