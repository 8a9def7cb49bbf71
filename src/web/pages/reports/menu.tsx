import type { ReactNode } from 'react';
import type { MenuProps } from 'antd';
import { AimOutlined, BarChartOutlined, FileProtectOutlined, GlobalOutlined } from '@ant-design/icons';
import type { Me } from '../../api/types';

/** Paths of the reports section's screens (for the selected menu item). */
export const REPORTS_MENU_PREFIXES = ['/reports/map', '/reports', '/documents', '/targets'];

/** The Reports section of the menu, from the user's capabilities. */
export function reportsMenuItems(me: Me, t: (k: string) => string, link: (to: string, label: string, testId: string) => ReactNode): NonNullable<MenuProps['items']> {
  const can = (c: Me['capabilities'][number]) => me.capabilities.includes(c);
  const entry = (to: string, key: string, icon: ReactNode) => ({ key: to, icon, label: link(to, t(`reportsUi.nav.${key}`), `nav-reports-${key}`) });
  const children = [
    ...(can('reports.read') ? [entry('/reports', 'reports', <BarChartOutlined aria-hidden />), entry('/reports/map', 'map', <GlobalOutlined aria-hidden />)] : []),
    ...(can('documents.read') ? [entry('/documents', 'documents', <FileProtectOutlined aria-hidden />)] : []),
    ...(can('targets.read') ? [entry('/targets', 'targets', <AimOutlined aria-hidden />)] : []),
  ];
  return children.length ? [{ key: 'reports-group', type: 'group' as const, label: t('reportsUi.nav.group'), children }] : [];
}
