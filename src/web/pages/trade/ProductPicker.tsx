import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { products } from '../../../contracts/products';
import type { TradeProduct } from '../../../contracts/trade';

/**
 * Picks products of class 3★ or more (the only ones a trade record may name), searched on the
 * server (accent-insensitive). The server re-checks the certificate on the record's day and names
 * any product it refuses; products already on the record stay listed with their names.
 */
export function ProductPicker({
  value,
  onChange,
  known,
  id,
  single,
}: {
  /** The chosen ids (one id when `single`). */
  value?: string[] | string;
  onChange?: (ids: string[] | string) => void;
  known?: TradeProduct[];
  id?: string;
  /** Picks exactly one product (an e-commerce listing). */
  single?: boolean;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['trade-products', q],
    queryFn: () => call(products.list, { query: { q: q || undefined, stars: '3,4,5', pageSize: 30 } }),
  });
  const options = new Map<string, string>();
  for (const p of known ?? []) options.set(p.id, `${p.name} — ${p.entityName}${p.stars ? ` (${t('trade.stars', { stars: p.stars })})` : ''}`);
  for (const p of found.data?.items ?? []) options.set(p.id, `${p.name} — ${p.entityName}${p.stars ? ` (${t('trade.stars', { stars: p.stars })})` : ''}`);
  return (
    <Select
      id={id}
      mode={single ? undefined : 'multiple'}
      value={value}
      onChange={(v: string[] | string) => onChange?.(v)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onBlur={() => setQ('')}
      loading={found.isFetching}
      placeholder={t('tradeUi.productSearch')}
      options={[...options].map(([value, label]) => ({ value, label }))}
      style={{ width: '100%' }}
      data-testid="trade-products"
    />
  );
}
