import { useEffect, useState, type ReactNode } from 'react';
import { RoundDisagreements } from './RoundDisagreements';
import { Link, useParams } from 'react-router-dom';
import {
  Alert, App, Button, Card, Checkbox, DatePicker, Descriptions, Empty, Form, Grid, Input, List, Modal, Space, Spin, Table, Tabs, Tag, Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckOutlined, EditOutlined, FilePdfOutlined, FlagOutlined, LockOutlined, SafetyCertificateOutlined, UnlockOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { useDossierChecklist, useRound, useRoundAudit, useRoundMutations, useRoundSheets, type Round, type RoundMember, type RoundProduct } from '../../api/evaluation';
import { EvaluationTimeline } from './EvaluationTimeline';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { StarBadge } from '../../components/StarBadge';
import { formatDate, formatDateTime } from '../../i18n/format';
import { CertificateStatusTag, OutcomeTag, PartsLine, RoundStatusTag, useLocalized, useScoreText } from './shared';

function DossierModal({ round, product, onClose }: { round: Round; product: RoundProduct | null; onClose: () => void }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const checklist = useDossierChecklist(round.id, product?.productId ?? null);
  const { dossier } = useRoundMutations(round.id);
  const [present, setPresent] = useState<string[]>([]);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (!product || !checklist.data) return;
    setPresent(product.dossier.status === 'unchecked' ? checklist.data.items.filter((i) => i.required).map((i) => i.code) : product.dossier.present);
    setNote(product.dossier.note ?? '');
  }, [product, checklist.data]);
  const submit = async () => {
    if (!product) return;
    try {
      await dossier.mutateAsync({ productId: product.productId, present, note });
      onClose();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  return (
    <Modal open={!!product} title={t('evaluation.dossier.title', { product: product?.productName ?? '' })} onCancel={onClose} onOk={() => void submit()} okText={t('evaluation.dossier.record')} confirmLoading={dossier.isPending} width={640}>
      {checklist.data ? (
        <>
          <Typography.Paragraph type="secondary">{loc(checklist.data.name)}</Typography.Paragraph>
          <Checkbox.Group value={present} onChange={(v) => setPresent(v as string[])} style={{ width: '100%' }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {checklist.data.items.map((i) => (
                <Checkbox key={i.code} value={i.code}>
                  {loc(i.name)} {i.required ? <Tag color="blue">{t('evaluation.dossier.required')}</Tag> : null}
                  {i.communePreAssessed ? <Tag>{t('evaluation.dossier.commune')}</Tag> : null}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
          <Form.Item label={t('evaluation.dossier.note')} style={{ marginTop: 12 }}>
            <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} />
          </Form.Item>
        </>
      ) : (
        <Spin />
      )}
    </Modal>
  );
}

function ReasonModal({ open, title, label, onOk, onCancel, loading, testId }: { open: boolean; title: string; label: string; onOk: (reason: string) => void; onCancel: () => void; loading: boolean; testId: string }) {
  const [reason, setReason] = useState('');
  return (
    <Modal open={open} title={title} onCancel={onCancel} onOk={() => reason.trim() && onOk(reason.trim())} okButtonProps={{ disabled: !reason.trim(), 'data-testid': `${testId}-ok` } as never} confirmLoading={loading}>
      <Form layout="vertical">
        <Form.Item label={label} required>
          <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={1000} data-testid={`${testId}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Recognised products the approval checks stop (dossier not confirmed, pre-assessment missing or failed). */
export function blockedProducts(round: Round): RoundProduct[] {
  return round.products.filter((p) => p.approvalBlocks.length > 0 && p.result?.outcome.action === 'recognise');
}

function ApproveModal({ round, open, onClose }: { round: Round; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { approve } = useRoundMutations(round.id);
  const [form] = Form.useForm();
  const blocked = blockedProducts(round);
  // Blocked products are left out unless the approver ticks "certify" and records a reason.
  const [certify, setCertify] = useState<Record<string, boolean>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const missingReason = blocked.some((p) => certify[p.productId] && !reasons[p.productId]?.trim());
  const submit = async (v: { decisionNumber: string; decisionDate: dayjs.Dayjs; issuer?: string }) => {
    try {
      const overrides = blocked.filter((p) => certify[p.productId]).map((p) => ({ productId: p.productId, reason: reasons[p.productId].trim() }));
      const excluded = blocked.filter((p) => !certify[p.productId]).map((p) => p.productId);
      const res = await approve.mutateAsync({
        decisionNumber: v.decisionNumber.trim(), decisionDate: v.decisionDate.format('YYYY-MM-DD'), issuer: v.issuer?.trim() || undefined, excluded, overrides,
      });
      void message.success(t('evaluation.approve.done', { n: res.certificates.length }));
      onClose();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  return (
    <Modal
      open={open} title={t('evaluation.approve.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={approve.isPending} okText={t('evaluation.approve.ok')}
      okButtonProps={{ 'data-testid': 'approve-ok', disabled: missingReason } as never}
    >
      <Typography.Paragraph type="secondary">{t('evaluation.approve.help')}</Typography.Paragraph>
      {blocked.length ? (
        <Alert
          type="warning" showIcon style={{ marginBottom: 12 }} data-testid="approve-blocked"
          title={t('evaluation.approve.blockedTitle', { n: blocked.length })}
          description={
            <List
              size="small" dataSource={blocked} rowKey="productId"
              renderItem={(p) => (
                <List.Item data-testid={`approve-blocked-${p.productId}`} style={{ display: 'block', paddingInline: 0 }}>
                  <Typography.Text strong>{p.productName}</Typography.Text>
                  <div>
                    {p.approvalBlocks.map((b) => <Tag key={b} color="orange">{t(`evaluation.approve.block.${b}`)}</Tag>)}
                  </div>
                  <Checkbox checked={!!certify[p.productId]} onChange={(e) => setCertify((c) => ({ ...c, [p.productId]: e.target.checked }))} data-testid={`approve-certify-${p.productId}`}>
                    {t('evaluation.approve.certifyAnyway')}
                  </Checkbox>
                  {certify[p.productId] ? (
                    <Input.TextArea
                      value={reasons[p.productId] ?? ''} onChange={(e) => setReasons((r) => ({ ...r, [p.productId]: e.target.value }))} rows={2} maxLength={1000}
                      placeholder={t('evaluation.approve.reason')} aria-label={t('evaluation.approve.reason')} data-testid={`approve-reason-${p.productId}`} style={{ marginTop: 4 }}
                    />
                  ) : (
                    <Typography.Text type="secondary" style={{ display: 'block' }}>{t('evaluation.approve.leftOut')}</Typography.Text>
                  )}
                </List.Item>
              )}
            />
          }
        />
      ) : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ decisionDate: dayjs() }}>
        <Form.Item name="decisionNumber" label={t('evaluation.approve.number')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input placeholder="1234/QĐ-UBND" data-testid="approve-number" />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('evaluation.approve.date')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(round.date), 'day')} data-testid="approve-date" />
        </Form.Item>
        <Form.Item name="issuer" label={t('evaluation.approve.issuer')} extra={t('evaluation.approve.issuerHelp')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ProductActions({ round, p, onDossier, onConflict, certificateLinks }: { round: Round; p: RoundProduct; onDossier: () => void; onConflict: () => void; certificateLinks: boolean }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={4}>
      {p.actions.includes('score') ? (
        <Link to={`/evaluation/${round.id}/score/${p.productId}`} data-testid={`score-${p.productId}`}>
          <Button type={p.mySheet.complete ? 'default' : 'primary'} icon={<EditOutlined aria-hidden />}>
            {p.mySheet.complete ? t('evaluation.round.editScore') : p.mySheet.started ? t('evaluation.round.continueScore') : t('evaluation.round.score')}
          </Button>
        </Link>
      ) : null}
      {p.actions.includes('declareConflict') ? (
        <Button icon={<FlagOutlined aria-hidden />} onClick={onConflict} data-testid={`conflict-${p.productId}`}>
          {t('evaluation.round.declareConflict')}
        </Button>
      ) : null}
      {p.actions.includes('checkDossier') ? (
        <Button onClick={onDossier} data-testid={`dossier-${p.productId}`}>
          {t('evaluation.round.checkDossier')}
        </Button>
      ) : null}
      {p.certificate && certificateLinks ? (
        <Link to={`/certificates/${p.certificate.id}`}>
          <Button icon={<SafetyCertificateOutlined aria-hidden />}>{p.certificate.number}</Button>
        </Link>
      ) : null}
    </Space>
  );
}

const SEAT_COLORS: Record<RoundMember['role'], string> = { chair: 'green', member: 'blue', advisor: 'default' };

function DossierTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const color = status === 'complete' ? 'success' : status === 'incomplete' ? 'error' : 'default';
  return <Tag color={color}>{t(`evaluation.dossier.${status}`)}</Tag>;
}

function ResultBlock({ p }: { p: RoundProduct }) {
  const { t } = useTranslation();
  const score = useScoreText();
  const r = p.result;
  if (!r) return null;
  if (!r.evaluated) return <OutcomeTag outcome={r.outcome} />;
  return (
    <div className="round-result" data-testid={`result-${p.productId}`}>
      <Space wrap>
        <strong className="round-result-total">{score(r.meanTotal)}</strong>
        <StarBadge stars={r.stars} />
        <OutcomeTag outcome={r.outcome} />
      </Space>
      <div>
        <PartsLine parts={r.parts} />
      </div>
      {r.disagreements.length ? (
        <Typography.Text type="warning">
          <WarningOutlined aria-hidden /> {t('evaluation.result.disagreements', { list: r.disagreements.map((d) => `${d.criterionCode} (${d.min}–${d.max}/${d.maxPoints})`).join(', ') })}
        </Typography.Text>
      ) : null}
      {r.excludedMemberIds.length ? <div><Typography.Text type="secondary">{t('evaluation.result.excluded', { n: r.excludedMemberIds.length })}</Typography.Text></div> : null}
    </div>
  );
}

export default function RoundPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const loc = useLocalized();
  const { message, modal } = App.useApp();
  const errorMessage = useErrorMessage();
  const screens = Grid.useBreakpoint();
  const { data: me } = useMe();
  const round = useRound(id);
  const audit = useRoundAudit(id);
  const r = round.data;
  const sheets = useRoundSheets(id, !!r && r.status !== 'open');
  const certificateLinks = !!me?.capabilities.includes('certificates.read');
  const m = useRoundMutations(id);
  const [dossierFor, setDossierFor] = useState<RoundProduct | null>(null);
  const [conflictFor, setConflictFor] = useState<RoundProduct | null>(null);
  const [reopening, setReopening] = useState(false);
  const [approving, setApproving] = useState(false);

  useEffect(() => {
    if (r) document.title = `${r.name} · ${t('app.short')}`;
  }, [r, t]);

  if (round.error) return <ErrorState error={round.error} onRetry={() => void round.refetch()} />;
  if (!r) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;

  const close = () =>
    modal.confirm({
      title: t('evaluation.round.closeConfirm'),
      content: t('evaluation.round.closeHelp'),
      okText: t('evaluation.round.close'),
      okButtonProps: { 'data-testid': 'close-ok' } as never,
      onOk: async () => {
        try {
          await m.close.mutateAsync();
          void message.success(t('evaluation.round.closed'));
        } catch (e) {
          void message.error(errorMessage(e));
        }
      },
    });

  const columns: TableColumnsType<RoundProduct> = [
    {
      title: t('fields.name'),
      key: 'name',
      render: (_: unknown, p) => (
        <div>
          {/* Those who may not open the product read it through the round (its dossier and their sheet). */}
          {p.actions.includes('viewProduct') ? <Link to={`/products/${p.productId}`}>{p.productName}</Link> : <Typography.Text strong>{p.productName}</Typography.Text>}
          <div>
            <Typography.Text type="secondary">{p.entityName}</Typography.Text>
          </div>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            <DossierTag status={p.dossier.status} />
            {p.iHaveConflict ? <Tag color="orange">{t('evaluation.round.myConflict')}</Tag> : null}
            {p.conflicts.filter((c) => !p.iHaveConflict || c.displayName).length && !p.iHaveConflict ? (
              <Tag color="orange" title={p.conflicts.map((c) => `${c.displayName}: ${c.reason}`).join('\n')}>
                {t('evaluation.round.conflicts', { n: p.conflicts.length })}
              </Tag>
            ) : null}
            {p.preAssessment ? <Tag color="cyan">{t('evaluation.round.preAssessed')}</Tag> : null}
            {r.status === 'closed' && p.result?.outcome.action === 'recognise'
              ? p.approvalBlocks.map((b) => <Tag key={b} color="orange" data-testid={`block-${p.productId}`}>{t(`evaluation.approve.block.${b}`)}</Tag>)
              : null}
            {p.approvalDecision ? (
              <Tag color={p.approvalDecision.kind === 'override' ? 'gold' : 'default'} data-testid={`decision-${p.productId}`}>
                {t(`evaluation.approve.decision.${p.approvalDecision.kind}`, { decision: p.approvalDecision.decisionNumber, reason: p.approvalDecision.reason ?? '' })}
              </Tag>
            ) : null}
          </Space>
        </div>
      ),
    },
    {
      title: t('evaluation.round.progress'),
      key: 'progress',
      width: 150,
      responsive: ['md'],
      render: (_: unknown, p) => (
        <span data-testid={`progress-${p.productId}`}>
          {t('evaluation.round.sheetsDone', { done: p.progress.complete, expected: p.progress.expected })}
          {r.actions.includes('score') && !p.iHaveConflict ? (
            <div>{p.mySheet.complete ? <Tag color="success">{t('evaluation.round.mineDone')}</Tag> : <Tag>{t('evaluation.round.mineTodo')}</Tag>}</div>
          ) : null}
        </span>
      ),
    },
    ...(r.status !== 'open' ? [{ title: t('evaluation.round.result'), key: 'result', render: (_: unknown, p: RoundProduct) => <ResultBlock p={p} /> }] : []),
    { title: t('common.actions'), key: 'actions', render: (_: unknown, p) => <ProductActions round={r} p={p} onDossier={() => setDossierFor(p)} onConflict={() => setConflictFor(p)} certificateLinks={certificateLinks} /> },
  ];

  const memberName = (userId: string) => r.members.find((x) => x.userId === userId)?.displayName ?? userId;

  return (
    <div>
      <PageHeader
        title={r.name}
        testId="round-title"
        subtitle={
          <Space wrap>
            <RoundStatusTag status={r.status} />
            <span>{t(`evaluation.level.${r.level}`)} · {r.unitName} · {formatDate(r.date)}</span>
          </Space>
        }
        extra={
          <>
            {r.actions.includes('close') ? (
              <Button type="primary" icon={<LockOutlined aria-hidden />} onClick={close} loading={m.close.isPending} data-testid="round-close">
                {t('evaluation.round.close')}
              </Button>
            ) : null}
            {r.actions.includes('reopen') ? (
              <Button icon={<UnlockOutlined aria-hidden />} onClick={() => setReopening(true)} data-testid="round-reopen">
                {t('evaluation.round.reopen')}
              </Button>
            ) : null}
            {r.actions.includes('approve') ? (
              <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => setApproving(true)} data-testid="round-approve">
                {t('evaluation.round.approve')}
              </Button>
            ) : null}
          </>
        }
      />

      {r.status === 'open' && r.actions.includes('score') ? <Alert type="info" showIcon title={t('evaluation.round.scoreHelp')} style={{ marginBottom: 12 }} /> : null}
      {r.status === 'approved' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('evaluation.round.approvedBy', { number: r.decisionNumber, date: formatDate(r.decisionDate), issuer: r.decisionIssuer })}
        />
      ) : null}

      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'rule', label: t('evaluation.round.rule'), children: <Link to={`/admin/criteria/${r.ruleVersion}`}>{r.ruleVersion}</Link> },
            {
              key: 'level',
              label: t('evaluation.round.thisLevel'),
              children: r.procedure.thisLevel
                ? t('evaluation.round.levelRule', {
                    recognises: r.procedure.thisLevel.recognises.length ? r.procedure.thisLevel.recognises.map((n) => `${n}★`).join(', ') : '–',
                    forward: r.procedure.thisLevel.forwardAtOrAbove ?? '–',
                  })
                : '–',
            },
            {
              key: 'members',
              label: t('evaluation.round.council'),
              children: (
                <Space size={[4, 4]} wrap data-testid="round-members">
                  {r.members.map((x) => (
                    <Tag key={x.userId} color={SEAT_COLORS[x.role]} style={{ whiteSpace: 'normal' }}>
                      {x.displayName} · {t(`evaluation.memberRole.${x.role}`)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
        {r.procedure.note ? <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{loc(r.procedure.note)}</Typography.Paragraph> : null}
      </Card>

      <RoundDisagreements roundId={r.id} />

      <Tabs
        items={[
          {
            key: 'products',
            label: t('evaluation.round.products', { n: r.products.length }),
            children: r.products.length ? (
              screens.md ? (
                <Table rowKey="productId" columns={columns} dataSource={r.products} pagination={false} size="middle" scroll={{ x: true }} data-testid="round-products" />
              ) : (
                <div data-testid="round-products">
                  {r.products.map((p) => (
                    <Card key={p.productId} size="small" className="round-product-card" style={{ marginBottom: 10 }}>
                      {columns.map((col) => {
                        const render = (col as { render?: (v: unknown, p: RoundProduct, i: number) => ReactNode }).render;
                        return render ? <div key={String(col.key)} style={{ marginBottom: 8 }}>{render(undefined, p, 0)}</div> : null;
                      })}
                    </Card>
                  ))}
                </div>
              )
            ) : (
              <Empty />
            ),
          },
          ...(r.status !== 'open'
            ? [
                {
                  key: 'sheets',
                  label: t('evaluation.round.sheets'),
                  children: sheets.data ? (
                    <List
                      dataSource={r.products.filter((p) => p.result?.evaluated)}
                      renderItem={(p) => (
                        <List.Item>
                          <List.Item.Meta
                            title={p.productName}
                            description={p.result!.memberTotals.map((mt) => `${mt.name}: ${mt.total}`).join(' · ')}
                          />
                        </List.Item>
                      )}
                    />
                  ) : (
                    <Spin />
                  ),
                },
              ]
            : []),
          ...(r.certificates.length
            ? [
                {
                  key: 'certificates',
                  label: t('evaluation.round.certificates', { n: r.certificates.length }),
                  children: (
                    <List
                      dataSource={r.certificates}
                      renderItem={(c) => (
                        <List.Item
                          actions={
                            certificateLinks
                              ? [
                                  <a key="pdf" href={`/api/certificates/${c.id}/pdf`} target="_blank" rel="noreferrer">
                                    <FilePdfOutlined aria-hidden /> PDF
                                  </a>,
                                ]
                              : []
                          }
                        >
                          <List.Item.Meta
                            title={certificateLinks ? <Link to={`/certificates/${c.id}`}>{c.number}</Link> : c.number}
                            description={
                              <Space wrap>
                                {c.productName} <StarBadge stars={c.stars} /> <CertificateStatusTag status={c.status} />
                              </Space>
                            }
                          />
                        </List.Item>
                      )}
                    />
                  ),
                },
              ]
            : []),
          {
            key: 'audit',
            label: t('evaluation.round.history'),
            children: <EvaluationTimeline events={audit.data?.items} loading={audit.isLoading} />,
          },
        ]}
      />
      {r.status === 'closed' && r.closedAt ? <Typography.Text type="secondary">{t('evaluation.round.closedAt', { at: formatDateTime(r.closedAt) })}</Typography.Text> : null}
      {r.products.some((p) => p.result?.absentMemberIds.length) ? (
        <Typography.Paragraph type="secondary">
          {t('evaluation.result.absent', { names: [...new Set(r.products.flatMap((p) => p.result?.absentMemberIds ?? []))].map(memberName).join(', ') })}
        </Typography.Paragraph>
      ) : null}

      <DossierModal round={r} product={dossierFor} onClose={() => setDossierFor(null)} />
      <ReasonModal
        open={!!conflictFor}
        title={t('evaluation.round.declareConflictTitle', { product: conflictFor?.productName ?? '' })}
        label={t('evaluation.round.conflictReason')}
        loading={m.conflict.isPending}
        testId="conflict"
        onCancel={() => setConflictFor(null)}
        onOk={async (reason) => {
          try {
            await m.conflict.mutateAsync({ productId: conflictFor!.productId, reason });
            setConflictFor(null);
          } catch (e) {
            void message.error(errorMessage(e));
          }
        }}
      />
      <ReasonModal
        open={reopening}
        title={t('evaluation.round.reopenTitle')}
        label={t('evaluation.round.reopenReason')}
        loading={m.reopen.isPending}
        testId="reopen"
        onCancel={() => setReopening(false)}
        onOk={async (reason) => {
          try {
            await m.reopen.mutateAsync(reason);
            setReopening(false);
          } catch (e) {
            void message.error(errorMessage(e));
          }
        }}
      />
      <ApproveModal round={r} open={approving} onClose={() => setApproving(false)} />
    </div>
  );
}
