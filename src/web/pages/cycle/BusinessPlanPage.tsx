import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Grid, Modal, Skeleton, Tabs, Typography } from 'antd';
import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useBusinessPlan, useBusinessPlanVersion } from '../../api/cycle';
import { useGroupLabels } from '../../api/groups';
import { ErrorState } from '../../components/ErrorState';
import { CycleTimeline } from '../../components/cycle/CycleTimeline';
import { FileList } from '../../components/cycle/FileList';
import { ItemHeader } from '../../components/cycle/ItemHeader';
import { TransitionBar } from '../../components/cycle/TransitionBar';
import { useCycleLabels } from '../../components/cycle/labels';
import { formatDateTime, formatInt, formatVnd } from '../../i18n/format';
import { CAPITAL_SOURCES, type BusinessPlanContent } from '../../../domain/cycle';
import { ImplementationPanel } from './ImplementationPanel';

export function PlanContentView({ content }: { content: BusinessPlanContent }) {
  const { t } = useCycleLabels();
  const labels = useGroupLabels();
  const screens = Grid.useBreakpoint();
  const dash = '—';
  const layout = screens.sm ? 'horizontal' : 'vertical';
  const textOf = (v: unknown) => (v === undefined || v === null || v === '' ? dash : <span className="cycle-pre">{String(v)}</span>);
  const c = content;
  const section = (title: string, items: { key: string; label: string; children: React.ReactNode }[]) => (
    <Card size="small" title={title} style={{ marginBottom: 12 }}>
      <Descriptions size="small" bordered column={1} layout={layout} items={items} />
    </Card>
  );
  return (
    <div data-testid="plan-content">
      {section(t('cycle.plan.sections.product'), [
        { key: 'n', label: t('cycle.plan.product.name'), children: c.product?.name },
        { key: 'g', label: t('cycle.idea.group'), children: [labels.group(c.product?.groupCode), c.product?.subgroupCode ? labels.subgroup(c.product.subgroupCode) : null].filter(Boolean).join(' — ') },
        { key: 'd', label: t('cycle.plan.product.description'), children: textOf(c.product?.description) },
        { key: 'p', label: t('cycle.plan.product.packaging'), children: textOf(c.product?.packaging) },
        { key: 'pr', label: t('cycle.plan.product.expectedPriceVnd'), children: c.product?.expectedPriceVnd != null ? formatVnd(c.product.expectedPriceVnd) : dash },
      ])}
      {section(
        t('cycle.plan.sections.market'),
        (['targetCustomers', 'marketArea', 'competitors', 'channels', 'promotion'] as const).map((k) => ({ key: k, label: t(`cycle.plan.market.${k}`), children: textOf(c.marketAndCustomers?.[k]) })),
      )}
      {section(
        t('cycle.plan.sections.production'),
        (['rawMaterials', 'process', 'capacity', 'facilities', 'qualityStandards'] as const).map((k) => ({ key: k, label: t(`cycle.plan.production.${k}`), children: textOf(c.production?.[k]) })),
      )}
      {section(t('cycle.plan.sections.organisation'), [
        { key: 'f', label: t('cycle.plan.organisation.form'), children: t(`entityTypes.${c.organisation?.form}`, { defaultValue: c.organisation?.form ?? dash }) },
        { key: 'm', label: t('cycle.plan.organisation.members'), children: c.organisation?.members != null ? formatInt(c.organisation.members) : dash },
        { key: 'e', label: t('cycle.plan.organisation.employees'), children: c.organisation?.employees != null ? formatInt(c.organisation.employees) : dash },
        { key: 'mg', label: t('cycle.plan.organisation.management'), children: textOf(c.organisation?.management) },
      ])}
      {section(t('cycle.plan.sections.finance'), [
        ...(['investmentVnd', 'expectedRevenueVnd', 'expectedCostVnd', 'expectedProfitVnd'] as const).map((k) => ({ key: k, label: t(`cycle.plan.finance.${k}`), children: formatVnd(c.finance?.[k] ?? 0) })),
        { key: 'b', label: t('cycle.plan.finance.breakEvenMonths'), children: formatInt(c.finance?.breakEvenMonths ?? 0) },
        {
          key: 'cap',
          label: t('cycle.plan.finance.capitalBySource'),
          children: (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {CAPITAL_SOURCES.filter((k) => (c.finance?.capitalBySource?.[k] ?? 0) > 0).map((k) => (
                <li key={k}>
                  {t(`cycle.capital.${k}`)}: {formatVnd(c.finance.capitalBySource[k])}
                </li>
              ))}
            </ul>
          ),
        },
      ])}
    </div>
  );
}

