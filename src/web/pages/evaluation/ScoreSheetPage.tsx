import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Input, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCriteriaSet, useRound, useSaveSheet, useSheet } from '../../api/evaluation';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { formatDateTime } from '../../i18n/format';
import { EvidenceList } from '../../components/evidence/EvidenceList';
import { SheetForm, SheetSummary, sheetTotals, useLocalized } from './shared';

/**
 * A council member's score sheet for one product, made for a phone: every criterion with all
 * its options and their points, running totals per part in a sticky bar, a sticky save button.
 */
export default function ScoreSheetPage() {
  const { id = '', productId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const loc = useLocalized();
  const sheet = useSheet(id, productId);
  const round = useRound(id);
  // Older servers' sheets carry no definition: fall back to the version's single sheet.
  const set = useCriteriaSet(sheet.data && !sheet.data.definition ? sheet.data.criteriaSetCode : undefined);
  const save = useSaveSheet(id, productId);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (sheet.data && !dirty) {
      setAnswers(sheet.data.answers);
      setComments(sheet.data.comments ?? {});
    }
  }, [sheet.data, dirty]);

  useEffect(() => {
    document.title = `${t('evaluation.sheet.title')} · ${sheet.data?.productName ?? ''}`;
  }, [t, sheet.data?.productName]);

  // Unsaved answers are not lost by accident.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const onChange = useCallback((criterion: string, option: string) => {
    setAnswers((a) => ({ ...a, [criterion]: option }));
    setDirty(true);
  }, []);

  // The producer's evidence beside each criterion's options, and the member's own comment below them.
  const evidence = sheet.data?.evidence;
  const editable = !!sheet.data?.editable;
  const before = useCallback(
    (code: string) => {
      const items = evidence?.filter((e) => e.criterionCode === code) ?? [];
      return items.length ? (
        <div className="sheet-evidence">
          <Typography.Text type="secondary">{t('evidence.fromProducer')}:</Typography.Text>
          <EvidenceList items={items} />
        </div>
      ) : null;
    },
    [evidence, t],
  );
  const after = useCallback(
    (code: string) =>
      editable || comments[code] ? (
        <Input.TextArea
          className="sheet-comment"
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={2000}
          placeholder={t('evidence.commentPlaceholder')}
          aria-label={`${t('evidence.comment')} ${code}`}
          value={comments[code] ?? ''}
          disabled={!editable}
          data-testid={`comment-${code}`}
          onChange={(e) => {
            const text = e.target.value;
            setComments((c) => ({ ...c, [code]: text }));
            setDirty(true);
          }}
        />
      ) : null,
    [comments, editable, t],
  );

  if (sheet.error) return <ErrorState error={sheet.error} onRetry={() => void sheet.refetch()} />;
  const definition = sheet.data?.definition ?? set.data?.definition;
  if (!sheet.data || !definition) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;

  const s = sheet.data;
  const totals = sheetTotals(definition, answers);
  const pre = s.preAssessment?.answers;

  const doSave = async (thenBack = false) => {
    try {
      const saved = await save.mutateAsync({ answers, comments: Object.fromEntries(Object.entries(comments).map(([k, v]) => [k, v.trim() ? v : null])) });
      setDirty(false);
      void message.success(saved.complete ? t('evaluation.sheet.savedComplete', { total: saved.total }) : t('evaluation.sheet.saved'));
      if (thenBack) navigate(`/evaluation/${id}`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  // The next product this member still has to score, to move on without going back.
  const next = round.data?.products.find((p) => p.productId !== productId && !p.mySheet.complete && p.actions.includes('score'));

  return (
    <div className="sheet-page">
      <div className="sheet-header">
        <Link to={`/evaluation/${id}`} className="sheet-back">
          <ArrowLeftOutlined aria-hidden /> {t('evaluation.sheet.back')}
        </Link>
        <Typography.Title level={2} style={{ fontSize: 19, margin: '4px 0 0' }} data-testid="sheet-product">
          {s.productName}
        </Typography.Title>
        <Typography.Text type="secondary">
          {s.entityName} · {t('evaluation.sheet.criteriaSet', { code: s.criteriaSetCode })}
          {definition.sheet ? <> · {t('rules.sheet.name', { name: loc(definition.sheet.name) })}</> : null}
        </Typography.Text>
        {definition.toBeConfirmed && definition.sheet?.note ? (
          <Alert type="warning" showIcon title={t('rules.sheet.toBeConfirmed')} description={loc(definition.sheet.note)} style={{ marginTop: 8 }} />
        ) : null}
      </div>
      <SheetSummary set={definition} answers={answers} />
      {s.conflicted ? <Alert type="warning" showIcon title={t('evaluation.sheet.conflicted')} style={{ marginBottom: 12 }} /> : null}
      {!s.editable && !s.conflicted ? <Alert type="info" showIcon title={t('evaluation.sheet.readOnly')} style={{ marginBottom: 12 }} /> : null}
      <Alert type="info" showIcon={false} title={t('evaluation.sheet.private')} style={{ marginBottom: 12 }} />
      <SheetForm set={definition} answers={answers} onChange={onChange} disabled={!s.editable} preAssessed={pre} before={before} after={after} />
      {s.editable ? (
        <div className="sheet-savebar">
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <span data-testid="sheet-save-state">
              {dirty ? (
                <Typography.Text type="warning">{t('evaluation.sheet.unsaved')}</Typography.Text>
              ) : s.updatedAt ? (
                <Typography.Text type="success">
                  <CheckCircleOutlined aria-hidden /> {t('evaluation.sheet.savedAt', { at: formatDateTime(s.updatedAt) })}
                </Typography.Text>
              ) : null}
            </span>
            <Space>
              {next && !dirty && s.complete ? (
                <Link to={`/evaluation/${id}/score/${next.productId}`} data-testid="sheet-next">
                  <Button>{t('evaluation.sheet.next')}</Button>
                </Link>
              ) : null}
              <Button type="primary" size="large" icon={<SaveOutlined aria-hidden />} loading={save.isPending} disabled={!dirty} onClick={() => void doSave()} data-testid="sheet-save">
                {totals.complete ? t('evaluation.sheet.saveComplete') : t('evaluation.sheet.save')}
              </Button>
            </Space>
          </Space>
        </div>
      ) : null}
    </div>
  );
}
