import { useEffect } from 'react';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { call } from '../../api/call';
import { buyers, type Buyer } from '../../../contracts/buyers';
import { BUYER_STATUSES } from '../../../domain/trade/kinds';
import { useErrorMessage } from '../../components/ErrorState';
import { useListParams } from '../../components/useListParams';
import { formatDate } from '../../i18n/format';
import { ListScreen } from './ListScreen';

const STATUS_COLOR: Record<Buyer['status'], string> = { pending: 'gold', approved: 'green', rejected: 'red' };

/** Buyer accounts of the officer's province: registrations waiting for approval first (the default filter). */
export default function BuyersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const qc = useQueryClient();
  const params = useListParams(['q', 'status'] as const);
  const { values, page, pageSize } = params;
  const status = BUYER_STATUSES.find((s) => s === values.status) ?? 'pending';
  const list = useQuery({
    queryKey: ['buyers', values.q, status, page, pageSize],
    queryFn: () => call(buyers.list, { query: { q: values.q, status, page, pageSize } }),
  });
  const decide = useMutation({
    mutationFn: ({ b, to }: { b: Buyer; to: 'approve' | 'reject' }) => call(buyers[to], { params: { id: b.id }, body: { version: b.version } }),
    onSuccess: (b) => {
      message.success(t(b.status === 'approved' ? 'trade.buyers.approved' : 'tradeUi.buyerRejected'));
      void qc.invalidateQueries({ queryKey: ['buyers'] });
    },
    onError: (e) => {
      // someone decided first: show the list as it is now
      message.error(e instanceof ApiError && e.status === 409 ? t('trade.conflict') : errMsg(e));
      void qc.invalidateQueries({ queryKey: ['buyers'] });
    },
  });

  useEffect(() => {
    document.title = `${t('trade.buyers.title')} · ${t('app.short')}`;
  }, [t]);

  const columns: TableColumnsType<Buyer> = [
    {
      title: t('trade.buyers.organisation'), key: 'org', width: 220,
      render: (_: unknown, b) => (
        <div>
          <strong>{b.organisation}</strong>
          <div><Typography.Text type="secondary">{b.contactName}</Typography.Text></div>
        </div>
      ),
    },
    { title: t('trade.buyers.kind'), dataIndex: 'kind', width: 140, render: (k: Buyer['kind']) => t(`trade.buyerKind.${k}`) },
    { title: t('tradeUi.contact'), key: 'contact', width: 220, render: (_: unknown, b) => <div><div style={{ wordBreak: 'break-all' }}>{b.email}</div>{b.phone ? <div>{b.phone}</div> : null}</div> },
    { title: t('trade.buyers.province'), key: 'prov', width: 140, render: (_: unknown, b) => b.provinceName ?? b.provinceCode },
    { title: t('tradeUi.registeredOn'), dataIndex: 'createdAt', width: 120, render: (v: string) => formatDate(v.slice(0, 10)) },
    { title: t('trade.status'), dataIndex: 'status', width: 110, render: (s: Buyer['status']) => <Tag color={STATUS_COLOR[s]}>{t(`trade.buyerStatus.${s}`)}</Tag> },
    {
      title: t('common.actions'), key: 'act', width: 190,
      render: (_: unknown, b) => (
        <Space wrap>
          {b.actions.includes('approve') ? (
            <Button type="primary" size="small" loading={decide.isPending && decide.variables?.b.id === b.id} onClick={() => decide.mutate({ b, to: 'approve' })} data-testid="buyer-approve">
              {t('trade.buyers.approve')}
            </Button>
          ) : null}
          {b.actions.includes('reject') ? (
            <Popconfirm title={t('tradeUi.rejectConfirm', { name: b.organisation })} okText={t('tradeUi.reject')} cancelText={t('trade.cancel')} onConfirm={() => decide.mutate({ b, to: 'reject' })}>
              <Button danger size="small" data-testid="buyer-reject">{t('tradeUi.reject')}</Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <ListScreen
      title={t('trade.buyers.title')}
      emptyHint={t('tradeUi.buyersHint')}
      filters={[
        { type: 'search', param: 'q', testId: 'buyer-search' },
        { type: 'select', param: 'status', label: t('trade.status'), options: BUYER_STATUSES.map((s) => ({ value: s, label: t(`trade.buyerStatus.${s}`) })), testId: 'buyer-filter-status' },
      ]}
      params={{ ...params, values: { ...values, status } }}
      list={list}
      columns={columns}
      testId="buyer-list"
    />
  );
}
