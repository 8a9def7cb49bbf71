import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, Col, Empty, Grid, List, Row, Segmented, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { BellOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { useCertificates, useRunReminders, type Certificate, type CertificateStatus } from '../../api/evaluation';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { StarBadge } from '../../components/StarBadge';
import { formatDate, formatInt } from '../../i18n/format';
import { CertificateStatusTag } from '../evaluation/shared';

const STATUSES = ['all', 'valid', 'expiring', 'expired', 'revoked', 'superseded'] as const;

/** Certificates of the jurisdiction (a producer: its own), by status, with expiry reminders. */
export default function CertificateListPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [status, setStatus] = useState<CertificateStatus | 'all'>('all');
  const [q, setQ] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const list = useCertificates({ status: status === 'all' ? undefined : status, q, page, pageSize: 20 });
  const reminders = useRunReminders();

  useEffect(() => {
    document.title = `${t('certificatesPage.title')} · ${t('app.short')}`;
  }, [t]);

  const runReminders = async () => {
    try {
      const res = await reminders.mutateAsync();
      void message.info(res.items.length ? t('certificatesPage.remindersRaised', { n: res.items.length, list: res.items.map((r) => r.number).join(', ') }) : t('certificatesPage.remindersNone'));
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const columns: TableColumnsType<Certificate> = [
    { title: t('certificatesPage.number'), dataIndex: 'number', width: 200, render: (n: string, c) => <Link to={`/certificates/${c.id}`} data-testid="certificate-link" style={{ whiteSpace: 'nowrap' }}>{n}</Link> },
    {
      title: t('certificatesPage.product'),
      dataIndex: 'productName',
      render: (_: unknown, c) => (
        <div>
          {c.productName}
          <div>
            <Typography.Text type="secondary">{c.entityName}</Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('fields.stars'), dataIndex: 'stars', width: 110, render: (s: number) => <StarBadge stars={s} /> },
    { title: t('certificatesPage.issuedOn'), dataIndex: 'issuedOn', width: 110, responsive: ['lg'], render: (d: string) => formatDate(d) },
    { title: t('certificatesPage.validUntil'), dataIndex: 'validUntil', width: 110, responsive: ['md'], render: (d: string) => formatDate(d) },
    { title: t('certificatesPage.statusLabel'), dataIndex: 'status', width: 150, render: (s: Certificate['status'], c) => (
      <Space orientation="vertical" size={0}>
        <CertificateStatusTag status={s} />
        {s === 'expiring' ? <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('certificatesPage.daysLeft', { n: c.daysLeft })}</Typography.Text> : null}
      </Space>
    ) },
    { title: 'PDF', key: 'pdf', width: 70, render: (_: unknown, c) => <a href={`/api/certificates/${c.id}/pdf`} target="_blank" rel="noreferrer" aria-label={t('certificatesPage.pdfOf', { number: c.number })}><FilePdfOutlined aria-hidden /></a> },
  ];

  return (
    <div>
      <PageHeader
        title={t('certificatesPage.title')}
        subtitle={list.data ? t('common.totalN', { n: formatInt(list.data.total) }) : undefined}
        extra={me?.capabilities.includes('certificates.remind') ? <Button icon={<BellOutlined aria-hidden />} onClick={() => void runReminders()} loading={reminders.isPending} data-testid="run-reminders">{t('certificatesPage.reminders')}</Button> : null}
      />
      <Card size="small" className="filters-bar">
        <Row gutter={[8, 8]}>
          <Col xs={24} lg={10}>
            <SearchBox id="certificate-search" value={q} onCommit={(v) => { setQ(v); setPage(1); }} placeholder={t('certificatesPage.search')} ariaLabel={t('certificatesPage.search')} testId="certificate-search" />
          </Col>
          <Col xs={24} lg={14}>
            <Segmented
              value={status}
              onChange={(v) => { setStatus(v); setPage(1); }}
              options={STATUSES.map((s) => ({ value: s, label: s === 'all' ? t('certificatesPage.all') : t(`certificatesPage.status.${s}`) }))}
              aria-label={t('certificatesPage.statusLabel')}
              data-testid="certificate-status-filter"
              className="segmented-wrap"
            />
          </Col>
        </Row>
        {list.data ? <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6 }}>{t('certificatesPage.expiringHelp', { n: list.data.expiringSoonDays })}</Typography.Text> : null}
      </Card>
      {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      {screens.md ? (
        <Table rowKey="id" columns={columns} dataSource={list.data?.items} loading={list.isLoading} pagination={{ current: page, pageSize: 20, total: list.data?.total, onChange: setPage, showSizeChanger: false }} locale={{ emptyText: <Empty /> }} />
      ) : (
        <List
          loading={list.isLoading}
          dataSource={list.data?.items}
          pagination={list.data && list.data.total > 20 ? { current: page, pageSize: 20, total: list.data.total, onChange: setPage } : false}
          renderItem={(c) => (
            <Card size="small" style={{ marginBottom: 8 }}>
              <Link to={`/certificates/${c.id}`} data-testid="certificate-link"><Typography.Text strong>{c.productName}</Typography.Text></Link>
              <div><Typography.Text type="secondary">{c.number} · {t('certificatesPage.until', { date: formatDate(c.validUntil) })}</Typography.Text></div>
              <Space size={4}><StarBadge stars={c.stars} /><CertificateStatusTag status={c.status} /></Space>
            </Card>
          )}
        />
      )}
    </div>
  );
}
