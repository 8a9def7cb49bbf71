import { memo, type ReactNode } from 'react';
import { Checkbox, Progress, Radio, Space, Tag, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { knockOutKey, scoreSheet } from '../../../domain/ranking/score-sheet';
import { formatScore, starClass } from '../../../domain/ranking/stars';
import './evaluation.css';
import type { CertificateStatus, CriteriaSetDefinition, Localized, Parts, RecognitionOutcome } from '../../api/evaluation';

/** Picks the UI language's text of a bilingual label. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return (l: Localized | null | undefined): string => (l ? (i18n.language === 'en' ? l.en : l.vi) : '');
}

/** A score with two decimals, truncated (never shows a class the score did not reach), in the UI's number format. */
export function useScoreText() {
  const { i18n } = useTranslation();
  return (n: number | null | undefined): string => (n === null || n === undefined ? '–' : formatScore(n, i18n.language === 'en' ? 'en' : 'vi'));
}

/** Running totals of a sheet, computed in the browser with the same rules as the server. */
export function sheetTotals(set: CriteriaSetDefinition, answers: Record<string, string | null | undefined>) {
  const sheet = scoreSheet(set, answers);
  return { ...sheet, stars: starClass(Math.min(100, Math.max(0, sheet.total))) };
}

const ROUND_COLORS: Record<string, string> = { open: 'processing', closed: 'warning', approved: 'success' };
export function RoundStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={ROUND_COLORS[status]}>{t(`evaluation.status.${status}`)}</Tag>;
}

const CERT_COLORS: Record<string, string> = { valid: 'success', expiring: 'warning', expired: 'default', revoked: 'error', superseded: 'default', invalid: 'error', unknown: 'default' };
export function CertificateStatusTag({ status }: { status: CertificateStatus | 'invalid' | 'unknown' }) {
  const { t } = useTranslation();
  return (
    <Tag color={CERT_COLORS[status]} data-testid="certificate-status">
      {t(`certificatesPage.status.${status}`)}
    </Tag>
  );
}

export function OutcomeTag({ outcome }: { outcome: RecognitionOutcome }) {
  const { t } = useTranslation();
  switch (outcome.action) {
    case 'recognise':
      return <Tag color="success">{t('evaluation.outcome.recognise', { n: outcome.stars })}</Tag>;
    case 'forward':
      return <Tag color="purple">{t('evaluation.outcome.forward', { to: t(`evaluation.levelTo.${outcome.to}`) })}</Tag>;
    case 'not-recognised':
      return (
        <Tag color={outcome.reason === 'disqualified' ? 'error' : 'default'}>
          {t(`evaluation.outcome.${outcome.reason}`, { n: outcome.stars, at: outcome.recognisableAt ? t(`evaluation.levelTo.${outcome.recognisableAt}`) : '' })}
        </Tag>
      );
    default:
      return <Tag>{t('evaluation.outcome.not-evaluated')}</Tag>;
  }
}

export function PartsLine({ parts, set }: { parts: Parts | null; set?: CriteriaSetDefinition }) {
  const score = useScoreText();
  if (!parts) return null;
  return (
    <span>
      {(['A', 'B', 'C'] as const).map((p) => (
        <span key={p} style={{ marginInlineEnd: 12, whiteSpace: 'nowrap' }}>
          <strong>{p}</strong> {score(parts[p])}
          {set ? <Typography.Text type="secondary">/{set.parts.find((x) => x.code === p)?.maxPoints}</Typography.Text> : null}
        </span>
      ))}
    </span>
  );
}

/** The sticky summary over a sheet: each part against its maximum, and the total with its class. */
export function SheetSummary({ set, answers }: { set: CriteriaSetDefinition; answers: Record<string, string | null | undefined> }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const totals = sheetTotals(set, answers);
  const answered = set.criteria.length - totals.missing.length;
  return (
    <div className="sheet-summary" role="status" aria-live="polite" data-testid="sheet-summary">
      <div className="sheet-summary-parts">
        {set.parts.map((p) => (
          <span key={p.code} className="sheet-summary-part" data-testid={`sheet-part-${p.code}`}>
            {t('evaluation.sheet.part', { part: p.code })} <strong>{totals.parts[p.code]}</strong>/{p.maxPoints}
          </span>
        ))}
        <span className="sheet-summary-total" data-testid="sheet-total">
          {t('evaluation.sheet.total')} <strong>{totals.total}</strong>/100
        </span>
      </div>
      <Progress percent={Math.round((answered / set.criteria.length) * 100)} size="small" format={() => `${answered}/${set.criteria.length}`} aria-label={t('evaluation.sheet.answered', { n: answered, total: set.criteria.length })} />
      {totals.disqualified.length ? (
        <Typography.Text type="danger">
          <StopOutlined aria-hidden /> {t('evaluation.sheet.disqualifiedWarning')}
        </Typography.Text>
      ) : null}
      {totals.stopped.map((k) => (
        <Typography.Text key={k.rule} type="danger" style={{ display: 'block' }} data-testid="sheet-stopped">
          <StopOutlined aria-hidden /> {t('rules.knockOut.stopHit', { reason: loc(k.reason) })}
        </Typography.Text>
      ))}
    </div>
  );
}

interface SheetFormProps {
  set: CriteriaSetDefinition;
  answers: Record<string, string | null | undefined>;
  onChange: (criterion: string, option: string) => void;
  disabled?: boolean;
  /** Criteria the commune pre-assessed (1489/2025), shown as a hint. */
  preAssessed?: Record<string, string>;
  /** Shown above a criterion's options (the producer's evidence) and below them (the member's comment). */
  before?: (criterionCode: string) => ReactNode;
  after?: (criterionCode: string) => ReactNode;
}

