import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Grid, Progress, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CloudUploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { backups } from '../../../contracts/backups';
import { pathOf } from '../../api/call';
import { backupFileUrl, isActive, useBackupJob, useBackups, useInvalidateBackups, useStartBackup, type Backup } from '../../api/backups';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatInt, formatNumber } from '../../i18n/format';

const MB = 1024 * 1024;

/** Size in MB with two decimals in the UI's locale ("12,34 MB"); at least 0,01 for a non-empty file. */
function sizeMb(bytes: number): string {
  return formatNumber(bytes > 0 ? Math.max(0.01, bytes / MB) : 0, 2);
}

/** The running (or just finished) backup job: a progress bar polled until done, then the list refreshes. */
function JobProgress({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const job = useBackupJob(id);
  const refresh = useInvalidateBackups();
  const j = job.data;
  const finished = useRef<string | null>(null);
  useEffect(() => {
    if (!j || isActive(j) || finished.current === j.id) return;
    finished.current = j.id;
    void refresh();
    if (j.status === 'done') message.success(t('backupsUi.job.done', { name: j.name }));
  }, [j, refresh, message, t]);
  if (job.isError) return <Alert type="error" showIcon title={errMsg(job.error)} data-testid="backup-job-error" />;
  const status = j?.status ?? 'queued';
  return (
    <div role="status" aria-live="polite" data-testid="backup-job" data-status={status} style={{ maxWidth: 520 }}>
      <Progress
        percent={status === 'done' ? 100 : Math.round((j?.progress ?? 0) * 100)}
        status={status === 'failed' ? 'exception' : status === 'done' ? 'success' : 'active'}
        aria-label={t('backupsUi.job.aria')}
      />
      {status === 'failed' ? (
        <Alert type="error" showIcon title={j?.error ? t('backupsUi.job.failedWith', { error: j.error }) : t('backupsUi.job.failed')} data-testid="backup-job-error" />
      ) : (
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {status === 'done' ? t('backupsUi.job.done', { name: j?.name }) : t(`backupsUi.job.${status}`)}
        </Typography.Text>
      )}
    </div>
  );
}

/** The administrator's backups: the files on the server, a backup started as a job with its progress, downloads. */
export default function BackupsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const screens = Grid.useBreakpoint();
  const list = useBackups();
  const start = useStartBackup();
  const [started, setStarted] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('backupsUi.title')} · ${t('app.short')}`;
  }, [t]);

  // the job started here, or one running already (another administrator's, the nightly one)
  const running = list.data?.jobs.find(isActive);
  const activeId = started ?? running?.id ?? null;
  const busy = start.isPending || !!running;

  const onStart = () =>
    start.mutate(undefined, {
      onSuccess: (job) => setStarted(job.id),
      onError: (e) => message.error(errMsg(e)),
    });

  const columns: TableColumnsType<Backup> = [
    {
      title: t('backupsUi.col.name'),
      dataIndex: 'name',
      render: (name: string, b) => (
        <div style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
          <Typography.Text code style={{ wordBreak: 'break-all' }}>{name}</Typography.Text>
          {!screens.md ? (
            <div style={{ fontSize: 12 }}>
              {formatDateTime(b.createdAt)} · {t('backupsUi.mb', { n: sizeMb(b.sizeBytes) })}
              {b.nightly ? <Tag style={{ marginInlineStart: 6 }}>{t('backupsUi.nightly')}</Tag> : null}
              <div>{t('backupsUi.summary', { rows: formatInt(b.totalRows), files: formatInt(b.uploadedFiles) })}</div>
            </div>
          ) : null}
        </div>
      ),
    },
    { title: t('backupsUi.col.createdAt'), dataIndex: 'createdAt', responsive: ['md'], render: (v: string) => formatDateTime(v) },
    { title: t('backupsUi.col.size'), dataIndex: 'sizeBytes', align: 'right', responsive: ['md'], render: (v: number) => t('backupsUi.mb', { n: sizeMb(v) }) },
    { title: t('backupsUi.col.database'), dataIndex: 'database', responsive: ['lg'], render: (v: Backup['database']) => (v ? t(`backupsUi.db.${v}`) : '—') },
    { title: t('backupsUi.col.rows'), dataIndex: 'totalRows', align: 'right', responsive: ['md'], render: (v: number) => formatInt(v) },
    { title: t('backupsUi.col.files'), dataIndex: 'uploadedFiles', align: 'right', responsive: ['lg'], render: (v: number) => formatInt(v) },
    {
      title: t('backupsUi.col.kind'),
      dataIndex: 'nightly',
      responsive: ['md'],
      render: (n: boolean) => (n ? <Tag color="blue">{t('backupsUi.nightly')}</Tag> : <Tag>{t('backupsUi.manual')}</Tag>),
    },
    {
      title: screens.md ? t('backupsUi.col.download') : <DownloadOutlined aria-label={t('backupsUi.col.download')} />,
      key: 'download',
      width: screens.md ? undefined : 48,
      render: (_: unknown, b) => (
        <a href={backupFileUrl(b.name)} download={b.name} aria-label={t('backupsUi.downloadAria', { name: b.name })} data-testid={`backup-download-${b.name}`}>
          <DownloadOutlined aria-hidden /> {screens.md ? t('backupsUi.download') : null}
        </a>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('backupsUi.title')}
        subtitle={t('backupsUi.subtitle')}
        testId="backups-title"
        extra={
          <>
            <ExportButton path={pathOf(backups.export)} params={{}} fileName="sao-luu-du-lieu.xlsx" testId="backup-export" />
            <Button type="primary" icon={<CloudUploadOutlined aria-hidden />} onClick={onStart} loading={busy} data-testid="backup-start">
              {t('backupsUi.start')}
            </Button>
          </>
        }
      />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {activeId ? (
          <Card size="small">
            <JobProgress key={activeId} id={activeId} />
          </Card>
        ) : null}
        {list.data ? (
          <Alert type="info" showIcon title={t('backupsUi.keep', { keep: formatInt(list.data.keep) })} data-testid="backup-keep" />
        ) : null}
        {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
        <Table<Backup>
          rowKey="name"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isLoading}
          size={screens.md ? 'middle' : 'small'}
          tableLayout={screens.md ? undefined : 'fixed'}
          data-testid="backup-table"
          locale={{ emptyText: t('backupsUi.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('backupsUi.total', { n: formatInt(n) }) }}
        />
      </Space>
    </div>
  );
}
