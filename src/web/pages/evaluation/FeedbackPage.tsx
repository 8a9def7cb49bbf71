import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Empty, List, Select, Space, Spin, Statistic, Table, Tabs, Typography } from 'antd';
import { BulbOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCriteriaSet, useCriteriaSets, useFeedback, useSaveSelfAssessment, useSelfAssessment, type Feedback } from '../../api/evaluation';
import { useMe } from '../../api/auth';
import { useProducts } from '../../api/products';
import { isProductGroupCode } from '../../../domain/criteria/types';
import { useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { StarBadge } from '../../components/StarBadge';
import { formatDate } from '../../i18n/format';
import { OutcomeTag, PartsLine, SheetForm, SheetSummary, sheetTotals, useLocalized, useScoreText } from './shared';
import { todayInVietnam } from '../../../domain/dates';
import { searchLikeCatalogue } from '../../components/selectSearch';

function FeedbackView({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const score = useScoreText();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      {feedback.mustFix.length ? (
        <Alert type="error" showIcon title={t('feedbackPage.mustFix')} description={<ul style={{ margin: 0 }}>{feedback.mustFix.map((m) => <li key={m.criterionCode}>{m.criterionCode} {loc(m.name)}{m.reason ? ` — ${loc(m.reason)}` : ''}</li>)}</ul>} />
      ) : null}
      {feedback.target ? (
        <Alert
          type={feedback.reachable ? 'info' : 'warning'}
          showIcon
          icon={<BulbOutlined aria-hidden />}
          title={<span data-testid="feedback-target">{t('feedbackPage.needed', { points: score(feedback.target.pointsNeeded), stars: feedback.target.stars })}</span>}
          description={feedback.reachable ? undefined : t('feedbackPage.unreachable')}
        />
      ) : (
        <Alert type="success" showIcon title={t('feedbackPage.top')} />
      )}
      {feedback.plan ? (
        <Card size="small" title={t('feedbackPage.plan', { gain: score(feedback.plan.gain) })}>
          <List
            dataSource={feedback.plan.upgrades}
            data-testid="feedback-plan"
            renderItem={(u) => (
              <List.Item>
                <List.Item.Meta
                  title={`${u.criterionCode} ${loc(u.name)}: +${score(u.gain)}`}
                  description={t('feedbackPage.upgrade', { from: score(u.fromPoints), option: loc(u.toOptionLabel), to: u.toPoints })}
                />
              </List.Item>
            )}
          />
        </Card>
      ) : null}
      <Card size="small" title={t('feedbackPage.lost')}>
        <Table
          rowKey="criterionCode"
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={feedback.lostPoints}
          columns={[
            { title: t('criteriaAdmin.criterion'), key: 'c', render: (_: unknown, l) => `${l.criterionCode} ${loc(l.name)}` },
            { title: t('feedbackPage.got'), key: 'g', width: 110, render: (_: unknown, l) => `${score(l.got)}/${l.maxPoints}` },
            { title: t('feedbackPage.lostCol'), dataIndex: 'lost', width: 90, render: (n: number) => score(n) },
          ]}
        />
      </Card>
    </Space>
  );
}

function ResultTab({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const score = useScoreText();
  const fb = useFeedback(productId);
  if (fb.isLoading) return <Spin />;
  if (!fb.data?.round || !fb.data.result || !fb.data.feedback) return <Empty description={t('feedbackPage.noResult')} />;
  const { round, result, feedback, current } = fb.data;
  const recognised = result.outcome.action === 'recognise' && round.status === 'approved' && round.decisionNumber;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Alert
        type="info"
        showIcon
        data-testid="feedback-refers-to"
        title={t('feedbackPage.refersTo', { round: round.name, date: formatDate(round.date), rule: round.rule })}
        description={
          <>
            <div>{recognised ? t('feedbackPage.recognised', { n: result.stars, decision: round.decisionNumber }) : t('feedbackPage.notRecognised')}</div>
            <div data-testid="feedback-current-class">
              {current.certificate
                ? t('feedbackPage.currentCertificate', { n: current.certificate.stars, number: current.certificate.number, until: formatDate(current.certificate.validUntil) })
                : current.stars && current.recognition
                  ? t('feedbackPage.currentRecognition', { n: current.stars, year: current.recognition.year })
                  : t('feedbackPage.currentNone')}
            </div>
          </>
        }
      />
      <Card size="small">
        <Space wrap size={24}>
          <Statistic title={t('feedbackPage.score')} value={score(result.meanTotal)} />
          <div>
            <div><StarBadge stars={result.stars} /></div>
            <OutcomeTag outcome={result.outcome} />
          </div>
          <div>
            <Typography.Text type="secondary">{t('feedbackPage.parts')}</Typography.Text>
            <div><PartsLine parts={result.parts} /></div>
          </div>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('feedbackPage.from', { round: round.name, date: formatDate(round.date) })}{round.decisionNumber ? ` · ${t('feedbackPage.decision', { number: round.decisionNumber })}` : ''}
        </Typography.Paragraph>
      </Card>
      <FeedbackView feedback={feedback} />
    </Space>
  );
}

