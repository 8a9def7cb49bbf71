import { Alert, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';

/** Human message for any error thrown by the API client. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (e: unknown): string => {
    if (e instanceof ApiError) {
      if (e.status === 0) return t('errors.network');
      if (e.status >= 500 && !e.detail) return t('errors.server');
      return e.display || t('errors.generic');
    }
    return t('errors.generic');
  };
}

/** Full-page error for a failed record load (404 → "not found"). */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const msg = useErrorMessage();
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return (
      <Result
        status="404"
        title={t('errors.notFound')}
        subTitle={t('errors.notFound.detail')}
        extra={
          <Link to="/">
            <Button type="primary">{t('nav.home')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('errors.loadFailed')}
      description={msg(error)}
      action={onRetry ? <Button onClick={onRetry}>{t('actions.retry')}</Button> : undefined}
    />
  );
}
