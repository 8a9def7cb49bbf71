import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEntities, useEntity } from '../api/entities';

/** Searchable entity picker (server search), for product forms and producer accounts. */
export function EntitySelect({
  value,
  onChange,
  id,
  disabled,
  placeholder,
  'aria-label': ariaLabel,
}: {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  id?: string;
  disabled?: boolean;
  placeholder?: string;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setDebounced(q.trim()), 250);
    return () => clearTimeout(h);
  }, [q]);
  const list = useEntities({ q: debounced || undefined, pageSize: 20 }, !disabled);
  const current = useEntity(value ?? undefined);
  const options = (list.data?.items ?? []).map((e) => ({
    value: e.id,
    label: `${e.name} — ${e.unitName}`,
  }));
  if (value && current.data && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: `${current.data.name} — ${current.data.unitName}` });
  }
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      disabled={disabled}
      allowClear
      placeholder={placeholder ?? t('entities.pick')}
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
      loading={list.isFetching}
      options={options}
      notFoundContent={list.isFetching ? t('common.loading') : t('common.noData')}
    />
  );
}
