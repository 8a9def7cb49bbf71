import { Empty, Timeline, Typography } from 'antd';
import type { TimelineEntry } from '../../../contracts/cycle-items';
import { formatDateTime } from '../../i18n/format';
import { cycleMachine, type WorkflowKind } from '../../../domain/cycle';
import { statusColor, useCycleLabels } from './labels';

/** Who did what when (from → to, with the note) on an item: its timeline, newest last. */
export function CycleTimeline({ kind, entries }: { kind: WorkflowKind | 'cycle'; entries: TimelineEntry[] }) {
  const L = useCycleLabels();
  if (!entries.length) return <Empty description={L.t('cycle.timeline.empty')} />;
  const status = (s: string) => (kind === 'cycle' ? (cycleMachine.statuses[s as 'open']?.label[L.lang] ?? s) : L.status(kind, s));
  const action = (a: string) => (a === 'create' ? L.t('cycle.timeline.create') : kind === 'cycle' ? L.t(`cycle.overview.actions.${a}`, { defaultValue: a }) : L.action(kind, a));
  return (
    <Timeline
      data-testid="cycle-timeline"
      items={entries.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: statusColor(e.to) === 'default' ? 'gray' : statusColor(e.to),
        content: (
          <div data-testid="timeline-entry" data-action={e.action}>
            <Typography.Text strong>{action(e.action)}</Typography.Text>
            {e.from ? (
              <Typography.Text type="secondary">
                {' '}
                · {status(e.from)} → {status(e.to)}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary"> · {status(e.to)}</Typography.Text>
            )}
            <div style={{ fontSize: 13 }}>
              {e.by ?? '—'}
              {e.byRole ? ` (${L.t(`roles.${e.byRole}`, { defaultValue: e.byRole })})` : ''} · <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            </div>
            {e.note && e.note !== 'demo' ? <div style={{ fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>“{e.note}”</div> : null}
          </div>
        ),
      }))}
    />
  );
}
