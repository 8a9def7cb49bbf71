import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth';
import type { Role } from '../api/types';

/** Route guard: sends visitors to /login, and shows "forbidden" to logged-in users of other roles. */
export function RequireAuth({ roles }: { roles?: Role[] }) {
  const { data: me, isLoading } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (roles && !roles.includes(me.role)) {
    return <Result status="403" title={t('errors.forbidden')} subTitle={t('errors.forbidden.page')} />;
  }
  return <Outlet />;
}