function VersionModal({ id, number, onClose }: { id: string; number: number; onClose: () => void }) {
  const { t } = useCycleLabels();
  const v = useBusinessPlanVersion(id, number);
  return (
    <Modal open title={t('cycle.versions.n', { n: number })} onCancel={onClose} footer={null} width={820} destroyOnHidden>
      {v.data ? <PlanContentView content={v.data.content} /> : <Skeleton active />}
    </Modal>
  );
}

export default function BusinessPlanPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useCycleLabels();
  const plan = useBusinessPlan(id);
  const [version, setVersion] = useState<number | null>(null);
  const [sp] = useSearchParams();
  const [tab, setTab] = useState<string>(sp.get('tab') ?? 'content');
  const d = plan.data;

  useEffect(() => {
    if (d) document.title = `${d.productName} · ${t('app.short')}`;
  }, [d, t]);

  if (plan.isLoading) return <Skeleton active />;
  if (plan.isError || !d) return <ErrorState error={plan.error} onRetry={() => plan.refetch()} />;


  return (
    <div>
      <ItemHeader
        item={d}
        extra={
          <>
            {d.editable ? (
              <Link to={`/business-plans/${d.id}/edit`}>
                <Button icon={<EditOutlined aria-hidden />} data-testid="plan-edit">
                  {t('cycle.common.edit')}
                </Button>
              </Link>
            ) : null}
            {d.ideaId ? (
              <Link to={`/ideas/${d.ideaId}`}>
                <Button>{t('cycle.plan.fromIdea')}</Button>
              </Link>
            ) : null}
            {d.canPrepareDossier ? (
              <Link to={`/dossiers/new?businessPlanId=${d.id}`}>
                <Button type="primary" icon={<FileAddOutlined aria-hidden />} data-testid="plan-prepare-dossier">
                  {t('cycle.plan.prepareDossier')}
                </Button>
              </Link>
            ) : null}
            {d.dossierId ? (
              <Link to={`/dossiers/${d.dossierId}`}>
                <Button>{t('cycle.plan.openDossier')}</Button>
              </Link>
            ) : null}
          </>
        }
        actions={<TransitionBar kind="business-plan" item={d} />}
      />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'content', label: t('cycle.plan.tabs.content'), children: <PlanContentView content={d.content} /> },
          {
            key: 'attachments',
            label: `${t('cycle.plan.tabs.attachments')} (${d.attachments.length})`,
            children: (
              <Card size="small">
                <FileList kind="business-plan" id={d.id} files={d.attachments} accept={['pdf', 'docx', 'xlsx', 'jpg', 'png', 'webp']} editable={d.editable} testId="plan-attachments" />
              </Card>
            ),
          },
          ...(d.status === 'accepted'
            ? [{ key: 'implementation', label: t('cycle.plan.tabs.implementation'), children: <ImplementationPanel planId={d.id} /> }]
            : []),
          {
            key: 'versions',
            label: `${t('cycle.plan.tabs.versions')} (${d.versions.length})`,
            children: (
              <Card size="small">
                {d.versions.length ? (
                  <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="plan-versions">
                    {d.versions.map((v) => (
                      <li key={v.number}>
                        <Button type="link" size="small" onClick={() => setVersion(v.number)} style={{ padding: 0 }}>
                          {t('cycle.versions.n', { n: v.number })}
                        </Button>{' '}
                        · {v.by} · {formatDateTime(v.at)}
                        {v.files?.length ? ` · ${v.files.map((f) => f.fileName).join(', ')}` : ''}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Typography.Text type="secondary">{t('cycle.versions.empty')}</Typography.Text>
                )}
              </Card>
            ),
          },
          { key: 'timeline', label: t('cycle.plan.tabs.timeline'), children: <Card size="small"><CycleTimeline kind="business-plan" entries={d.timeline} /></Card> },
        ]}
      />
      {d.status !== 'accepted' && tab === 'implementation' ? <Alert type="info" title={t('cycle.implementation.notAccepted')} /> : null}
      {version !== null ? <VersionModal id={d.id} number={version} onClose={() => setVersion(null)} /> : null}
    </div>
  );
}
