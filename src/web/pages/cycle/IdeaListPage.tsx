import { useMe } from '../../api/auth';
import { useIdeas } from '../../api/cycle';
import type { Idea } from '../../../contracts/ideas';
import { ItemList } from '../../components/cycle/ItemList';
import { useCycleLabels } from '../../components/cycle/labels';

export default function IdeaListPage() {
  const { t } = useCycleLabels();
  const { data: me } = useMe();
  const canFile = !!me?.capabilities.includes('cycle.file');
  return (
    <ItemList<Idea>
      kind="idea"
      useList={useIdeas}
      title={t('cycle.nav.ideas')}
      newLink={canFile ? '/ideas/new' : null}
      newLabel={t('cycle.idea.new')}
      entityOf={(r) => r.entityName ?? r.proposedEntity?.name ?? null}
    />
  );
}
