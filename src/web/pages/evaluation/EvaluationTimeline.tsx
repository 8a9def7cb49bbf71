import { Empty, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../contracts/common';
import { formatDateTime } from '../../i18n/format';

function isChange(v: unknown): v is { from: unknown; to: unknown } {
  return !!v && typeof v === 'object' && 'from' in v && 'to' in v;
}

function short(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'object') return JSON.stringify(v).slice(0, 120);
  return String(v);
}

/**
 * History of a round, certificate or criteria set: who did what and when (newest first),
 * with the state changes it recorded (from → to) and the note (reason) given.
 */
export function EvaluationTimeline({ events, loading }: { events: AuditEvent[] | undefined; loading?: boolean }) {
  const { t } = useTranslation();
  if (loading) return <Spin />;
  if (!events?.length) return <Empty description={t('audit.none')} />;
  const sorted = [...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : Number(b.id) - Number(a.id)));
  return (
    <Timeline
      data-testid="evaluation-timeline"
      items={sorted.map((ev) => {
        const changes = Object.entries(ev.changes ?? {}).filter(([, v]) => isChange(v)) as Array<[string, { from: unknown; to: unknown }]>;
        return {
          key: ev.id,
          content: (
            <div>
              <Typography.Text strong>{ev.actorName ?? t('audit.system')}</Typography.Text>{' '}
              <Typography.Text>{t(`evaluationAudit.${ev.action}`, { defaultValue: ev.action })}</Typography.Text>
              {' · '}
              <Typography.Text type="secondary">
                <time dateTime={ev.at}>{formatDateTime(ev.at)}</time>
              </Typography.Text>
              {changes.map(([field, ch]) => (
                <div key={field}>
                  <Typography.Text type="secondary">{t(`evaluationAudit.fields.${field}`, { defaultValue: field })}: </Typography.Text>
                  <del>{t(`evaluationAudit.values.${short(ch.from)}`, { defaultValue: short(ch.from) })}</del> → <ins>{t(`evaluationAudit.values.${short(ch.to)}`, { defaultValue: short(ch.to) })}</ins>
                </div>
              ))}
              {ev.note && ev.note !== 'demo' ? <div style={{ fontStyle: 'italic' }}>{ev.note}</div> : null}
            </div>
          ),
        };
      })}
    />
  );
}
