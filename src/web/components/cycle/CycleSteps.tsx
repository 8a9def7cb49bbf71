import { Grid, Progress, Steps, Typography } from 'antd';
import { cycleSteps } from '../../../domain/cycle';
import type { CalendarEntry } from '../../../contracts/cycles';
import { formatDate } from '../../i18n/format';
import { useCycleLabels } from './labels';

/**
 * The six steps of the annual OCOP cycle with the item's (or the producer's) current one:
 * steps before it are done, the current one is in progress (or finished / failed). On a
 * phone it shrinks to a six-segment bar with the step's name.
 */
export function CycleSteps({
  step,
  status = 'process',
  calendar,
  compact,
  testId = 'cycle-steps',
}: {
  step: number;
  status?: 'wait' | 'process' | 'finish' | 'error';
  calendar?: CalendarEntry[];
  compact?: boolean;
  testId?: string;
}) {
  const { lang, t } = useCycleLabels();
  const screens = Grid.useBreakpoint();
  const name = (n: number) => cycleSteps.find((s) => s.step === n)?.name[lang] ?? String(n);
  if (compact || !screens.lg) {
    const done = status === 'finish' ? step : step - 1;
    return (
      <div data-testid={testId} data-step={step} aria-label={t('cycle.stepOf', { n: step, name: name(step) })} role="img">
        <Progress
          percent={Math.round(((status === 'finish' ? step : step - 0.5) / 6) * 100)}
          steps={6}
          size={[40, 10]}
          showInfo={false}
          strokeColor={Array.from({ length: 6 }, (_, i) => (i + 1 < step || i < done ? '#1d6b3a' : i + 1 === step ? (status === 'error' ? '#cf1322' : '#52c41a') : '#e5e5e5'))}
          aria-hidden
        />
        <Typography.Text style={{ display: 'block', fontSize: 13 }}>
          <strong>{t('cycle.stepN', { n: step })}</strong> · {name(step)}
        </Typography.Text>
      </div>
    );
  }
  return (
    <Steps
      data-testid={testId}
      data-step={step}
      size="small"
      current={step - 1}
      status={status}
      items={cycleSteps.map((s) => {
        const e = calendar?.find((c) => c.step === s.step);
        return {
          key: s.step,
          title: s.name[lang],
          content: e ? `${formatDate(e.opensOn)} – ${formatDate(e.deadline)}` : undefined,
        };
      })}
    />
  );
}
