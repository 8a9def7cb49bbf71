import { useMe } from '../../api/auth';
import { useBusinessPlans } from '../../api/cycle';
import type { BusinessPlan } from '../../../contracts/business-plans';
import { ItemList } from '../../components/cycle/ItemList';
import { useCycleLabels } from '../../components/cycle/labels';

export default function BusinessPlanListPage() {
  const { t } = useCycleLabels();
  const { data: me } = useMe();
  const canFile = !!me?.capabilities.includes('cycle.file');
  return <ItemList<BusinessPlan> kind="business-plan" useList={useBusinessPlans} title={t('cycle.nav.plans')} newLink={canFile ? '/business-plans/new' : null} newLabel={t('cycle.plan.new')} />;
}
