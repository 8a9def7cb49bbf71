import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { imports } from '../../../contracts/imports';
import { IMPORT_KINDS, type ImportKind } from '../../../domain/imports/kinds';
import { call, download, upload } from '../../api/call';
import { isApiError } from '../../api/client';
import type { ImportView } from '../../../contracts/imports';

const STATUS_COLOR: Record<ImportView['status'], string> = { parsing: 'processing', preview: 'blue', committing: 'processing', done: 'green', failed: 'red' };

/** Bring a province's existing Excel lists in: choose the kind, download the template, upload. */
export default function ImportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [kind, setKind] = useState<ImportKind>('products');
  const list = useQuery({ queryKey: ['imports'], queryFn: () => call(imports.list) });
  const send = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file);
      return upload(imports.create, {}, form);
    },
    onSuccess: (r) => navigate(`/imports/${r.id}`),
  });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('imports.ui.title')}</Typography.Title>
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('imports.ui.intro')}</Typography.Paragraph>
          <Space wrap>
            <label htmlFor="import-kind">{t('imports.ui.kind')}</label>
            <Select<ImportKind>
              id="import-kind"
              data-testid="import-kind"
              value={kind}
              onChange={setKind}
              style={{ minWidth: 260 }}
              options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kind.${k}`) }))}
            />
            <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void download(imports.template, { params: { kind } }, `mau-nhap-${kind}.xlsx`)}>
              {t('imports.ui.template')}
            </Button>
          </Space>
          <Upload.Dragger
            data-testid="import-upload"
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            disabled={send.isPending}
            beforeUpload={(file) => {
              send.mutate(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined aria-hidden /></p>
            <p>{t('imports.ui.drop')}</p>
            <p className="ant-upload-hint">{t('imports.ui.dropHint')}</p>
          </Upload.Dragger>
          {send.isError && <Alert type="error" showIcon message={isApiError(send.error) ? send.error.message : String(send.error)} />}
        </Space>
      </Card>
      <Card title={t('imports.ui.recent')}>
        <Table<ImportView>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          onRow={(r) => ({ onClick: () => navigate(`/imports/${r.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('imports.ui.file'), dataIndex: 'fileName', render: (v: string, r) => <a href={`/imports/${r.id}`} onClick={(e) => e.preventDefault()}>{v}</a> },
            { title: t('imports.ui.kind'), dataIndex: 'kind', render: (k: ImportKind) => t(`imports.kind.${k}`), responsive: ['md'] },
            { title: t('imports.ui.status'), dataIndex: 'status', render: (s: ImportView['status']) => <Tag color={STATUS_COLOR[s]}>{t(`imports.status.${s}`)}</Tag> },
            { title: t('imports.ui.when'), dataIndex: 'createdAt', render: (v: string) => new Date(v).toLocaleString('vi-VN'), responsive: ['md'] },
          ]}
        />
      </Card>
    </Space>
  );
}
