import type { ReactNode } from 'react';
import type { MenuProps } from 'antd';
import { AuditOutlined, BulbOutlined, OrderedListOutlined, QrcodeOutlined, SafetyCertificateOutlined, TrophyOutlined } from '@ant-design/icons';
import type { Me } from '../../api/types';

type Link = (to: string, label: string, testId: string) => ReactNode;
type Items = NonNullable<MenuProps['items']>;

/** Menu entries of evaluation, certificates, post-recognition inspections, feedback, verification and criteria sets. */
export function evaluationMenuItems(me: Me | null | undefined, t: (k: string) => string, link: Link): Items {
  const verify = { key: '/verify', icon: <QrcodeOutlined aria-hidden />, label: link('/verify', t('nav.verify'), 'nav-verify') };
  if (!me) return [verify];
  const items: Items = [];
  const can = (c: Me['capabilities'][number]) => me.capabilities.includes(c);
  if (can('rounds.read')) items.push({ key: '/evaluation', icon: <TrophyOutlined aria-hidden />, label: link('/evaluation', t('nav.evaluation'), 'nav-evaluation') });
  if (can('certificates.read')) items.push({ key: '/certificates', icon: <SafetyCertificateOutlined aria-hidden />, label: link('/certificates', t('nav.certificates'), 'nav-certificates') });
  if (can('inspections.read')) items.push({ key: '/inspections', icon: <AuditOutlined aria-hidden />, label: link('/inspections', t('nav.inspections'), 'nav-inspections') });
  if (can('feedback.read')) items.push({ key: '/evaluation/feedback', icon: <BulbOutlined aria-hidden />, label: link('/evaluation/feedback', t('nav.feedback'), 'nav-feedback') });
  if (can('criteria.manage')) items.push({ key: '/admin/criteria', icon: <OrderedListOutlined aria-hidden />, label: link('/admin/criteria', t('nav.criteria'), 'nav-criteria') });
  items.push(verify);
  return items;
}

/** Longest first, so /evaluation/feedback wins over /evaluation. */
export const EVALUATION_MENU_PREFIXES = ['/evaluation/feedback', '/admin/criteria', '/evaluation', '/certificates', '/inspections', '/verify'];
