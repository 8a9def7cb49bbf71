import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Spin, Typography } from 'antd';
import type { MenuProps } from 'antd';
import {
  AppstoreOutlined,
  ApartmentOutlined,
  BankOutlined,
  DashboardOutlined,
  LoginOutlined,
  LogoutOutlined,
  MenuOutlined,
  ShopOutlined,
  TeamOutlined,
  UserOutlined, ImportOutlined, DatabaseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { can, useLogout, useMe } from '../api/auth';
import type { Me } from '../api/types';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { EVALUATION_MENU_PREFIXES, evaluationMenuItems } from '../pages/evaluation/menu';
import { CYCLE_MENU_PREFIXES, cycleMenuItems } from '../components/cycle/menu';
import { NotificationBell } from '../components/cycle/NotificationBell';
import { REPORTS_MENU_PREFIXES, reportsMenuItems } from '../pages/reports/menu';
import { TRADE_MENU_PREFIXES, tradeMenuItems } from '../pages/trade/menu';

const { Header, Sider, Content, Footer } = Layout;

function menuItems(me: Me | null | undefined, t: (k: string) => string): MenuProps['items'] {
  const link = (to: string, label: string, testId: string) => (
    <Link to={to} data-testid={testId}>
      {label}
    </Link>
  );
  if (!me) {
    return [
      { key: '/catalogue', icon: <ShopOutlined aria-hidden />, label: link('/catalogue', t('nav.catalogue'), 'nav-catalogue') },
      { key: '/login', icon: <LoginOutlined aria-hidden />, label: link('/login', t('nav.login'), 'nav-login') },
      ...evaluationMenuItems(me, t, link),
    ];
  }
  const items: NonNullable<MenuProps['items']> = [
    { key: '/', icon: <DashboardOutlined aria-hidden />, label: link('/', t('nav.home'), 'nav-home') },
    ...cycleMenuItems(me, t, link),
    ...(can(me, 'entities.read') ? [{ key: '/entities', icon: <BankOutlined aria-hidden />, label: link('/entities', t('nav.entities'), 'nav-entities') }] : []),
    { key: '/products', icon: <AppstoreOutlined aria-hidden />, label: link('/products', t('nav.products'), 'nav-products') },
    { key: '/units', icon: <ApartmentOutlined aria-hidden />, label: link('/units', t('nav.units'), 'nav-units') },
    { key: '/catalogue', icon: <ShopOutlined aria-hidden />, label: link('/catalogue', t('nav.catalogue'), 'nav-catalogue') },
    ...evaluationMenuItems(me, t, link),
    ...reportsMenuItems(me, t, link),
    ...tradeMenuItems(me, t, link),
    ...(can(me, 'imports.create') ? [{ key: '/imports', icon: <ImportOutlined aria-hidden />, label: link('/imports', t('nav.imports'), 'nav-imports') }] : []),
  ];
  const admin: NonNullable<MenuProps['items']> = [
    ...(can(me, 'users.manage') ? [{ key: '/admin/users', icon: <TeamOutlined aria-hidden />, label: link('/admin/users', t('nav.users'), 'nav-users') }] : []),
    ...(can(me, 'backups.manage') ? [{ key: '/admin/backups', icon: <DatabaseOutlined aria-hidden />, label: link('/admin/backups', t('nav.backups'), 'nav-backups') }] : []),
  ];
  if (admin.length) items.push({ type: 'divider' }, ...admin);
  return items;
}

function selectedKey(pathname: string): string {
  const prefixes = [...TRADE_MENU_PREFIXES, ...REPORTS_MENU_PREFIXES, ...CYCLE_MENU_PREFIXES, ...EVALUATION_MENU_PREFIXES, '/admin/users', '/admin/backups', '/entities', '/products', '/units', '/catalogue', '/login'];
  return prefixes.find((p) => pathname === p || pathname.startsWith(p + '/')) ?? '/';
}

export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isDesktop = !!screens.lg;
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = useMemo(() => menuItems(me, t), [me, t]);
  const current = selectedKey(location.pathname);

  const doLogout = () => {
    logout.mutate(undefined, { onSettled: () => navigate('/', { replace: true }) });
  };

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[current]}
      items={items}
      onClick={() => setDrawerOpen(false)}
      aria-label={t('nav.main')}
      style={{ borderInlineEnd: 0 }}
    />
  );

  const showSider = isDesktop && !!me;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Header className="app-header" role="banner">
        {!showSider ? (
          <Button
            type="text"
            icon={<MenuOutlined aria-hidden style={{ color: '#fff', fontSize: 18 }} />}
            aria-label={t('nav.openMenu')}
            aria-expanded={drawerOpen}
            aria-controls="nav-drawer"
            data-testid="menu-toggle"
            onClick={() => setDrawerOpen(true)}
          />
        ) : null}
        <Link to="/" className="app-brand" aria-label={t('app.homeLink')}>
          <span className="app-brand-logo" aria-hidden>
            ★
          </span>
          <span>{screens.sm ? t('app.name') : t('app.short')}</span>
        </Link>
        <span className="app-header-spacer" />
        <LanguageSwitch onDark />
        {me ? <NotificationBell onDark /> : null}
        {me ? (
          isDesktop ? (
            <>
              <span style={{ lineHeight: 1.25, textAlign: 'right' }} data-testid="current-user">
                <Typography.Text strong style={{ color: '#fff', display: 'block' }}>
                  {me.displayName}
                </Typography.Text>
                <Typography.Text style={{ color: '#e6f4ea', fontSize: 12 }}>
                  {t(`roles.${me.role}`)}
                  {me.unitName ? ` · ${me.unitName}` : ''}
                </Typography.Text>
              </span>
              <Button
                ghost
                icon={<LogoutOutlined aria-hidden />}
                onClick={doLogout}
                loading={logout.isPending}
                data-testid="logout-button"
              >
                {t('nav.logout')}
              </Button>
            </>
          ) : (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'who',
                    disabled: true,
                    label: (
                      <div>
                        <strong>{me.displayName}</strong>
                        <div style={{ fontSize: 12 }}>{t(`roles.${me.role}`)}</div>
                        {me.unitName ? <div style={{ fontSize: 12 }}>{me.unitName}</div> : null}
                      </div>
                    ),
                  },
                  { type: 'divider' },
                  {
                    key: 'logout',
                    icon: <LogoutOutlined aria-hidden />,
                    label: <span data-testid="logout-button">{t('nav.logout')}</span>,
                    onClick: doLogout,
                  },
                ],
              }}
            >
              <Button
                shape="circle"
                icon={<UserOutlined aria-hidden />}
                aria-label={t('nav.account', { name: me.displayName })}
                data-testid="user-menu"
              />
            </Dropdown>
          )
        ) : location.pathname !== '/login' ? (
          <Link to="/login" data-testid="header-login">
            <Button ghost icon={<LoginOutlined aria-hidden />}>
              {t('nav.login')}
            </Button>
          </Link>
        ) : null}
      </Header>
      <Layout>
        {showSider ? (
          <Sider width={220} theme="light" style={{ borderInlineEnd: '1px solid #e8e8e8' }} role="navigation">
            {menu}
          </Sider>
        ) : (
          <Drawer
            id="nav-drawer"
            title={t('app.name')}
            placement="left"
            size={280}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            styles={{ body: { padding: 0 } }}
          >
            <nav aria-label={t('nav.main')}>{menu}</nav>
          </Drawer>
        )}
        <Layout>
          <Content id="main" role="main" tabIndex={-1} className="app-content">
            <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '64px auto' }} />}>
              <Outlet />
            </Suspense>
          </Content>
          <Footer className="footer">{t('app.footer')}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
