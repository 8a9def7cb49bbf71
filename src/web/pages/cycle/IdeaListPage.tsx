import { useMe } from '../../api/auth';
import type { Idea } from '../../api/cycle';
import { ItemList } from '../../components/cycle/ItemList';
import { useCycleLabels } from '../../components/cycle/labels';

export default function IdeaListPage() {
  const { t } = useCycleLabels();
  const { data: me } = useMe();
  const canFile = !!me && ['producer', 'commune', 'admin'].includes(me.role);
  return <ItemList<Idea> kind="idea" title={t('cycle.nav.ideas')} newLink={canFile ? '/ideas/new' : null} newLabel={t('cycle.idea.new')} />;
}
