import { App, Button, Popconfirm, Space, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useDeleteFile, useUpload } from '../../api/cycle';
import type { UploadedFile } from '../../../contracts/files';
import { useErrorMessage } from '../ErrorState';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { useCycleLabels } from './labels';

/** Files of a dossier item or a business plan, with upload and delete when the item is editable. */
export function FileList({
  kind,
  id,
  files,
  itemCode,
  accept,
  editable,
  testId,
}: {
  kind: 'dossier' | 'business-plan';
  id: string;
  files: UploadedFile[];
  itemCode?: string;
  accept: string[];
  editable: boolean;
  testId?: string;
}) {
  const { t } = useCycleLabels();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const upload = useUpload(kind, id);
  const del = useDeleteFile(kind, id);
  const acceptAttr = accept.map((x) => (x === 'jpg' ? '.jpg,.jpeg' : `.${x}`)).join(',');
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid={testId}>
      {files.map((f) => (
        <div key={f.id} style={{ display: 'flex', alignItems: 'center', gap: 6, flexWrap: 'wrap' }}>
          <PaperClipOutlined aria-hidden />
          <a href={f.url} download data-testid="file-link">
            {f.fileName}
          </a>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.fileType.toUpperCase()} · {f.sizeBytes < 1024 ? `${formatNumber(f.sizeBytes, 0)} B` : `${formatNumber(f.sizeBytes / 1024, 0)} KB`} · {formatDateTime(f.createdAt)}
          </Typography.Text>
          {f.reuse ? (
            <Tag color={f.reuse.expired ? 'red' : 'default'} style={{ whiteSpace: 'normal' }} data-testid={f.reuse.expired ? 'file-reused-expired' : 'file-reused'}>
              {f.reuse.expired
                ? t('cycle.dossier.reusedExpired', { date: formatDate(f.reuse.originalDate), until: formatDate(f.reuse.validUntil) })
                : t('cycle.dossier.reused', { date: formatDate(f.reuse.originalDate) })}
            </Tag>
          ) : null}
          {editable ? (
            <Popconfirm title={t('cycle.dossier.deleteFile')} onConfirm={() => del.mutateAsync(f.id).catch((e) => message.error(errMsg(e)))} okText={t('cycle.common.delete')} cancelText={t('cycle.common.cancel')}>
              <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('cycle.dossier.deleteFile')} ${f.fileName}`} />
            </Popconfirm>
          ) : null}
        </div>
      ))}
      {editable ? (
        <Upload
          accept={acceptAttr}
          showUploadList={false}
          multiple={false}
          customRequest={({ file, onSuccess, onError }) => {
            upload
              .mutateAsync({ file: file as File, itemCode })
              .then((r) => {
                message.success(t('cycle.dossier.uploaded', { name: r.fileName }));
                onSuccess?.(r);
              })
              .catch((e) => {
                message.error(errMsg(e), 6);
                onError?.(e as Error);
              });
          }}
        >
          <Button size="small" icon={<UploadOutlined aria-hidden />} loading={upload.isPending} data-testid={`upload-${itemCode ?? 'attachment'}`}>
            {t('cycle.dossier.upload')}
          </Button>
        </Upload>
      ) : null}
      {editable ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cycle.dossier.accepts', { types: accept.map((x) => x.toUpperCase()).join(', ') })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
