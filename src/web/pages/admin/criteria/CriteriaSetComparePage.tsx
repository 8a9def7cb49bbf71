import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Checkbox, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCriteriaSet, useCriteriaSets } from '../../../api/evaluation';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { diffVersions, type ChangeKind, type CriterionChange } from '../../../../domain/criteria/diff';
import { useLocalized } from '../../evaluation/shared';

const COLOR: Record<ChangeKind | 'same', string> = { added: 'success', removed: 'error', changed: 'warning', same: 'default' };

/** Two versions side by side: the version's fields, then per sheet what changed per criterion. */
export default function CriteriaSetComparePage() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const [params, setParams] = useSearchParams();
  const sets = useCriteriaSets();
  const items = sets.data?.items ?? [];
  const a = params.get('a') ?? items[1]?.code ?? null;
  const b = params.get('b') ?? items.find((s) => s.code !== a)?.code ?? null;
  const before = useCriteriaSet(a);
  const after = useCriteriaSet(b);
  const [showSame, setShowSame] = useState(false);

  useEffect(() => {
    document.title = `${t('rulesEditor.compareTitle')} · ${t('app.short')}`;
  }, [t]);

  const diff = useMemo(() => (before.data && after.data ? diffVersions(before.data.definition, after.data.definition) : null), [before.data, after.data]);
  const options = items.map((s) => ({ value: s.code, label: `${s.code} (${s.decision.number})` }));
  const pick = (key: 'a' | 'b', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (!next.get(key === 'a' ? 'b' : 'a') && (key === 'a' ? b : a)) next.set(key === 'a' ? 'b' : 'a', (key === 'a' ? b : a)!);
    setParams(next);
  };

  const columns = [
    { title: t('rulesEditor.criterion'), key: 'code', width: 90, render: (_: unknown, c: CriterionChange) => <strong>{c.code}</strong> },
    { title: '', key: 'kind', width: 100, render: (_: unknown, c: CriterionChange) => <Tag color={COLOR[c.kind]}>{t(`rulesEditor.kind.${c.kind}`)}</Tag> },
    {
      title: t('rulesEditor.before'),
      key: 'before',
      render: (_: unknown, c: CriterionChange) => (c.before ? <Side name={loc(c.before.name)} max={c.before.maxPoints} options={c.options.filter((o) => o.before).map((o) => ({ code: o.code, text: loc(o.before!.label), points: o.before!.points, kind: o.kind }))} /> : null),
    },
    {
      title: t('rulesEditor.after'),
      key: 'after',
      render: (_: unknown, c: CriterionChange) => (
        <div>
          {c.after ? <Side name={loc(c.after.name)} max={c.after.maxPoints} options={c.options.filter((o) => o.after).map((o) => ({ code: o.code, text: loc(o.after!.label), points: o.after!.points, kind: o.kind }))} /> : null}
          {c.what.length ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.what.map((w) => t(`rulesEditor.what.${w}`)).join(', ')}</Typography.Text> : null}
        </div>
      ),
    },
  ];

  return (
    <div>
      <PageHeader title={t('rulesEditor.compareTitle')} testId="compare-title" />
      <Card style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select style={{ minWidth: 220 }} value={a ?? undefined} options={options} onChange={(v) => pick('a', v)} aria-label={t('rulesEditor.compareBefore')} placeholder={t('rulesEditor.compareBefore')} data-testid="compare-a" />
          <span>→</span>
          <Select style={{ minWidth: 220 }} value={b ?? undefined} options={options} onChange={(v) => pick('b', v)} aria-label={t('rulesEditor.compareAfter')} placeholder={t('rulesEditor.compareAfter')} data-testid="compare-b" />
          <Checkbox checked={showSame} onChange={(e) => setShowSame(e.target.checked)}>{t('rulesEditor.showSame')}</Checkbox>
        </Space>
      </Card>
      {before.error || after.error ? <ErrorState error={before.error ?? after.error} /> : null}
      {!diff ? (
        a && b ? <Spin size="large" style={{ display: 'block', margin: '48px auto' }} /> : null
      ) : (
        <div data-testid="compare-result">
          <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="compare-counts"
            title={`${t('rulesEditor.compareCounts', diff.counts)} · ${t('rulesEditor.sheetsChanged', { n: diff.sheets.filter((s) => s.kind !== 'same').length })}`} />
          <Card size="small" title={t('rulesEditor.fieldChanges')} style={{ marginBottom: 12 }}>
            {diff.fields.length ? (
              <Table size="small" pagination={false} rowKey="field" scroll={{ x: true }} dataSource={diff.fields} data-testid="compare-fields"
                columns={[
                  { title: t('rulesEditor.field'), dataIndex: 'field' },
                  { title: t('rulesEditor.before'), dataIndex: 'before', render: (v: string | null) => v ?? '—' },
                  { title: t('rulesEditor.after'), dataIndex: 'after', render: (v: string | null) => v ?? '—' },
                ]} />
            ) : <Typography.Text type="secondary">{t('rulesEditor.noChanges')}</Typography.Text>}
          </Card>
          {diff.sheets.filter((s) => showSame || s.kind !== 'same').map((s) => (
            <Card key={s.code || '-'} size="small" style={{ marginBottom: 12 }} data-testid={`compare-sheet-${s.code || 'single'}`}
              title={<Space wrap><span>{s.code ? `${s.code} · ` : ''}{loc(s.name)}</span><Tag color={COLOR[s.kind]}>{t(`rulesEditor.kind.${s.kind}`)}</Tag></Space>}>
              {s.productSets.added.length ? <div>{t('rulesEditor.productSetsAdded', { list: s.productSets.added.join(', ') })}</div> : null}
              {s.productSets.removed.length ? <div>{t('rulesEditor.productSetsRemoved', { list: s.productSets.removed.join(', ') })}</div> : null}
              {s.criteria.length ? <Table size="small" pagination={false} rowKey={(c) => `${c.code}-${c.kind}`} scroll={{ x: 640 }} dataSource={s.criteria} columns={columns} /> : null}
              {s.rules.length ? (
                <ul style={{ marginTop: 8, paddingInlineStart: 18 }}>
                  {s.rules.map((r) => (
                    <li key={`${r.kind}-${r.key}`}><Tag color={COLOR[r.change]}>{t(`rulesEditor.kind.${r.change}`)}</Tag>{t(`rulesEditor.rule.${r.kind}`)} {r.key}: {r.before ? <del>{r.before}</del> : null} {r.after}</li>
                  ))}
                </ul>
              ) : null}
              {s.kind === 'same' ? <Typography.Text type="secondary">{t('rulesEditor.noChanges')}</Typography.Text> : null}
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}

function Side({ name, max, options }: { name: string; max: number; options: Array<{ code: string; text: string; points: number; kind: ChangeKind }> }) {
  const { t } = useTranslation();
  return (
    <div>
      <div>{name} <Typography.Text type="secondary">({t('evaluation.sheet.maxPoints', { n: max })})</Typography.Text></div>
      {options.length ? (
        <ul style={{ margin: '4px 0', paddingInlineStart: 18 }}>
          {options.map((o) => <li key={o.code}><Tag color={COLOR[o.kind]} style={{ marginInlineEnd: 4 }}>{o.code}</Tag>{o.text} — {t('evaluation.sheet.points', { n: o.points })}</li>)}
        </ul>
      ) : null}
    </div>
  );
}
