import { useRef } from 'react';
import { App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../api/types';
import { useDeletePhoto, useUploadPhoto } from '../../api/products';
import { useErrorMessage } from '../../components/ErrorState';

/** The product's uploaded photos; the producer and officers who may edit it add and remove them. */
export function PhotosSection({ product }: { product: Product }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const input = useRef<HTMLInputElement>(null);
  const add = useUploadPhoto(product.id);
  const remove = useDeletePhoto(product.id);
  const editable = product.actions.includes('update');
  if (!editable && product.uploadedPhotos.length === 0) return null;
  return (
    <Card size="small" title={t('photos.title')} data-testid="photos-section">
      <Space wrap>
        {product.uploadedPhotos.map((ph) => (
          <div key={ph.id} style={{ width: 160 }}>
            <img src={ph.srcset.split(' ')[0]} alt={ph.alt ?? product.name} width={160} height={Math.round((160 * ph.height) / ph.width)} style={{ display: 'block', objectFit: 'cover', borderRadius: 4 }} />
            {editable ? (
              <Popconfirm title={t('photos.remove')} onConfirm={() => remove.mutate(ph.id, { onError: (e) => void message.error(errorMessage(e)) })}>
                <Button size="small" danger icon={<DeleteOutlined />} style={{ marginTop: 4 }}>
                  {t('photos.remove')}
                </Button>
              </Popconfirm>
            ) : null}
          </div>
        ))}
      </Space>
      {editable ? (
        <div style={{ marginTop: 8 }}>
          <input
            ref={input}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif,image/heic"
            hidden
            data-testid="photo-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) add.mutate(file, { onError: (err) => void message.error(errorMessage(err)) });
            }}
          />
          <Button icon={<UploadOutlined />} loading={add.isPending} onClick={() => input.current?.click()}>
            {t('photos.upload')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
            {t('photos.hint')}
          </Typography.Paragraph>
        </div>
      ) : null}
    </Card>
  );
}
