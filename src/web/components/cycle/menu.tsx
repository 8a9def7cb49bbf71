import type { ReactNode } from 'react';
import type { MenuProps } from 'antd';
import { BellOutlined, CalendarOutlined, FileDoneOutlined, InboxOutlined, NotificationOutlined, ProjectOutlined, BulbOutlined, ToolOutlined } from '@ant-design/icons';
import type { Me } from '../../api/types';

/** Paths of the cycle's screens (for the selected menu item). */
export const CYCLE_MENU_PREFIXES = ['/worklist', '/notifications', '/cycle/communication', '/cycle', '/ideas', '/business-plans', '/implementation', '/dossiers'];

/** The menu entries of the annual cycle, for the users who take part in it (from their capabilities). */
export function cycleMenuItems(me: Me, t: (k: string) => string, link: (to: string, label: string, testId: string) => ReactNode): NonNullable<MenuProps['items']> {
  const can = (c: Me['capabilities'][number]) => me.capabilities.includes(c);
  if (!can('cycle.items')) return [];
  const entry = (to: string, key: string, icon: ReactNode) => ({ key: to, icon, label: link(to, t(`cycle.nav.${key}`), `nav-${key}`) });
  return [
    entry('/worklist', 'worklist', <InboxOutlined aria-hidden />),
    {
      key: 'cycle-group',
      type: 'group' as const,
      label: t('cycle.nav.group'),
      children: [
        ...(can('cycle.overview') ? [entry('/cycle', 'overview', <CalendarOutlined aria-hidden />)] : []),
        ...(can('activities.read') ? [entry('/cycle/communication', 'communication', <NotificationOutlined aria-hidden />)] : []),
        entry('/ideas', 'ideas', <BulbOutlined aria-hidden />),
        entry('/business-plans', 'plans', <ProjectOutlined aria-hidden />),
        entry('/implementation', 'implementation', <ToolOutlined aria-hidden />),
        entry('/dossiers', 'dossiers', <FileDoneOutlined aria-hidden />),
        entry('/notifications', 'notifications', <BellOutlined aria-hidden />),
      ],
    },
  ];
}
