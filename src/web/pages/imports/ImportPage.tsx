import { useParams, Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Progress, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { imports, type ImportView } from '../../../contracts/imports';
import { call } from '../../api/call';
import { isApiError } from '../../api/client';

const ACTION_COLOR = { create: 'green', update: 'blue', unchanged: 'default' } as const;

/** One import: progress while parsing, the preview (counts, problems, column mapping), the commit. */
export default function ImportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['import', id],
    queryFn: () => call(imports.get, { params: { id } }),
    refetchInterval: (query) => (['parsing', 'committing'].includes(query.state.data?.status ?? 'parsing') ? 500 : false),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['import', id] });
  const commit = useMutation({ mutationFn: () => call(imports.commit, { params: { id } }), onSettled: refresh });
  const remap = useMutation({
    mutationFn: (v: { sheet: string; col: string; field: string | null }) => call(imports.setMapping, { params: { id }, body: { sheets: { [v.sheet]: { [v.col]: v.field } } } }),
    onSettled: refresh,
  });
  const imp = q.data;
  if (!imp) return <Card loading />;
  const busy = imp.status === 'parsing' || imp.status === 'committing';
  const fieldOptions = [{ value: '', label: t('imports.ui.ignore') }, ...imp.fields.map((f) => ({ value: f.key, label: f.label + (f.required ? ' *' : '') }))];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('imports.ui.preview')}</Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t('imports.ui.file')}>{imp.fileName}</Descriptions.Item>
        <Descriptions.Item label={t('imports.ui.kind')}>{t(`imports.kind.${imp.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('imports.ui.status')}><span data-testid="import-status">{t(`imports.status.${imp.status}`)}</span></Descriptions.Item>
      </Descriptions>
      {busy && <Progress data-testid="import-progress" percent={Math.round(imp.progress * 100)} status="active" />}
      {imp.failure && <Alert type="error" showIcon message={imp.failure.message} data-testid="import-failure" />}
      {commit.isError && <Alert type="error" showIcon message={isApiError(commit.error) ? commit.error.message : String(commit.error)} />}
      {imp.status === 'done' && (
        <Alert type="success" showIcon data-testid="import-done" message={t('imports.ui.done', imp.summary)} action={<Link to={imp.kind === 'entities' ? '/entities' : '/products'}>{t('imports.ui.open')}</Link>} />
      )}
      {!busy && imp.status !== 'failed' && (
        <Space wrap size="large">
          <Statistic title={t('imports.ui.create')} value={imp.summary.create} />
          <Statistic title={t('imports.ui.update')} value={imp.summary.update} />
          <Statistic title={t('imports.ui.unchanged')} value={imp.summary.unchanged} />
          <Statistic title={t('imports.ui.problems')} value={imp.errors.length + imp.moreErrors} valueStyle={imp.errors.length ? { color: '#b42318' } : undefined} />
        </Space>
      )}
      {imp.actions.includes('commit') && (
        <Button type="primary" size="large" data-testid="import-commit" loading={commit.isPending} onClick={() => commit.mutate()}>
          {t('imports.ui.commit', { count: imp.summary.create + imp.summary.update })}
        </Button>
      )}
      {imp.sheets.filter((s) => s.headerRow !== null).map((s) => (
        <Card key={s.sheet} size="small" title={t('imports.ui.mapping', { sheet: s.sheet, row: s.headerRow })}>
          <Table
            size="small"
            pagination={false}
            scroll={{ x: true }}
            rowKey="col"
            dataSource={s.headers.map((h, col) => ({ col: String(col), header: h })).filter((r) => r.header)}
            columns={[
              { title: t('imports.ui.column'), dataIndex: 'header' },
              {
                title: t('imports.ui.field'),
                render: (_: unknown, r: { col: string }) => (
                  <Select
                    aria-label={t('imports.ui.fieldFor', { column: s.headers[Number(r.col)] })}
                    data-testid={`map-${r.col}`}
                    style={{ minWidth: 200 }}
                    disabled={imp.status !== 'preview' || remap.isPending}
                    value={s.mapping[r.col] ?? ''}
                    options={fieldOptions}
                    onChange={(v: string) => remap.mutate({ sheet: s.sheet, col: r.col, field: v || null })}
                  />
                ),
              },
            ]}
          />
        </Card>
      ))}
      {imp.errors.length > 0 && (
        <Card size="small" title={t('imports.ui.problemList')}>
          <Table<ImportView['errors'][number]>
            size="small"
            data-testid="import-errors"
            rowKey={(e) => `${e.sheet}:${e.row}:${e.field}:${e.code}`}
            dataSource={imp.errors}
            scroll={{ x: true }}
            columns={[
              { title: t('imports.ui.sheet'), dataIndex: 'sheet', responsive: ['md'] },
              { title: t('imports.ui.row'), dataIndex: 'row' },
              { title: t('imports.ui.column'), dataIndex: 'column' },
              { title: t('imports.ui.problem'), dataIndex: 'message' },
            ]}
          />
        </Card>
      )}
      {imp.rows.length > 0 && (
        <Card size="small" title={t('imports.ui.rows')}>
          <Table<ImportView['rows'][number]>
            size="small"
            rowKey={(r) => `${r.sheet}:${r.row}`}
            dataSource={imp.rows}
            scroll={{ x: true }}
            columns={[
              { title: t('imports.ui.row'), dataIndex: 'row' },
              { title: t('imports.ui.record'), dataIndex: 'label' },
              { title: t('imports.ui.action'), dataIndex: 'action', render: (a: keyof typeof ACTION_COLOR) => <Tag color={ACTION_COLOR[a]}>{t(`imports.ui.${a}`)}</Tag> },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
