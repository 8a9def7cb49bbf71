import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Empty, Grid, Modal, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useIdea, useIdeaVersion } from '../../api/cycle';
import type { IdeaDetail } from '../../../contracts/ideas';
import { useGroupLabels } from '../../api/groups';
import { ErrorState } from '../../components/ErrorState';
import { StarBadge } from '../../components/StarBadge';
import { CycleTimeline } from '../../components/cycle/CycleTimeline';
import { ItemHeader } from '../../components/cycle/ItemHeader';
import { TransitionBar } from '../../components/cycle/TransitionBar';
import { useCycleLabels } from '../../components/cycle/labels';
import { formatDateTime, formatInt, formatVnd } from '../../i18n/format';

export function IdeaFormView({ form, proposedEntity }: { form: IdeaDetail['form']; proposedEntity?: IdeaDetail['proposedEntity'] }) {
  const { t } = useCycleLabels();
  const labels = useGroupLabels();
  const screens = Grid.useBreakpoint();
  const dash = t('cycle.common.none');
  return (
    <Descriptions
      size="small"
      bordered
      layout={screens.sm ? 'horizontal' : 'vertical'}
      column={1}
      items={[
        { key: 'proposer', label: t('cycle.idea.proposerName'), children: form.proposerName },
        ...(proposedEntity ? [{ key: 'pe', label: t('cycle.idea.proposedEntity'), children: `${proposedEntity.name} (${t(`entityTypes.${proposedEntity.type}`, { defaultValue: proposedEntity.type })})` }] : []),
        { key: 'product', label: t('cycle.idea.productName'), children: form.productName },
        { key: 'group', label: t('cycle.idea.group'), children: [labels.group(form.groupCode), form.subgroupCode ? labels.subgroup(form.subgroupCode) : null].filter(Boolean).join(' — ') },
        { key: 'desc', label: t('cycle.idea.description'), children: <span className="cycle-pre">{form.description}</span> },
        {
          key: 'raw',
          label: t('cycle.idea.rawMaterials'),
          children: form.rawMaterials?.length ? (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {form.rawMaterials.map((r, i) => (
                <li key={i}>
                  <strong>{r.name}</strong>: {r.origin} {r.local ? <Tag color="green">{t('cycle.idea.rawLocal')}</Tag> : <Tag>{t('cycle.common.no')}</Tag>}
                </li>
              ))}
            </ul>
          ) : (
            dash
          ),
        },
        { key: 'market', label: t('cycle.idea.targetMarket'), children: <span className="cycle-pre">{form.targetMarket}</span> },
        {
          key: 'res',
          label: t('cycle.idea.resources'),
          children:
            [
              form.resources?.landM2 != null ? `${t('cycle.idea.landM2')}: ${formatInt(form.resources.landM2)}` : null,
              form.resources?.labour != null ? `${t('cycle.idea.labour')}: ${formatInt(form.resources.labour)}` : null,
              form.resources?.capitalVnd != null ? `${t('cycle.idea.capitalVnd')}: ${formatVnd(form.resources.capitalVnd)}` : null,
              form.resources?.equipment ? `${t('cycle.idea.equipment')}: ${form.resources.equipment}` : null,
            ]
              .filter(Boolean)
              .join(' · ') || dash,
        },
        { key: 'support', label: t('cycle.idea.supportWanted'), children: form.supportWanted?.length ? form.supportWanted.map((s) => <Tag key={s}>{t(`cycle.support.${s}`)}</Tag>) : dash },
      ]}
    />
  );
}

function VersionModal({ id, number, onClose }: { id: string; number: number; onClose: () => void }) {
  const { t } = useCycleLabels();
  const v = useIdeaVersion(id, number);
  return (
    <Modal open title={t('cycle.versions.n', { n: number })} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      {v.data ? <IdeaFormView form={v.data.content} /> : <Skeleton active />}
    </Modal>
  );
}

