import { useEffect, useState } from 'react';
import { Alert, App, Card, Col, Descriptions, Form, Input, Modal, Radio, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useDossier, type TransitionRequest } from '../../api/cycle';
import type { ChecklistItem, DossierDetail } from '../../../contracts/dossiers';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { CycleTimeline } from '../../components/cycle/CycleTimeline';
import { FileList } from '../../components/cycle/FileList';
import { ItemHeader } from '../../components/cycle/ItemHeader';
import { TransitionBar, usePreAssessmentTransition } from '../../components/cycle/TransitionBar';
import { useCycleLabels } from '../../components/cycle/labels';
import { formatDateTime } from '../../i18n/format';
import { EvidencePanel } from './EvidencePanel';
import { PRE_ASSESSMENT_RESULTS, type PreAssessmentResult } from '../../../domain/cycle';

type PreAssessment = NonNullable<TransitionRequest['preAssessment']>;

function PreAssessmentModal({ dossier, onClose }: { dossier: DossierDetail; onClose: () => void }) {
  const { t } = useCycleLabels();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const send = usePreAssessmentTransition(dossier.id);
  const [form] = Form.useForm<{ results: Record<string, { result?: PreAssessmentResult; note?: string }>; note?: string }>();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    const pre: PreAssessment = {
      // one entry per criterion: the form requires a result for each
      results: Object.fromEntries(
        dossier.preAssessmentCriteria.map((c) => [c.code, { result: v.results[c.code].result, ...(v.results[c.code].note?.trim() ? { note: v.results[c.code].note!.trim() } : {}) }]),
      ) as PreAssessment['results'],
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    try {
      await send.send(dossier.version, pre);
      message.success(t('cycle.actions.done', { action: t('cycle.dossier.preAssessment') }));
      onClose();
    } catch (e) {
      setError(e instanceof ApiError && e.errors.length ? e.errors.map((x) => x.message).join(' ') : errMsg(e));
    }
  };
  return (
    <Modal open title={t('cycle.dossier.preAssessment')} onOk={() => void submit()} onCancel={onClose} confirmLoading={send.isPending} okText={t('cycle.actions.confirm')} cancelText={t('cycle.common.cancel')} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('cycle.dossier.preAssessmentHint')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={dossier.preAssessment ?? { results: {} }}>
        {dossier.preAssessmentCriteria.map((c) => (
          <Card key={c.code} size="small" style={{ marginBottom: 8 }} title={<span style={{ whiteSpace: 'normal' }}>{c.label}{c.disqualifying ? <Tag color="red" style={{ marginInlineStart: 8 }}>{t('cycle.dossier.disqualifying')}</Tag> : null}</span>}>
            <Form.Item name={['results', c.code, 'result']} rules={[{ required: true, message: t('form.required') }]} style={{ marginBottom: 8 }}>
              <Radio.Group options={PRE_ASSESSMENT_RESULTS.map((r) => ({ value: r, label: t(`cycle.dossier.result.${r}`) }))} data-testid={`pre-${c.code}`} />
            </Form.Item>
            <Form.Item name={['results', c.code, 'note']} style={{ marginBottom: 0 }}>
              <Input placeholder={t('cycle.implementation.note')} maxLength={2000} />
            </Form.Item>
          </Card>
        ))}
        <Form.Item name="note" label={t('cycle.dossier.preAssessmentNote')}>
          <Input.TextArea rows={2} maxLength={3000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function DossierPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useCycleLabels();
  const dossier = useDossier(id);
  const [preOpen, setPreOpen] = useState(false);
  const d = dossier.data;

  useEffect(() => {
    if (d) document.title = `${d.productName} · ${t('app.short')}`;
  }, [d, t]);

  if (dossier.isLoading) return <Skeleton active />;
  if (dossier.isError || !d) return <ErrorState error={dossier.error} onRetry={() => dossier.refetch()} />;

  const icon = (i: ChecklistItem) =>
    i.present ? <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('cycle.dossier.present')} /> : i.required ? <CloseCircleFilled style={{ color: '#cf1322' }} aria-label={t('cycle.dossier.missing')} /> : <MinusCircleOutlined style={{ color: '#999' }} aria-label={t('cycle.dossier.optional')} />;

  return (
    <div>
      <ItemHeader
        item={d}
        extra={
          <>
            {d.businessPlanId ? <Link to={`/business-plans/${d.businessPlanId}`}>{t('cycle.nav.plans')}</Link> : null}
            {d.productId ? <Link to={`/products/${d.productId}`}>{t('cycle.fields.product')}</Link> : null}
          </>
        }
        actions={
          <TransitionBar
            kind="dossier"
            item={d}
            custom={d.procedure === 'current' ? { 'pre-assess': () => setPreOpen(true) } : undefined}
            // rounds are run from the evaluation screens (C4), which move the dossier on
            hide={['include-in-round', 'remove-from-round', 'record-result']}
          />
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card
              size="small"
              title={t('cycle.dossier.checklist')}
              extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('cycle.dossier.ruleVersion', { rule: d.checklist.ruleVersion })}</Typography.Text>}
            >
              <Alert
                type={d.completeness.complete ? 'success' : 'warning'}
                showIcon
                title={d.completeness.complete ? t('cycle.dossier.complete') : t('cycle.dossier.incomplete', { n: d.completeness.missing.length })}
                style={{ marginBottom: 12 }}
                data-testid="dossier-completeness"
              />
              <Table<ChecklistItem>
                size="small"
                rowKey="code"
                pagination={false}
                dataSource={d.checklist.items}
                data-testid="dossier-checklist"
                columns={[
                  { title: '', key: 'i', width: 32, render: (_: unknown, i) => icon(i) },
                  {
                    title: t('cycle.dossier.checklist'),
                    dataIndex: 'name',
                    render: (n: string, i) => (
                      <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid={`item-${i.code}`}>
                        <span>
                          {n} {i.required ? <Tag color="blue">{t('cycle.dossier.required')}</Tag> : <Tag>{t('cycle.dossier.optional')}</Tag>}
                          {i.communePreAssessed ? <Tag color="purple">{t('cycle.dossier.preAssessment')}</Tag> : null}
                        </span>
                        {i.description ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{i.description}</Typography.Text> : null}
                        {i.code === 'business-plan' && d.businessPlanId ? (
                          <Link to={`/business-plans/${d.businessPlanId}`}>{t('cycle.dossier.fromPlan')}</Link>
                        ) : (
                          <FileList kind="dossier" id={d.id} files={i.files} itemCode={i.code} accept={i.acceptedTypes} editable={d.editable} />
                        )}
                      </Space>
                    ),
                  },
                ]}
              />
              {d.checklist.toVerify ? <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>{t('cycle.dossier.toVerify')}</Typography.Paragraph> : null}
            </Card>
            <EvidencePanel dossierId={d.id} />
            {d.preAssessment ? (
              <Card size="small" title={t('cycle.dossier.preAssessment')} data-testid="pre-assessment">
                <Descriptions
                  size="small"
                  column={1}
                  bordered
                  items={d.preAssessmentCriteria.map((c) => ({
                    key: c.code,
                    label: c.label,
                    children: (
                      <span>
                        <Tag color={d.preAssessment?.results[c.code]?.result === 'meets' ? 'green' : d.preAssessment?.results[c.code]?.result === 'does-not-meet' ? 'red' : 'default'}>
                          {t(`cycle.dossier.result.${d.preAssessment?.results[c.code]?.result ?? 'not-applicable'}`)}
                        </Tag>
                        {d.preAssessment?.results[c.code]?.note}
                      </span>
                    ),
                  }))}
                />
                {d.preAssessment.note ? <Typography.Paragraph style={{ marginTop: 8 }}>{d.preAssessment.note}</Typography.Paragraph> : null}
                {d.preAssessmentOutcome ? (
                  <Alert style={{ marginTop: 8 }} type={d.preAssessmentOutcome.mayPropose ? 'success' : 'error'} showIcon title={d.preAssessmentOutcome.mayPropose ? t('cycle.dossier.mayPropose') : t('cycle.dossier.mayNotPropose')} />
                ) : null}
              </Card>
            ) : null}
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small">
              <Descriptions
                size="small"
                column={1}
                layout="vertical"
                items={[
                  { key: 'path', label: t('cycle.fields.entryPath'), children: <Tag color={d.entryPath === 'cycle' ? 'green' : 'blue'} data-testid="entry-path" style={{ whiteSpace: 'normal' }}>{d.entryPathLabel}</Tag> },
                  ...(d.purpose
                    ? [{ key: 'purpose', label: t('cycle.dossier.purpose'), children: <span data-testid="dossier-purpose">{t(`cycle.dossier.purpose.${d.purpose}`)}{d.reusedFromId ? <> · <Link to={`/dossiers/${d.reusedFromId}`}>{t('cycle.dossier.reusedFrom')}</Link></> : null}</span> }]
                    : []),
                  { key: 'entity', label: t('cycle.fields.entity'), children: d.entityName ?? '—' },
                  { key: 'unit', label: t('cycle.fields.unit'), children: d.unitName ?? '—' },
                ]}
              />
            </Card>
            <Card size="small" title={t('cycle.timeline.title')}>
              <CycleTimeline kind="dossier" entries={d.timeline} />
            </Card>
            <Card size="small" title={t('cycle.versions.title')}>
              {d.versions.length ? (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {d.versions.map((v) => (
                    <li key={v.number}>
                      {t('cycle.versions.n', { n: v.number })} · {v.by} · {formatDateTime(v.at)} · {v.files?.length ?? 0} tệp
                    </li>
                  ))}
                </ul>
              ) : (
                <Typography.Text type="secondary">{t('cycle.versions.empty')}</Typography.Text>
              )}
            </Card>
          </Space>
        </Col>
      </Row>
      {preOpen ? <PreAssessmentModal dossier={d} onClose={() => setPreOpen(false)} /> : null}
    </div>
  );
}
