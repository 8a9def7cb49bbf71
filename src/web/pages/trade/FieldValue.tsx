import { useTranslation } from 'react-i18next';
import { formatDate, formatInt, formatVnd } from '../../i18n/format';
import type { FieldSpec } from './kinds';

/** A record field shown by its kind: dates dd/mm/yyyy, money in đồng, classifiers by label. */
export function FieldValue({ spec, value }: { spec: FieldSpec; value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '') return <span>—</span>;
  switch (spec.kind) {
    case 'date':
      return <span style={{ whiteSpace: 'nowrap' }}>{formatDate(String(value))}</span>;
    case 'vnd':
      return <span style={{ whiteSpace: 'nowrap' }}>{formatVnd(Number(value))}</span>;
    case 'int':
      return <span>{formatInt(Number(value))}</span>;
    case 'enum':
      return <span>{t(`${spec.labels}.${String(value)}`, { defaultValue: String(value) })}</span>;
    case 'url':
      return (
        <a href={String(value)} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }}>
          {String(value)}
        </a>
      );
    case 'list':
      return <span>{Array.isArray(value) ? value.join('; ') : String(value)}</span>;
    default:
      return <span>{String(value)}</span>;
  }
}
