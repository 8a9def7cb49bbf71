import { Card, Space, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { Product } from '../api/types';
import { StarBadge } from './StarBadge';

/** Compact product card used by the catalogue and by lists on phones. */
export function ProductCard({ product, groupLabel }: { product: Product; groupLabel?: string }) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/products/${product.id}`} className="product-card-title" data-testid="product-link">
          {product.name}
        </Link>
        <StarBadge stars={product.stars} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {product.entityName}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <EnvironmentOutlined aria-hidden /> {[product.unitName, product.provinceName].filter(Boolean).join(', ')}
        </Typography.Text>
        {groupLabel ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {groupLabel}
          </Typography.Text>
        ) : null}
      </Space>
    </Card>
  );
}
