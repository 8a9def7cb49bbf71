import type { ReactNode } from 'react';
import type { MenuProps } from 'antd';
import { CalendarOutlined, FileDoneOutlined, GiftOutlined, ShoppingCartOutlined, ShopOutlined, SolutionOutlined, UserAddOutlined } from '@ant-design/icons';
import type { Me } from '../../api/types';

/** Paths of the trade section's screens (for the selected menu item). */
export const TRADE_MENU_PREFIXES = ['/trade/fairs', '/trade/sales-points', '/trade/contracts', '/trade/listings', '/trade/gift-combos', '/demands', '/buyers'];

/** The trade-promotion section of the menu, from the user's capabilities. */
export function tradeMenuItems(me: Me, t: (k: string) => string, link: (to: string, label: string, testId: string) => ReactNode): NonNullable<MenuProps['items']> {
  const can = (c: Me['capabilities'][number]) => me.capabilities.includes(c);
  const entry = (to: string, key: string, icon: ReactNode) => ({ key: to, icon, label: link(to, t(`nav.${key}`), `nav-trade-${key}`) });
  const children = [
    ...(can('trade.read')
      ? [
          entry('/trade/fairs', 'fairs', <CalendarOutlined aria-hidden />),
          entry('/trade/sales-points', 'salesPoints', <ShopOutlined aria-hidden />),
          entry('/trade/contracts', 'contracts', <FileDoneOutlined aria-hidden />),
          entry('/trade/listings', 'listings', <ShoppingCartOutlined aria-hidden />),
          entry('/trade/gift-combos', 'giftCombos', <GiftOutlined aria-hidden />),
        ]
      : []),
    ...(can('demands.read') ? [entry('/demands', 'demands', <SolutionOutlined aria-hidden />)] : []),
    ...(can('buyers.manage') ? [entry('/buyers', 'buyers', <UserAddOutlined aria-hidden />)] : []),
  ];
  return children.length ? [{ key: 'trade-group', type: 'group' as const, label: t('nav.trade'), children }] : [];
}
