import { Tag } from 'antd';
import { useMe } from '../../api/auth';
import { useDossiers } from '../../api/cycle';
import type { Dossier } from '../../../contracts/dossiers';
import { DOSSIER_ENTRY_PATHS } from '../../../domain/cycle';
import { ItemList, type ItemListParams } from '../../components/cycle/ItemList';
import { useCycleLabels } from '../../components/cycle/labels';

/** The dossier list, with the entry path filter of the URL (`?entryPath=cycle`). */
function useDossierList({ entryPath, ...params }: ItemListParams) {
  return useDossiers({ ...params, entryPath: DOSSIER_ENTRY_PATHS.find((p) => p === entryPath) });
}

export default function DossierListPage() {
  const { t } = useCycleLabels();
  const { data: me } = useMe();
  const canFile = !!me?.capabilities.includes('cycle.file');
  return (
    <ItemList<Dossier>
      kind="dossier"
      useList={useDossierList}
      title={t('cycle.nav.dossiers')}
      newLink={canFile ? '/dossiers/new' : null}
      newLabel={t('cycle.dossier.new')}
      extraColumns={[{ title: t('cycle.fields.entryPath'), dataIndex: 'entryPath', responsive: ['lg'], render: (p: string) => <Tag color={p === 'cycle' ? 'green' : 'blue'}>{t(`cycle.dossier.entryPath.${p}`)}</Tag> }]}
    />
  );
}
