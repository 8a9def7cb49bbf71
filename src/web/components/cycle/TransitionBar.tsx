import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { ApiError } from '../../api/client';
import { newRequestId, useTransition, type TransitionRequest } from '../../api/cycle';
import type { CycleItem, ItemAction, ItemKind } from '../../../contracts/cycle-items';
import { useErrorMessage } from '../ErrorState';
import { useCycleLabels } from './labels';
import './cycle.css';

const POSITIVE = ['submit', 'resubmit', 'receive', 'forward', 'accept', 'start-appraisal', 'confirm-complete', 'pre-assess', 'include-in-round', 'record-result'];
const DANGER = ['reject', 'withdraw'];

/**
 * The buttons of the actions the user may take on an item now. Each opens a confirmation
 * with a note (required for returns and rejections); the request carries the item's version
 * (409 when someone acted meanwhile: the page reloads the item) and a request id (a double
 * click files once). `custom` takes over an action (e.g. the commune's pre-assessment form).
 */
export function TransitionBar({
  kind,
  item,
  custom,
  hide = [],
}: {
  kind: ItemKind;
  item: CycleItem;
  custom?: Record<string, () => void>;
  hide?: string[];
}) {
  const { t } = useCycleLabels();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const transition = useTransition(kind, item.id);
  const [open, setOpen] = useState<{ action: ItemAction; requestId: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ note?: string }>();
  const actions = item.actions.filter((a) => !hide.includes(a.action));
  if (!actions.length) return null;

  const start = (a: ItemAction) => {
    if (custom?.[a.action]) return custom[a.action]();
    form.resetFields();
    setError(null);
    setOpen({ action: a, requestId: newRequestId() });
  };

  const confirm = async () => {
    if (!open) return;
    const { note } = await form.validateFields();
    setError(null);
    transition.mutate(
      { action: open.action.action, note: note?.trim() || undefined, version: item.version, requestId: open.requestId },
      {
        onSuccess: () => {
          message.success(t('cycle.actions.done', { action: open.action.label }));
          setOpen(null);
        },
        onError: (e) => {
          if (e instanceof ApiError && e.status === 409) {
            setOpen(null);
            message.warning(e.display || t('cycle.actions.conflict'), 6);
          } else if (e instanceof ApiError && e.errors.length) {
            form.setFields(e.errors.filter((x) => x.path === 'note').map((x) => ({ name: 'note', errors: [x.message] })));
            const rest = e.errors.filter((x) => x.path !== 'note');
            if (rest.length) setError(rest.map((x) => x.message).join(' '));
          } else setError(errMsg(e));
        },
      },
    );
  };

  return (
    <div className="cycle-actions" data-testid="transition-bar">
      {actions.map((a) => (
        <Button
          key={a.action}
          type={POSITIVE.includes(a.action) ? 'primary' : 'default'}
          danger={DANGER.includes(a.action)}
          onClick={() => start(a)}
          data-testid={`action-${a.action}`}
        >
          {a.label}
        </Button>
      ))}
      <Modal
        open={!!open}
        title={open?.action.label}
        okText={t('cycle.actions.confirm')}
        cancelText={t('cycle.common.cancel')}
        onOk={() => void confirm()}
        onCancel={() => setOpen(null)}
        confirmLoading={transition.isPending}
        okButtonProps={{ danger: !!open && DANGER.includes(open.action.action), 'data-testid': 'transition-confirm' } as never}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{item.productName}</Typography.Paragraph>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        <Form form={form} layout="vertical">
          <Form.Item
            name="note"
            label={t('cycle.actions.noteLabel')}
            rules={open?.action.requiresNote ? [{ required: true, whitespace: true, message: t('cycle.actions.noteRequired') }] : []}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount placeholder={open?.action.requiresNote ? t('cycle.actions.notePlaceholder') : undefined} data-testid="transition-note" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

/** Sends a dossier's pre-assessment with its transition (the commune's custom form). */
export function usePreAssessmentTransition(id: string) {
  const transition = useTransition('dossier', id);
  return {
    ...transition,
    send: (version: number, preAssessment: NonNullable<TransitionRequest['preAssessment']>) =>
      transition.mutateAsync({ action: 'pre-assess', version, preAssessment, requestId: newRequestId() }),
  };
}
