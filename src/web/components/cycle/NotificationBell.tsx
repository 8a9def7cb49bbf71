import { Badge, Button, Empty, Popover, Space, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { itemPath, useMarkRead, useNotifications } from '../../api/cycle';
import type { AppNotification } from '../../../contracts/notifications';
import { formatDateTime } from '../../i18n/format';
import { useCycleLabels } from './labels';

export function NotificationLine({ n }: { n: AppNotification }) {
  const { t } = useCycleLabels();
  return (
    <span>
      {t('cycle.notifications.line', { actor: n.actorName ?? '—', action: n.actionLabel, title: n.title, status: n.toLabel })}
      {n.note ? <em> — “{n.note}”</em> : null}
    </span>
  );
}

/** The header's bell: unread count and the latest notifications; each opens its item. */
export function NotificationBell({ onDark }: { onDark?: boolean }) {
  const { t } = useCycleLabels();
  const navigate = useNavigate();
  const list = useNotifications({ pageSize: 8 });
  const read = useMarkRead();
  const unread = list.data?.unread ?? 0;
  const open = (n: AppNotification) => {
    if (!n.read) read.mutate(n.id);
    navigate(itemPath(n.itemType, n.itemId));
  };
  const content = (
    <div style={{ width: 320, maxWidth: '80vw' }}>
      {list.data?.items.length ? (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {list.data.items.map((n) => (
            <a key={n.id} onClick={() => open(n)} style={{ display: 'block', color: 'inherit', fontWeight: n.read ? 400 : 600 }} data-testid="notification-item">
              <NotificationLine n={n} />
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {formatDateTime(n.createdAt)}
              </Typography.Text>
            </a>
          ))}
        </Space>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cycle.notifications.empty')} />
      )}
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 8 }}>
        <Link to="/notifications">{t('cycle.worklist.seeAll')}</Link>
        {unread ? (
          <Button size="small" type="link" onClick={() => read.mutate('all')}>
            {t('cycle.notifications.markAll')}
          </Button>
        ) : null}
      </div>
    </div>
  );
  return (
    <Popover content={content} title={t('cycle.notifications.title')} trigger="click" placement="bottomRight">
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined aria-hidden style={{ color: onDark ? '#fff' : undefined, fontSize: 18 }} />}
          aria-label={t('cycle.notifications.bell', { n: unread })}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
