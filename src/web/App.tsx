import { lazy, useEffect, useState } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, setUnauthorizedHandler } from './api/client';
import { meKey, useMe } from './api/auth';
import { AppLayout } from './layout/AppLayout';
import { RequireAuth } from './components/RequireAuth';
import { cycleRoutes } from './pages/cycle/routes';
import { importRoutes } from './pages/imports/routes';
import { evaluationRoutes, isEvaluationPublicPath } from './pages/evaluation/routes';
import { reportsRoutes } from './pages/reports/routes';
import { tradeRoutes } from './pages/trade/routes';

const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const HomePage = lazy(() => import('./pages/home/HomePage'));
const CataloguePage = lazy(() => import('./pages/catalogue/CataloguePage'));
const EntityListPage = lazy(() => import('./pages/entities/EntityListPage'));
const EntityPage = lazy(() => import('./pages/entities/EntityPage'));
const EntityFormPage = lazy(() => import('./pages/entities/EntityFormPage'));
const ProductListPage = lazy(() => import('./pages/products/ProductListPage'));
const ProductPage = lazy(() => import('./pages/products/ProductPage'));
const ProductFormPage = lazy(() => import('./pages/products/ProductFormPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const BackupsPage = lazy(() => import('./pages/admin/BackupsPage'));
const UnitsPage = lazy(() => import('./pages/units/UnitsPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache(),
    mutationCache: new MutationCache(),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not get better by retrying.
        retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      },
      mutations: { retry: false },
    },
  });
}

/** Pages anyone may see without a session. */
function isPublicPath(pathname: string): boolean {
  if (isEvaluationPublicPath(pathname)) return true;
  if (pathname === '/' || pathname === '/login' || pathname === '/catalogue' || pathname === '/register-buyer') return true;
  return /^\/products\/(?!new$)[^/]+$/.test(pathname);
}

/** On a 401 from the API: forget the user and go to /login (except on public pages). */
function UnauthorizedRedirect({ qc }: { qc: QueryClient }) {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      const { pathname, search } = window.location;
      qc.setQueryData(meKey, null);
      if (!isPublicPath(pathname)) {
        navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
      }
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate, qc, location.key]);
  return null;
}

/** Anonymous visitors land on the light public portal (the server redirects there too, see server/portal/landing.ts). */
function ToPortal() {
  useEffect(() => {
    window.location.replace(`/p${window.location.search}`);
  }, []);
  return null;
}

function HomeRoute() {
  const { data: me, isLoading } = useMe();
  if (isLoading) return null;
  return me ? <HomePage /> : <ToPortal />;
}

function CatalogueRoute() {
  const { data: me, isLoading } = useMe();
  if (isLoading) return null;
  return me ? <CataloguePage /> : <ToPortal />;
}

export function App() {
  const [qc] = useState(makeQueryClient);
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <QueryClientProvider client={qc}>
      <ConfigProvider
        locale={lang === 'en' ? enUS : viVN}
        theme={{
          token: {
            colorPrimary: '#1d6b3a',
            colorLink: '#1d6b3a',
            borderRadius: 6,
            fontFamily:
              "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
          },
          components: {
            Menu: { itemSelectedBg: '#e3f1e7', itemSelectedColor: '#14522b', itemActiveBg: '#eef6f0' },
            Tree: { nodeSelectedBg: '#cfe8d6', nodeSelectedColor: '#10401f' },
            TreeSelect: { nodeSelectedBg: '#cfe8d6' },
          },
        }}
      >
        <AntApp>
          <UnauthorizedRedirect qc={qc} />
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<HomeRoute />} />
              <Route path="login" element={<LoginPage />} />
              <Route path="catalogue" element={<CatalogueRoute />} />
              <Route element={<RequireAuth />}>
                <Route path="entities" element={<EntityListPage />} />
                <Route path="entities/new" element={<EntityFormPage />} />
                <Route path="entities/:id" element={<EntityPage />} />
                <Route path="entities/:id/edit" element={<EntityFormPage />} />
                <Route path="products" element={<ProductListPage />} />
                <Route path="products/new" element={<ProductFormPage />} />
                <Route path="products/:id/edit" element={<ProductFormPage />} />
                <Route path="units" element={<UnitsPage />} />
                {cycleRoutes()}
              </Route>
              <Route path="products/:id" element={<ProductPage />} />
              <Route element={<RequireAuth capability="imports.create" />}>{importRoutes()}</Route>
              <Route element={<RequireAuth capability="users.manage" />}>
                <Route path="admin/users" element={<UsersPage />} />
              </Route>
              <Route element={<RequireAuth capability="backups.manage" />}>
                <Route path="admin/backups" element={<BackupsPage />} />
              </Route>
              {evaluationRoutes()}
              {reportsRoutes()}
              {tradeRoutes()}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
