import { Card, Empty, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../api/types';
import { formatDateTime, formatNumber, formatVnd } from '../i18n/format';
import { useErrorMessage } from './ErrorState';

const COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red' };

function useValueText() {
  const { t } = useTranslation();
  return function valueText(v: unknown, field: string): string {
    if (v === null || v === undefined || v === '') return t('audit.empty');
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'number') return field.endsWith('Vnd') ? formatVnd(v) : formatNumber(v);
    if (field === 'type' && typeof v === 'string') return t(`entityTypes.${v}`, { defaultValue: v });
    if (field === 'role' && typeof v === 'string') return t(`roles.${v}`, { defaultValue: v });
    if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') : t('audit.empty');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
}

/** Append-only history of a record: who, when (dd/mm/yyyy HH:mm), what, changed fields from → to. */
export function AuditTimeline({ events, loading }: { events: AuditEvent[] | undefined; loading?: boolean }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  if (loading) return <Spin />;
  if (!events || events.length === 0) return <Empty description={t('audit.none')} />;
  const sorted = [...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <Timeline
      data-testid="audit-timeline"
      items={sorted.map((ev) => ({
        key: ev.id,
        color: COLORS[ev.action.split('.').pop() ?? ''] ?? 'gray',
        content: (
          <div>
            <div>
              <Typography.Text strong>{ev.actorName ?? t('audit.system')}</Typography.Text>{' '}
              <Typography.Text>{t(`audit.actions.${ev.action}`, { defaultValue: ev.action, year: ev.note ?? '' })}</Typography.Text>
              {' · '}
              <Typography.Text type="secondary">
                <time dateTime={ev.at}>{formatDateTime(ev.at)}</time>
              </Typography.Text>
            </div>
            {ev.note && !ev.action.startsWith('figures.') ? <div style={{ fontStyle: 'italic' }}>{ev.note}</div> : null}
            {ev.changes && ev.action !== 'create' ? (
              <ul className="audit-change" style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                {Object.entries(ev.changes as Record<string, { from?: unknown; to?: unknown } | null>).map(([field, ch]) => (
                  <li key={field}>
                    <span>{t(`fields.${field}`, { defaultValue: field })}</span>:{' '}
                    <del aria-label={t('audit.from')}>{valueText(ch?.from, field)}</del> →{' '}
                    <ins aria-label={t('audit.to')}>{valueText(ch?.to, field)}</ins>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}

/** The "change history" card of a record page, from its audit query. */
export function AuditCard({ audit }: { audit: { data?: { items: AuditEvent[] }; isLoading: boolean; isError: boolean; error: unknown } }) {
  const { t } = useTranslation();
  const errMsg = useErrorMessage();
  return (
    <Card title={t('audit.title')} size="small">
      {audit.isError ? (
        <Typography.Text type="secondary">{errMsg(audit.error)}</Typography.Text>
      ) : (
        <AuditTimeline events={audit.data?.items} loading={audit.isLoading} />
      )}
    </Card>
  );
}
