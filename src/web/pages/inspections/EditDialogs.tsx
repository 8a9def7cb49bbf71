import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useCancelInspection, useUpdateInspection, type Inspection, type InspectionUpdateInput } from '../../api/inspections';
import { applyServerErrors } from '../../components/formErrors';
import { useErrorMessage } from '../../components/ErrorState';
import { checklistChoices } from '../../../domain/inspections/checklist';

interface EditValues {
  plannedOn: Dayjs;
  inspectors?: string;
  planNote?: string;
  checklistCode: string;
}

/** The error shown above a dialog's form: what no field takes (a conflict, a refusal). */
function useDialogErrors<V extends object>(form: ReturnType<typeof Form.useForm<V>>[0], fields: string[]) {
  const errMsg = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => {
    const rest = e instanceof ApiError ? applyServerErrors(form, e.errors, fields) : [];
    if (!(e instanceof ApiError) || rest.length || !e.errors.length) setError(errMsg(e));
  };
  return { error, setError, fail };
}

/**
 * Edits a planned inspection: its day, team, note and checklist version (the one in force on the
 * planned day, or the one the certificate was issued under). Sends only what changed with the
 * version read; a stale version (409) shows the server's conflict message.
 */
export function EditPlanDialog({ inspection, onClose }: { inspection: Inspection; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateInspection(inspection.id);
  const { error, setError, fail } = useDialogErrors(form, ['plannedOn', 'inspectors', 'planNote', 'checklistCode']);
  const plannedOn = Form.useWatch('plannedOn', form);
  const day = (plannedOn ?? dayjs(inspection.plannedOn)).format('YYYY-MM-DD');
  const choices = checklistChoices(day < inspection.certificateIssuedOn ? inspection.certificateIssuedOn : day, inspection.certificateIssuedOn);
  const atPlan = choices[0]?.code;
  const en = i18n.language.startsWith('en');

  const submit = async (v: EditValues) => {
    setError(null);
    const body: InspectionUpdateInput = { version: inspection.version };
    const newDay = v.plannedOn.format('YYYY-MM-DD');
    if (newDay !== inspection.plannedOn) body.plannedOn = newDay;
    if ((v.inspectors || null) !== inspection.inspectors) body.inspectors = v.inspectors || null;
    if ((v.planNote || null) !== inspection.planNote) body.planNote = v.planNote || null;
    if (v.checklistCode !== inspection.checklist.code) body.checklistCode = v.checklistCode;
    try {
      await update.mutateAsync(body);
      void message.success(t('inspections.edited'));
      onClose();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Modal
      open
      title={t('inspections.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      okText={t('actions.save')}
      cancelText={t('inspections.keep')}
      okButtonProps={{ 'data-testid': 'edit-plan-submit' } as never}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="edit-plan-error" /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<EditValues>) => {
          // a new day whose choices no longer hold the checklist picked takes the one in force then
          if (changed.plannedOn) {
            const next = checklistChoices(changed.plannedOn.format('YYYY-MM-DD'), inspection.certificateIssuedOn).map((c) => c.code);
            if (!next.includes(form.getFieldValue('checklistCode'))) form.setFieldValue('checklistCode', next[0]);
          }
        }}
        initialValues={{ plannedOn: dayjs(inspection.plannedOn), inspectors: inspection.inspectors ?? '', planNote: inspection.planNote ?? '', checklistCode: inspection.checklist.code }}
      >
        <Form.Item name="plannedOn" label={t('inspections.plannedOn')} rules={[{ required: true, message: t('errors.required') }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="edit-plan-date" />
        </Form.Item>
        <Form.Item name="inspectors" label={t('inspections.inspectors')}>
          <Input maxLength={300} data-testid="edit-plan-inspectors" />
        </Form.Item>
        {/* at most two choices: radio buttons whose words wrap on a phone (a select would cut them) */}
        <Form.Item name="checklistCode" label={t('inspections.checklistPick')}>
          <Radio.Group data-testid="edit-plan-checklist">
            <Space orientation="vertical">
              {choices.map((c) => (
                <Radio key={c.code} value={c.code} title={en ? c.name.en : c.name.vi}>
                  <Typography.Text strong>{c.ruleVersion}</Typography.Text>{' '}
                  <Typography.Text type="secondary">({c.code === atPlan ? t('inspections.checklistAtPlan') : t('inspections.checklistAtIssue')})</Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="planNote" label={t('inspections.planNote')}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="edit-plan-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Cancels a planned inspection; the reason is required and kept in its history. */
export function CancelDialog({ inspection, onClose }: { inspection: Inspection; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useCancelInspection(inspection.id);
  const { error, setError, fail } = useDialogErrors(form, ['reason']);

  const submit = async (v: { reason: string }) => {
    setError(null);
    try {
      await cancel.mutateAsync({ version: inspection.version, reason: v.reason });
      void message.success(t('inspections.cancelledDone'));
      onClose();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Modal
      open
      title={t('inspections.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={cancel.isPending}
      okText={t('inspections.cancelSubmit')}
      cancelText={t('inspections.keep')}
      okButtonProps={{ danger: true, 'data-testid': 'cancel-submit' } as never}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph type="secondary">{t('inspections.cancelIntro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('inspections.cancelReason')} rules={[{ required: true, whitespace: true, message: t('errors.required') }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="cancel-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
