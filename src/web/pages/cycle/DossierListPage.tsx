import { Tag } from 'antd';
import { useMe } from '../../api/auth';
import type { Dossier } from '../../api/cycle';
import { ItemList } from '../../components/cycle/ItemList';
import { useCycleLabels } from '../../components/cycle/labels';

export default function DossierListPage() {
  const { t } = useCycleLabels();
  const { data: me } = useMe();
  const canFile = !!me && ['producer', 'commune', 'admin'].includes(me.role);
  return (
    <ItemList<Dossier>
      kind="dossier"
      title={t('cycle.nav.dossiers')}
      newLink={canFile ? '/dossiers/new' : null}
      newLabel={t('cycle.dossier.new')}
      extraColumns={[{ title: t('cycle.fields.entryPath'), dataIndex: 'entryPath', responsive: ['lg'], render: (p: string) => <Tag color={p === 'cycle' ? 'green' : 'blue'}>{t(`cycle.dossier.entryPath.${p}`)}</Tag> }]}
    />
  );
}
