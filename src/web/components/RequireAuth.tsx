import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../api/auth';
import type { Capability } from '../api/types';

/** Route guard: sends visitors to /login, and shows "forbidden" to users without the capability the pages need. */
export function RequireAuth({ capability }: { capability?: Capability }) {
  const { data: me, isLoading } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (capability && !can(me, capability)) {
    return <Result status="403" title={t('errors.forbidden')} subTitle={t('errors.forbidden.page')} />;
  }
  return <Outlet />;
}