/**
 * Criterion by criterion, every option with its points: large tap targets for a phone,
 * grouped by part and section with each part's running total.
 */
export const SheetForm = memo(function SheetForm({ set, answers, onChange, disabled, preAssessed, before, after }: SheetFormProps) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const totals = sheetTotals(set, answers);
  return (
    <div className="sheet-form">
      {set.parts.map((part) => (
        <section key={part.code} className="sheet-part" aria-labelledby={`part-${part.code}`}>
          <h2 id={`part-${part.code}`} className="sheet-part-title">
            {t('evaluation.sheet.partTitle', { part: part.code, name: loc(part.name) })}
            <span className="sheet-part-score">
              {totals.parts[part.code]}/{part.maxPoints}
            </span>
          </h2>
          {set.sections
            .filter((s) => s.part === part.code)
            .map((section) => (
              <div key={section.code} className="sheet-section">
                <h3 className="sheet-section-title">
                  {section.code}. {loc(section.name)}
                </h3>
                {set.criteria
                  .filter((c) => c.section === section.code)
                  .map((c, i, inSection) => {
                    const disq = new Set(c.disqualifying?.optionCodes ?? []);
                    const labelId = `crit-${c.code.replaceAll('.', '-')}`;
                    const rules = (set.knockOuts ?? []).filter((k) => k.criterion === c.code);
                    const minimums = (set.starMinimums ?? []).filter((m) => m.criterion === c.code);
                    const notScored = totals.stopped.length > 0 && !(c.code in totals.points) && !totals.missing.includes(c.code);
                    const newHeading = c.heading && c.heading.vi !== inSection[i - 1]?.heading?.vi;
                    return (
                      <div key={c.code}>
                        {newHeading ? <h4 className="sheet-heading">{loc(c.heading)}</h4> : null}
                        <fieldset className={`sheet-criterion${notScored ? ' sheet-criterion-stopped' : ''}`} data-testid={`criterion-${c.code}`}>
                          <legend id={labelId} className="sheet-criterion-name">
                            <span className="sheet-criterion-code">{c.code}</span> {loc(c.name)}{' '}
                            <Typography.Text type="secondary">({t('evaluation.sheet.maxPoints', { n: c.maxPoints })})</Typography.Text>
                          </legend>
                          {c.note ? (
                            <Typography.Text type="secondary" className="sheet-hint">
                              {loc(c.note)}
                            </Typography.Text>
                          ) : null}
                          {c.hint ? (
                            <Typography.Text type="secondary" className="sheet-hint" data-testid={`hint-${c.code}`}>
                              {t('rules.hint')}: {loc(c.hint)}
                            </Typography.Text>
                          ) : null}
                          {minimums.map((m) => (
                            <Typography.Text key={m.stars} type="secondary" className="sheet-hint">
                              {t('rules.minimum.label', { stars: m.stars, label: loc(m.label), points: m.minPoints })}
                            </Typography.Text>
                          ))}
                          {preAssessed?.[c.code] ? (
                            <Typography.Text type="secondary" className="sheet-hint">
                              {t('evaluation.sheet.preAssessed', { option: preAssessed[c.code] })}
                            </Typography.Text>
                          ) : null}
                          {before?.(c.code)}
                          <Radio.Group
                            aria-labelledby={labelId}
                            value={answers[c.code] ?? undefined}
                            disabled={disabled || notScored}
                            onChange={(e) => onChange(c.code, e.target.value as string)}
                            style={{ width: '100%' }}
                          >
                            <Space orientation="vertical" style={{ width: '100%' }} size={4}>
                              {c.options.map((o, j) => (
                                <div key={o.code}>
                                  {o.case && o.case !== c.options[j - 1]?.case ? <Typography.Text strong>{t('rules.case', { n: o.case })}</Typography.Text> : null}
                                  <Radio value={o.code} className="sheet-option" data-testid={`option-${c.code}-${o.code}`}>
                                    <span className="sheet-option-label">{loc(o.label)}</span>
                                    <span className="sheet-option-points">{t('evaluation.sheet.points', { n: o.points })}</span>
                                    {disq.has(o.code) ? (
                                      <Tag color="error" style={{ marginInlineStart: 6 }}>
                                        {t('evaluation.sheet.excludes')}
                                      </Tag>
                                    ) : null}
                                    {o.hint ? <span className="sheet-option-hint">{t('rules.hint')}: {loc(o.hint)}</span> : null}
                                  </Radio>
                                </div>
                              ))}
                            </Space>
                          </Radio.Group>
                          {rules.map((k) =>
                            k.trigger === 'declared' ? (
                              <Checkbox
                                key={k.code}
                                className="sheet-knockout"
                                checked={answers[knockOutKey(k.code)] === 'yes'}
                                disabled={disabled}
                                onChange={(e) => onChange(knockOutKey(k.code), e.target.checked ? 'yes' : 'no')}
                                data-testid={`knockout-${k.code}`}
                              >
                                <Tag color={k.kind === 'excluded' ? 'error' : 'warning'}>{t(`rules.knockOut.${k.kind}`)}</Tag> {loc(k.reason)}
                              </Checkbox>
                            ) : (
                              <Typography.Text key={k.code} type="warning" className="sheet-hint">
                                <Tag color={k.kind === 'excluded' ? 'error' : 'warning'}>{t(`rules.knockOut.${k.kind}`)}</Tag> {loc(k.reason)}
                              </Typography.Text>
                            ),
                          )}
                          {after?.(c.code)}
                        </fieldset>
                      </div>
                    );
                  })}
              </div>
            ))}
        </section>
      ))}
    </div>
  );
});
