import { useMe } from '../../api/auth';
import type { BusinessPlan } from '../../api/cycle';
import { ItemList } from '../../components/cycle/ItemList';
import { useCycleLabels } from '../../components/cycle/labels';

export default function BusinessPlanListPage() {
  const { t } = useCycleLabels();
  const { data: me } = useMe();
  const canFile = !!me && ['producer', 'commune', 'admin'].includes(me.role);
  return <ItemList<BusinessPlan> kind="business-plan" title={t('cycle.nav.plans')} newLink={canFile ? '/business-plans/new' : null} newLabel={t('cycle.plan.new')} />;
}
