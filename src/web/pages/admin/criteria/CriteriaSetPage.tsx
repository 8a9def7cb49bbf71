import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Collapse, Descriptions, Input, Modal, Popconfirm, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { CopyOutlined, DeleteOutlined, EditOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../api/auth';
import { useCriteriaSet, useCriteriaSetMutations, type Criterion } from '../../../api/evaluation';
import { ErrorState, useErrorMessage } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../i18n/format';
import { useLocalized } from '../../evaluation/shared';
import { CriteriaStatusTag } from './CriteriaSetListPage';
import { SheetMaxima } from './SheetMaxima';
import { sheetFor } from '../../../../domain/criteria/sheets';

/** One version: decision, dates, groups, parts, criteria with every option and its points, procedure. */
export default function CriteriaSetPage() {
  const { code } = useParams();
  const { t } = useTranslation();
  const loc = useLocalized();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data: me } = useMe();
  const set = useCriteriaSet(code);
  const m = useCriteriaSetMutations();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [sheetCode, setSheetCode] = useState<string | undefined>();

  useEffect(() => {
    if (set.data) document.title = `${set.data.code} · ${t('criteriaAdmin.title')}`;
  }, [set.data, t]);

  if (set.error) return <ErrorState error={set.error} />;
  if (!set.data) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;
  const s = set.data;
  const d = s.definition;
  // A version with one sheet per product set shows the chosen sheet (the first by default).
  const view = sheetFor(d, sheetCode ?? d.sheets?.[0]?.code) ?? d;
  const can = (a: (typeof s.actions)[number]) => s.actions.includes(a);

  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      void message.success(ok);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const criterionColumns = [
    { title: t('criteriaAdmin.code'), dataIndex: 'code', width: 70 },
    {
      title: t('criteriaAdmin.criterion'),
      key: 'name',
      render: (_: unknown, c: Criterion) => (
        <div>
          <strong>{loc(c.name)}</strong> <Typography.Text type="secondary">({t('evaluation.sheet.maxPoints', { n: c.maxPoints })})</Typography.Text>
          {c.improvable === false ? <Tag style={{ marginInlineStart: 6 }}>{t('criteriaAdmin.notImprovable')}</Tag> : null}
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {c.options.map((o) => (
              <li key={o.code}>
                {o.code}. {loc(o.label)} — <strong>{t('evaluation.sheet.points', { n: o.points })}</strong>
                {c.disqualifying?.optionCodes.includes(o.code) ? <Tag color="error" style={{ marginInlineStart: 6 }}>{t('evaluation.sheet.excludes')}</Tag> : null}
              </li>
            ))}
          </ul>
          {c.disqualifying ? <Typography.Text type="danger">{loc(c.disqualifying.reason)}</Typography.Text> : null}
        </div>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={`${s.code} — ${s.decision.number}`}
        testId="criteria-title"
        subtitle={<Space wrap><CriteriaStatusTag status={s.status} />{s.toBeConfirmed ? <Tag color="orange">{t('criteriaAdmin.toBeConfirmed')}</Tag> : null}</Space>}
        extra={
          <>
            {me?.capabilities.includes('criteria.manage') ? (
              <Link to={`/admin/criteria/new?from=${encodeURIComponent(s.code)}`}><Button icon={<CopyOutlined aria-hidden />} data-testid="criteria-copy">{t('criteriaAdmin.copy')}</Button></Link>
            ) : null}
            <Link to={`/admin/criteria/compare?a=${encodeURIComponent(s.basedOn ?? s.code)}&b=${encodeURIComponent(s.code)}`}><Button data-testid="criteria-compare">{t('rulesEditor.compare')}</Button></Link>
            {can('update') ? <Link to={`/admin/criteria/${encodeURIComponent(s.code)}/edit`}><Button icon={<EditOutlined aria-hidden />} data-testid="criteria-edit">{t('actions.edit')}</Button></Link> : null}
            {can('publish') ? (
              <Popconfirm title={t('criteriaAdmin.publishConfirm')} description={t('criteriaAdmin.publishHelp')} onConfirm={() => run(() => m.publish.mutateAsync({ code: s.code, version: s.version }), t('criteriaAdmin.published'))}>
                <Button type="primary" icon={<SendOutlined aria-hidden />} data-testid="criteria-publish">{t('criteriaAdmin.publish')}</Button>
              </Popconfirm>
            ) : null}
            {can('delete') ? (
              <Popconfirm title={t('criteriaAdmin.deleteConfirm')} onConfirm={() => run(async () => { await m.remove.mutateAsync({ code: s.code, version: s.version }); navigate('/admin/criteria'); }, t('criteriaAdmin.deleted'))}>
                <Button danger icon={<DeleteOutlined aria-hidden />}>{t('actions.delete')}</Button>
              </Popconfirm>
            ) : null}
            {can('withdraw') ? <Button icon={<StopOutlined aria-hidden />} onClick={() => setWithdrawing(true)}>{t('criteriaAdmin.withdraw')}</Button> : null}
          </>
        }
      />
      {s.status !== 'draft' ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('criteriaAdmin.immutable')} /> : null}
      {d.note ? <Alert type={s.toBeConfirmed ? 'warning' : 'info'} showIcon style={{ marginBottom: 12 }} title={loc(d.note)} /> : null}
      <Card style={{ marginBottom: 12 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'title', label: t('criteriaAdmin.decision'), children: `${s.decision.number}: ${loc(s.decision.title)}` },
            { key: 'issuer', label: t('criteriaAdmin.issuer'), children: `${loc(s.decision.issuer)} · ${formatDate(s.decision.signedOn)}` },
            { key: 'effective', label: t('criteriaAdmin.effective'), children: `${formatDate(s.effectiveFrom)} – ${s.effectiveTo ? formatDate(s.effectiveTo) : t('criteriaAdmin.openEnded')}` },
            { key: 'groups', label: t('criteriaAdmin.groups'), children: s.groups.map((g) => (d.groupNames?.[g] ? `${g}. ${loc(d.groupNames[g])}` : g)).join('; ') },
            { key: 'parts', label: t('criteriaAdmin.parts'), children: d.parts.map((p) => `${p.code}. ${loc(p.name)} (${p.maxPoints})`).join('; ') },
            { key: 'rule', label: t('criteriaAdmin.ruleVersion'), children: s.ruleVersion },
          ]}
        />
      </Card>
      <Card title={t('criteriaAdmin.procedure')} size="small" style={{ marginBottom: 12 }}>
        <ul style={{ margin: 0 }}>
          {d.recognition.levels.map((l) => (
            <li key={l.level}>
              <strong>{t(`evaluation.level.${l.level}`)}</strong>: {l.recognises.length ? t('criteriaAdmin.recognises', { list: l.recognises.map((n) => `${n}★`).join(', ') }) : t('criteriaAdmin.recognisesNothing')}
              {l.forwardAtOrAbove !== null && l.forwardAtOrAbove !== undefined && l.forwardTo ? `; ${t('criteriaAdmin.forwards', { n: l.forwardAtOrAbove, to: t(`evaluation.level.${l.forwardTo}`) })}` : ''}
              {l.preAssessedCriteria?.length ? `; ${t('criteriaAdmin.preAssesses', { list: l.preAssessedCriteria.join(', ') })}` : ''}
            </li>
          ))}
        </ul>
        {d.recognition.note ? <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{loc(d.recognition.note)}</Typography.Paragraph> : null}
      </Card>
      {d.sheets?.length ? (
        <Card title={t('rulesAdmin.sheets', { n: d.sheets.length })} size="small" style={{ marginBottom: 12 }}>
          <SheetMaxima definition={d} onPick={setSheetCode} />
          <Space wrap style={{ marginTop: 12 }}>
            <span>{t('rulesAdmin.showSheet')}</span>
            <Select
              style={{ minWidth: 260, maxWidth: '100%' }}
              value={view.sheet?.code}
              onChange={setSheetCode}
              options={d.sheets.map((sh) => ({ value: sh.code, label: `${sh.code} · ${loc(sh.name)}` }))}
              showSearch
              optionFilterProp="label"
              data-testid="sheet-select"
              aria-label={t('rulesAdmin.showSheet')}
            />
          </Space>
          {view.sheet?.note ? <Alert type="warning" showIcon style={{ marginTop: 8 }} title={loc(view.sheet.note)} /> : null}
          {d.minimumsNote ? <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{loc(d.minimumsNote)}</Typography.Paragraph> : null}
        </Card>
      ) : null}
      {view.knockOuts?.length || view.starMinimums?.length ? (
        <Card title={t('rulesAdmin.knockOutsAndMinimums')} size="small" style={{ marginBottom: 12 }}>
          <ul style={{ paddingInlineStart: 18, margin: 0 }} data-testid="sheet-knockouts">
            {(view.knockOuts ?? []).map((k) => (
              <li key={k.code}>
                <Tag color={k.kind === 'excluded' ? 'error' : 'warning'}>{t(`rules.knockOut.${k.kind}`)}</Tag> {k.criterion}: {loc(k.reason)} ({t(`rulesAdmin.trigger.${k.trigger}`)})
              </li>
            ))}
            {(view.starMinimums ?? []).map((m) => (
              <li key={`${m.stars}-${m.criterion}`}>{t('rules.minimum.label', { stars: m.stars, label: `${m.criterion} ${loc(m.label)}`, points: m.minPoints })}</li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Collapse
        defaultActiveKey={d.parts.map((p) => p.code)}
        items={d.parts.map((p) => ({
          key: p.code,
          label: `${t('evaluation.sheet.partTitle', { part: p.code, name: loc(p.name) })} — ${t('evaluation.sheet.maxPoints', { n: p.maxPoints })}`,
          children: view.sections
            .filter((sec) => sec.part === p.code)
            .map((sec) => (
              <div key={sec.code} style={{ marginBottom: 12 }}>
                <Typography.Title level={4} style={{ fontSize: 15 }}>{sec.code}. {loc(sec.name)}</Typography.Title>
                <Table rowKey="code" size="small" pagination={false} columns={criterionColumns} dataSource={view.criteria.filter((c) => c.section === sec.code)} />
              </div>
            )),
        }))}
      />
      <Modal open={withdrawing} title={t('criteriaAdmin.withdrawTitle', { code: s.code })} onCancel={() => setWithdrawing(false)} okButtonProps={{ disabled: !reason.trim() }} onOk={() => void run(async () => { await m.withdraw.mutateAsync({ code: s.code, version: s.version, reason: reason.trim() }); setWithdrawing(false); }, t('criteriaAdmin.withdrawn'))}>
        <Typography.Paragraph>{t('criteriaAdmin.withdrawHelp')}</Typography.Paragraph>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} aria-label={t('criteriaAdmin.reason')} />
      </Modal>
    </div>
  );
}
