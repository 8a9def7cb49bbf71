import { useEffect, useRef } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** Errors that belong to no single field; scrolled into view when they appear. */
export function FormErrorsAlert({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const key = messages.join('|');
  useEffect(() => {
    if (key) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [key]);
  if (!messages.length) return null;
  return (
    <div ref={ref}>
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="form-errors"
        style={{ marginBottom: 16 }}
        title={t('form.notSaved')}
        description={
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        }
      />
    </div>
  );
}
