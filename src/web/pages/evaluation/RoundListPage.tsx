import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Empty, Grid, List, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { useRounds, type Round, type RoundListItem } from '../../api/evaluation';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatInt } from '../../i18n/format';
import { RoundStatusTag } from './shared';

/** Evaluation rounds: the office's rounds, and the rounds a council member sits on. */
export default function RoundListPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const screens = Grid.useBreakpoint();
  const [status, setStatus] = useState<Round['status'] | 'all'>('all');
  const [page, setPage] = useState(1);
  const list = useRounds({ status: status === 'all' ? undefined : status, page, pageSize: 20 });

  useEffect(() => {
    document.title = `${t('evaluation.rounds.title')} · ${t('app.short')}`;
  }, [t]);

  const columns: TableColumnsType<RoundListItem> = [
    {
      title: t('evaluation.rounds.name'),
      dataIndex: 'name',
      render: (_: unknown, r) => (
        <Link to={`/evaluation/${r.id}`} data-testid="round-link">
          {r.name}
        </Link>
      ),
    },
    { title: t('evaluation.rounds.date'), dataIndex: 'date', width: 120, render: (d: string) => formatDate(d) },
    { title: t('evaluation.rounds.level'), dataIndex: 'level', width: 150, render: (l: string, r) => `${t(`evaluation.level.${l}`)}${r.unitName ? ` · ${r.unitName}` : ''}` },
    { title: t('evaluation.rounds.rule'), dataIndex: 'ruleVersion', width: 110, responsive: ['lg'] },
    { title: t('evaluation.rounds.products'), dataIndex: 'products', width: 100, responsive: ['md'], render: (n: number) => formatInt(n) },
    {
      title: t('evaluation.rounds.status'),
      dataIndex: 'status',
      width: 150,
      render: (s: string, r) => (
        <Space size={4} wrap>
          <RoundStatusTag status={s} />
          {r.myRole ? <Tag>{t(`evaluation.memberRole.${r.myRole}`)}</Tag> : null}
        </Space>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('evaluation.rounds.title')}
        subtitle={list.data ? t('common.totalN', { n: formatInt(list.data.total) }) : undefined}
        extra={
          me?.capabilities.includes('rounds.create') ? (
            <Link to="/evaluation/new">
              <Button type="primary" icon={<PlusOutlined aria-hidden />} data-testid="round-new">
                {t('evaluation.rounds.new')}
              </Button>
            </Link>
          ) : null
        }
      />
      <Card size="small" className="filters-bar">
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={(['all', 'open', 'closed', 'approved'] as const).map((s) => ({ value: s, label: s === 'all' ? t('evaluation.rounds.all') : t(`evaluation.status.${s}`) }))}
          aria-label={t('evaluation.rounds.status')}
          className="segmented-wrap"
        />
      </Card>
      {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      {screens.md ? (
        <Table
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isLoading}
          pagination={{ current: page, pageSize: 20, total: list.data?.total, onChange: setPage, showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('evaluation.rounds.none')} /> }}
        />
      ) : (
        <List
          loading={list.isLoading}
          dataSource={list.data?.items}
          locale={{ emptyText: <Empty description={t('evaluation.rounds.none')} /> }}
          pagination={list.data && list.data.total > 20 ? { current: page, pageSize: 20, total: list.data.total, onChange: setPage } : false}
          renderItem={(r) => (
            <Card size="small" style={{ marginBottom: 8 }}>
              <Link to={`/evaluation/${r.id}`} data-testid="round-link">
                <Typography.Text strong>{r.name}</Typography.Text>
              </Link>
              <div style={{ marginTop: 4 }}>
                <Space size={4} wrap>
                  <RoundStatusTag status={r.status} />
                  {r.myRole ? <Tag>{t(`evaluation.memberRole.${r.myRole}`)}</Tag> : null}
                  <Typography.Text type="secondary">
                    {formatDate(r.date)} · {t('evaluation.rounds.productsN', { n: r.products })}
                  </Typography.Text>
                </Space>
              </div>
            </Card>
          )}
        />
      )}
    </div>
  );
}