export default function IdeaPage() {
  const { id } = useParams<{ id: string }>();
  const L = useCycleLabels();
  const t = L.t;
  const idea = useIdea(id);
  const [version, setVersion] = useState<number | null>(null);
  const d = idea.data;

  useEffect(() => {
    if (d) document.title = `${d.productName} · ${t('app.short')}`;
  }, [d, t]);

  if (idea.isLoading) return <Skeleton active />;
  if (idea.isError || !d) return <ErrorState error={idea.error} onRetry={() => idea.refetch()} />;


  return (
    <div>
      <ItemHeader
        item={d}
        extra={
          <>
            {d.editable ? (
              <Link to={`/ideas/${d.id}/edit`}>
                <Button icon={<EditOutlined aria-hidden />} data-testid="idea-edit">
                  {t('cycle.common.edit')}
                </Button>
              </Link>
            ) : null}
            {d.canWritePlan ? (
              <Link to={`/business-plans/new?ideaId=${d.id}`}>
                <Button type="primary" icon={<FileAddOutlined aria-hidden />} data-testid="idea-write-plan">
                  {t('cycle.idea.writePlan')}
                </Button>
              </Link>
            ) : null}
            {d.businessPlanId ? (
              <Link to={`/business-plans/${d.businessPlanId}`}>
                <Button>{t('cycle.idea.openPlan')}</Button>
              </Link>
            ) : null}
          </>
        }
        actions={<TransitionBar kind="idea" item={d} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {d.lookAlikes ? (
              <Card size="small" title={t('cycle.idea.lookAlikes')} data-testid="look-alikes">
                <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                  {t('cycle.idea.lookAlikesHint')}
                </Typography.Paragraph>
                {d.lookAlikes.products.length + d.lookAlikes.ideas.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cycle.idea.noLookAlikes')} />
                ) : (
                  <Table
                    size="small"
                    pagination={false}
                    rowKey={(r) => `${r.kind}-${r.id}`}
                    dataSource={[
                      ...d.lookAlikes.products.map((p) => ({ kind: 'product', id: p.id, name: p.name, who: p.entityName, unit: p.unitName, extra: <StarBadge stars={p.stars} />, score: p.score })),
                      ...d.lookAlikes.ideas.map((p) => ({ kind: 'idea', id: p.id, name: p.name, who: p.entityName ?? p.proposerName, unit: p.unitName, extra: <Tag>{L.status('idea', p.status)} · {p.cycleYear}</Tag>, score: p.score })),
                    ]}
                    columns={[
                      { title: t('cycle.fields.product'), dataIndex: 'name', render: (n: string, r) => <Link to={r.kind === 'product' ? `/products/${r.id}` : `/ideas/${r.id}`}>{n}</Link> },
                      { title: t('cycle.fields.entity'), dataIndex: 'who', responsive: ['md'] },
                      { title: '', dataIndex: 'extra' },
                      { title: t('cycle.idea.similarity'), dataIndex: 'score', render: (s: number) => `${Math.round(s * 100)}%`, width: 80 },
                    ]}
                  />
                )}
              </Card>
            ) : null}
            <Card size="small" title={t('cycle.idea.form')}>
              <IdeaFormView form={d.form} proposedEntity={d.proposedEntity} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={t('cycle.timeline.title')}>
              <CycleTimeline kind="idea" entries={d.timeline} />
            </Card>
            <Card size="small" title={t('cycle.versions.title')}>
              {d.versions.length ? (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {d.versions.map((v) => (
                    <li key={v.number}>
                      <Button type="link" size="small" onClick={() => setVersion(v.number)} style={{ padding: 0 }}>
                        {t('cycle.versions.n', { n: v.number })}
                      </Button>{' '}
                      · {v.by} · {formatDateTime(v.at)}
                    </li>
                  ))}
                </ul>
              ) : (
                <Typography.Text type="secondary">{t('cycle.versions.empty')}</Typography.Text>
              )}
            </Card>
            {d.late ? <Alert type="info" showIcon title={t('cycle.fields.late')} /> : null}
          </Space>
        </Col>
      </Row>
      {version !== null ? <VersionModal id={d.id} number={version} onClose={() => setVersion(null)} /> : null}
    </div>
  );
}