function SelfAssessmentTab({ productId, groupCode }: { productId: string; groupCode: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const today = todayInVietnam();
  const sets = useCriteriaSets({ date: today, group: isProductGroupCode(groupCode) ? groupCode : undefined });
  const code = sets.data?.items.find((s) => s.applies)?.code;
  const set = useCriteriaSet(code);
  const latest = useSelfAssessment(productId);
  const save = useSaveSelfAssessment(productId);
  const { data: me } = useMe();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  useEffect(() => {
    const item = latest.data?.item;
    if (item && item.criteriaSetCode === code) setAnswers(item.answers);
  }, [latest.data, code]);
  if (!set.data) return <Spin />;
  const definition = set.data.definition;
  const totals = sheetTotals(definition, answers);
  const result = save.data ?? latest.data?.item ?? null;
  return (
    <div className="sheet-page">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('feedbackPage.selfHelp', { code: definition.code })} />
      <SheetSummary set={definition} answers={answers} />
      <Alert
        type={totals.disqualified.length ? 'error' : totals.stars >= 3 ? 'success' : 'warning'}
        style={{ marginBottom: 12 }}
        title={<span data-testid="self-prediction">{t(totals.complete ? 'feedbackPage.predicted' : 'feedbackPage.predictedLowerBound', { n: totals.stars })}</span>}
      />
      <SheetForm set={definition} answers={answers} onChange={(c, o) => setAnswers((a) => ({ ...a, [c]: o }))} />
      {me?.capabilities.includes('selfAssessment') ? (
        <div className="sheet-savebar">
          <Button type="primary" size="large" icon={<SaveOutlined aria-hidden />} loading={save.isPending} onClick={() => save.mutateAsync({ answers, criteriaSetCode: definition.code }).then(() => void message.success(t('feedbackPage.selfSaved')), (e) => void message.error(errorMessage(e)))} data-testid="self-save">
            {t('feedbackPage.selfSave')}
          </Button>
        </div>
      ) : null}
      {result ? (
        <Card size="small" title={t('feedbackPage.selfResult')} style={{ marginTop: 12 }}>
          <FeedbackView feedback={result.feedback} />
        </Card>
      ) : null}
    </div>
  );
}

/** For producers (and officers): the latest round's feedback on a product and a self-assessment. */
export default function FeedbackPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const productId = params.get('productId') ?? undefined;
  const products = useProducts({ pageSize: 200 });
  const items = useMemo(() => products.data?.items ?? [], [products.data]);
  const product = items.find((p) => p.id === productId);

  useEffect(() => {
    document.title = `${t('feedbackPage.title')} · ${t('app.short')}`;
  }, [t]);

  useEffect(() => {
    if (!productId && items.length) setParams({ productId: items[0].id }, { replace: true });
  }, [productId, items, setParams]);

  return (
    <div>
      <PageHeader title={t('feedbackPage.title')} subtitle={t('feedbackPage.subtitle')} />
      <Card size="small" className="filters-bar">
        <Select
          showSearch={searchLikeCatalogue}
          value={productId}
          onChange={(v) => setParams({ productId: v })}
          options={items.map((p) => ({ value: p.id, label: p.name }))}
          loading={products.isLoading}
          style={{ width: '100%', maxWidth: 560 }}
          aria-label={t('feedbackPage.product')}
          data-testid="feedback-product"
        />
        {product ? <div style={{ marginTop: 6 }}><Link to={`/products/${product.id}`}>{t('feedbackPage.openProduct')}</Link></div> : null}
      </Card>
      {product ? (
        <Tabs
          items={[
            { key: 'result', label: t('feedbackPage.resultTab'), children: <ResultTab productId={product.id} /> },
            { key: 'self', label: t('feedbackPage.selfTab'), children: <SelfAssessmentTab productId={product.id} groupCode={product.groupCode} /> },
          ]}
        />
      ) : products.isLoading ? <Spin /> : <Empty />}
    </div>
  );
}
