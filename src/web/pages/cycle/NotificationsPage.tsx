import { useEffect } from 'react';
import { Button, Card, Empty, Pagination, Space, Switch, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { itemPath, useMarkRead, useNotifications } from '../../api/cycle';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { NotificationLine } from '../../components/cycle/NotificationBell';
import { useCycleLabels } from '../../components/cycle/labels';
import { useListParams } from '../../components/useListParams';
import { formatDateTime } from '../../i18n/format';

export default function NotificationsPage() {
  const { t } = useCycleLabels();
  const navigate = useNavigate();
  const { values, page, set } = useListParams(['unread'] as const);
  const list = useNotifications({ unread: values.unread === 'true' ? 'true' : undefined, page, pageSize: 20 });
  const read = useMarkRead();

  useEffect(() => {
    document.title = `${t('cycle.notifications.title')} · ${t('app.short')}`;
  }, [t]);

  return (
    <div>
      <PageHeader
        title={t('cycle.notifications.title')}
        extra={
          <Button onClick={() => read.mutate('all')} disabled={!list.data?.unread} loading={read.isPending}>
            {t('cycle.notifications.markAll')}
          </Button>
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={values.unread === 'true'} onChange={(v) => set({ unread: v ? 'true' : undefined })} aria-label={t('cycle.notifications.unreadOnly')} />
        <span>{t('cycle.notifications.unreadOnly')}</span>
      </Space>
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {(list.data?.items ?? []).map((n) => (
          <Card
            key={n.id}
            size="small"
            hoverable
            onClick={() => {
              if (!n.read) read.mutate(n.id);
              navigate(itemPath(n.itemType, n.itemId));
            }}
            style={{ borderInlineStart: n.read ? undefined : '3px solid #1d6b3a' }}
          >
            <div style={{ fontWeight: n.read ? 400 : 600 }}>
              <NotificationLine n={n} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(n.createdAt)}
            </Typography.Text>
          </Card>
        ))}
        {list.data && list.data.items.length === 0 ? <Empty description={t('cycle.notifications.empty')} /> : null}
      </Space>
      {list.data && list.data.total > 20 ? <Pagination style={{ marginTop: 12 }} current={page} pageSize={20} total={list.data.total} onChange={(p) => set({ page: p })} /> : null}
    </div>
  );
}
