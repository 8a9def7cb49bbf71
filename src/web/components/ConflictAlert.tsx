import { useEffect, useRef } from 'react';
import { Alert, Button } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Shown when a save is refused with 409: someone changed the record meanwhile. */
export function ConflictAlert({ detail, onReload }: { detail?: string; onReload: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // The save button is usually far below: bring the message into view and focus.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="conflict-alert"
      style={{ marginBottom: 16 }}
      title={t('conflict.title')}
      description={detail || t('conflict.body')}
      action={
        <Button icon={<ReloadOutlined aria-hidden />} onClick={onReload} data-testid="conflict-reload">
          {t('conflict.reload')}
        </Button>
      }
    />
    </div>
  );
}
