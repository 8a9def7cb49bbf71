import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGroupLabels } from '../api/groups';

interface Props {
  value?: string | null;
  onChange?: (v: string | undefined) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** One of the 6 official product groups (Decision 148/QĐ-TTg). */
export function GroupSelect({ value, onChange, id, placeholder, allowClear = true, ...rest }: Props) {
  const { t } = useTranslation();
  const { groups, label } = useGroupLabels();
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      data-testid={rest['data-testid']}
      placeholder={placeholder ?? t('fields.groupCode')}
      allowClear={allowClear}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={groups.map((g) => ({ value: g.code, label: `${g.code}. ${label(g)}` }))}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}

/** A subgroup of the given group. */
export function SubgroupSelect({
  group,
  value,
  onChange,
  id,
  placeholder,
  allowClear = true,
  ...rest
}: Props & { group?: string | null }) {
  const { t } = useTranslation();
  const { groups, label } = useGroupLabels();
  const g = groups.find((x) => x.code === group);
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      data-testid={rest['data-testid']}
      placeholder={placeholder ?? t('fields.subgroupCode')}
      allowClear={allowClear}
      disabled={!g}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={(g?.subgroups ?? []).map((s) => ({ value: s.code, label: `${s.code} ${label(s)}` }))}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
    />
  );
}
