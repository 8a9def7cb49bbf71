import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { sheetMaxima } from '../../../../domain/criteria/maxima';
import type { CriteriaSetDefinition } from '../../../api/evaluation';
import { useLocalized } from '../../evaluation/shared';

/**
 * Per sheet, what its best answers give in each part against the version's part maxima —
 * the check publishing makes (a sheet flagged "to be confirmed" may fall short, never exceed).
 */
export function SheetMaxima({ definition, onPick }: { definition: CriteriaSetDefinition; onPick?: (code: string) => void }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const byCode = new Map(sheetMaxima(definition).map((r) => [r.code, r]));
  const rows = (definition.sheets ?? []).map((sh) => {
    const m = byCode.get(sh.code)!;
    return { key: sh.code, code: sh.code, name: loc(sh.name), sums: m.sums as Record<string, number>, ok: m.ok, toBeConfirmed: m.toBeConfirmed, total: m.total };
  });
  return (
    <Table
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={rows}
      data-testid="sheet-maxima"
      onRow={(r) => ({ onClick: () => onPick?.(r.code), style: onPick ? { cursor: 'pointer' } : undefined })}
      columns={[
        { title: t('rulesAdmin.sheet'), dataIndex: 'name', render: (name: string, r) => <span>{r.code} · {name}</span> },
        ...definition.parts.map((p) => ({
          title: `${p.code} (${p.maxPoints})`,
          key: p.code,
          width: 70,
          render: (_: unknown, r: (typeof rows)[number]) => <span style={{ color: r.sums[p.code] === p.maxPoints ? undefined : '#cf1322' }}>{r.sums[p.code]}</span>,
        })),
        { title: t('evaluation.sheet.total'), dataIndex: 'total', width: 70 },
        {
          title: '',
          key: 'state',
          width: 130,
          render: (_: unknown, r) =>
            r.toBeConfirmed ? <Tag color="orange">{t('rules.sheet.toBeConfirmed')}</Tag> : r.ok ? <Tag color="success">{t('rulesAdmin.adds')}</Tag> : <Tag color="error">{t('rulesAdmin.doesNotAdd')}</Tag>,
        },
      ]}
    />
  );
}
