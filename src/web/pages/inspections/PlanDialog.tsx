import { useMemo, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useCertificates } from '../../api/evaluation';
import { usePlanInspection } from '../../api/inspections';
import { applyServerErrors } from '../../components/formErrors';
import { useErrorMessage } from '../../components/ErrorState';
import { formatDate } from '../../i18n/format';

interface Values {
  certificateId: string;
  plannedOn: Dayjs;
  inspectors?: string;
  planNote?: string;
}

/** Plans an inspection of a certificate in force (one request id per dialog: a double click plans once). */
export function PlanDialog({ certificateId, onClose }: { certificateId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState<string | undefined>();
  const valid = useCertificates({ status: 'valid', q, pageSize: 50 });
  const expiring = useCertificates({ status: 'expiring', q, pageSize: 50 });
  const plan = usePlanInspection();
  const requestId = useMemo(() => crypto.randomUUID(), []);
  const [error, setError] = useState<string | null>(null);
  const options = [...(valid.data?.items ?? []), ...(expiring.data?.items ?? [])].map((c) => ({
    value: c.id,
    label: `${c.number} · ${c.productName} (${t('certificatesPage.until', { date: formatDate(c.validUntil) })})`,
  }));

  const submit = async (v: Values) => {
    setError(null);
    try {
      const created = await plan.mutateAsync({
        certificateId: v.certificateId, plannedOn: v.plannedOn.format('YYYY-MM-DD'), inspectors: v.inspectors || null, planNote: v.planNote || null, requestId,
      });
      void message.success(t('inspections.planned', { date: formatDate(created.plannedOn) }));
      onClose();
      navigate(`/inspections/${created.id}`);
    } catch (e) {
      const rest = e instanceof ApiError ? applyServerErrors(form, e.errors, ['certificateId', 'plannedOn', 'inspectors', 'planNote']) : [];
      if (!(e instanceof ApiError) || rest.length || !e.errors.length) setError(errMsg(e));
    }
  };

  return (
    <Modal open title={t('inspections.plan')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={plan.isPending} okButtonProps={{ 'data-testid': 'plan-submit' } as never} okText={t('inspections.plan')}>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ plannedOn: dayjs(), certificateId }}>
        <Form.Item name="certificateId" label={t('inspections.certificate')} rules={[{ required: true, message: t('errors.required') }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: (v) => setQ(v || undefined) }}
            placeholder={t('inspections.certificatePick')}
            options={options}
            loading={valid.isLoading || expiring.isLoading}
            data-testid="plan-certificate"
          />
        </Form.Item>
        <Form.Item name="plannedOn" label={t('inspections.plannedOn')} rules={[{ required: true, message: t('errors.required') }]}>
          <DatePicker format="DD/MM/YYYY" data-testid="plan-date" />
        </Form.Item>
        <Form.Item name="inspectors" label={t('inspections.inspectors')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="planNote" label={t('inspections.planNote')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
