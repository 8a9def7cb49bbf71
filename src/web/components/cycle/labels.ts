import { useTranslation } from 'react-i18next';
import { cycleSteps, machineOf, type WorkflowKind } from '../../../domain/cycle';

/** Labels of the cycle's statuses, actions and steps in the UI language (from the domain machines). */
export function useCycleLabels() {
  const { t, i18n } = useTranslation();
  const lang: 'vi' | 'en' = i18n.language === 'en' ? 'en' : 'vi';
  return {
    lang,
    t,
    status(kind: WorkflowKind, status: string): string {
      return machineOf(kind, 'current').statuses[status]?.label[lang] ?? status;
    },
    action(kind: WorkflowKind, action: string): string {
      return machineOf(kind, 'current').actions[action]?.label[lang] ?? action;
    },
    statuses(kind: WorkflowKind): { value: string; label: string }[] {
      const m = machineOf(kind, 'current');
      return Object.keys(m.statuses).map((s) => ({ value: s, label: m.statuses[s].label[lang] }));
    },
    step(n: number): string {
      return cycleSteps.find((s) => s.step === n)?.name[lang] ?? String(n);
    },
    waiting(roles: string[]): string {
      if (roles.length === 0) return t('cycle.waiting.nobody');
      return roles.map((r) => t(`cycle.waiting.${r}`, { defaultValue: r })).join(', ');
    },
  };
}

/** Tag colour of a status. */
export function statusColor(status: string): string {
  if (['accepted', 'evaluated', 'complete'].includes(status)) return 'green';
  if (['rejected', 'withdrawn'].includes(status)) return 'red';
  if (status === 'returned') return 'orange';
  if (status === 'draft') return 'default';
  return 'blue';
}
