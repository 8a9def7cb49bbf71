import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, ConfigProvider, Input, Select, Space, Spin, Tabs, Tag, Typography, Upload } from 'antd';
import { CopyOutlined, DeleteOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { download, upload } from '../../../api/call';
import { criteriaSheets } from '../../../../contracts/criteria-sets';
import { useCriteriaSet, useCriteriaSetMutations, useCriteriaSets } from '../../../api/evaluation';
import { ErrorState, useErrorMessage } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { sheetMaxima } from '../../../../domain/criteria/maxima';
import { BandsAndProcedureForm, GeneralForm, RulesForm, SheetContentForm, SheetHeaderForm, partSums, type Draft, type SheetTarget } from './editor-parts';
import { SheetMaxima } from './SheetMaxima';

/**
 * A rule version built in forms: copy an existing version into a draft (or edit a draft),
 * change the decision, dates, part maxima, each sheet's product sets, sections, criteria,
 * options, points and evidence hints, its knock-outs and per-star minimums, the star bands and
 * the procedure, or import a sheet from an .xlsx. The part sums and the maxima per sheet
 * follow every change; "Check" asks the server for every problem (named by its path) and
 * "Save" stores the draft. Published versions open read-only. The JSON tab keeps the whole
 * version as data for what the forms do not show (shared sections, alternative cases).
 */
export default function CriteriaSetFormPage() {
  const { code: editing } = useParams();
  const [params, setParams] = useSearchParams();
  const from = editing ?? params.get('from') ?? '1489-2025';
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const sets = useCriteriaSets();
  const source = useCriteriaSet(from);
  const m = useCriteriaSetMutations();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [problems, setProblems] = useState<Array<{ path: string; message: string }>>([]);
  const [importProblems, setImportProblems] = useState<Array<{ path: string; message: string }>>([]);
  const [checked, setChecked] = useState(false);
  const [json, setJson] = useState('');
  const [jsonError, setJsonError] = useState('');
  const [tab, setTab] = useState('general');
  const readOnly = !!editing && !!source.data && source.data.status !== 'draft';

  useEffect(() => {
    document.title = `${editing ? t('rulesEditor.editTitle', { code: editing }) : t('rulesEditor.title')} · ${t('app.short')}`;
  }, [t, editing]);

  useEffect(() => {
    if (!source.data) return;
    const d = structuredClone(source.data.definition);
    setDraft(editing ? d : { ...d, code: `${d.code}-moi`, status: 'draft', toBeConfirmed: true });
    setSheetIndex(0);
    setProblems([]);
    setChecked(false);
  }, [source.data, editing]);

  const maxima = useMemo(() => (draft ? sheetMaxima(draft) : []), [draft]);

  if (source.error) return <ErrorState error={source.error} />;
  if (!draft) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;

  const change = (mutate: (d: Draft) => void) => {
    setDraft((prev) => {
      const next = structuredClone(prev!);
      mutate(next);
      return next;
    });
    setChecked(false);
  };
  const hasSheets = !!draft.sheets?.length;
  const index = Math.min(sheetIndex, Math.max(0, (draft.sheets?.length ?? 1) - 1));
  const sheet = hasSheets ? draft.sheets![index] : undefined;
  const target: SheetTarget = sheet ?? draft;
  const editTarget = (mutate: (s: SheetTarget) => void) => change((d) => mutate(d.sheets?.length ? d.sheets[index] : d));
  const shared = (sheet?.uses ?? []).flatMap((ref) => draft.sharedSections?.find((s) => s.ref === ref)?.criteria ?? []);
  const sums = partSums(target, shared);

  const handle = (e: unknown) => {
    if (e instanceof ApiError && e.errors.length) setProblems(e.errors);
    else void message.error(errorMessage(e));
  };
  const validate = async () => {
    try {
      await m.validate.mutateAsync(draft);
      setProblems([]);
      setChecked(true);
      void message.success(t('rulesEditor.valid'));
    } catch (e) {
      setChecked(false);
      handle(e);
    }
  };
  const save = async () => {
    try {
      const saved = editing
        ? await m.update.mutateAsync({ code: editing, version: source.data!.version, definition: draft })
        : await m.create.mutateAsync({ definition: draft, basedOn: from });
      void message.success(t('rulesEditor.saved'));
      navigate(`/admin/criteria/${encodeURIComponent(saved.code)}`);
    } catch (e) {
      handle(e);
    }
  };
  const importFile = async (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const sheetData = await upload(criteriaSheets.import, {}, form);
      editTarget((s) => {
        s.sections = sheetData.sections;
        s.criteria = sheetData.criteria;
        const codes = new Set(sheetData.criteria.map((c) => c.code));
        if (s.knockOuts) s.knockOuts = s.knockOuts.filter((k) => codes.has(k.criterion));
        if (s.starMinimums) s.starMinimums = s.starMinimums.filter((x) => codes.has(x.criterion));
        if ('uses' in s) delete (s as { uses?: string[] }).uses;
      });
      setImportProblems([]);
      void message.success(t('rulesEditor.imported', { criteria: sheetData.criteria.length, sections: sheetData.sections.length }));
    } catch (e) {
      if (e instanceof ApiError && e.errors.length) setImportProblems(e.errors);
      else void message.error(errorMessage(e));
    }
  };

  const sheetPicker = hasSheets ? (
    <Space wrap style={{ marginBottom: 12 }}>
      <Typography.Text>{t('rulesEditor.sheet')}</Typography.Text>
      <Select
        style={{ minWidth: 240, maxWidth: '100%' }}
        value={index}
        onChange={setSheetIndex}
        showSearch
        optionFilterProp="label"
        options={draft.sheets!.map((s, i) => ({ value: i, label: `${s.code} · ${s.name.vi}` }))}
        data-testid="ed-sheet-select"
        aria-label={t('rulesEditor.sheet')}
      />
      <Button icon={<PlusOutlined aria-hidden />} data-testid="ed-add-sheet" onClick={() => {
        change((d) => void d.sheets!.push({ code: `phieu-${d.sheets!.length + 1}`, name: { vi: t('rulesEditor.newSheetName'), en: t('rulesEditor.newSheetName') }, productSets: [], sections: [], criteria: [] }));
        setSheetIndex(draft.sheets!.length);
      }}>{t('rulesEditor.addSheet')}</Button>
      <Button danger icon={<DeleteOutlined aria-hidden />} disabled={draft.sheets!.length < 2} onClick={() => {
        change((d) => void d.sheets!.splice(index, 1));
        setSheetIndex(0);
      }}>{t('rulesEditor.removeSheet')}</Button>
    </Space>
  ) : null;

  const partTags = (ids: boolean) => (
    <Space wrap style={{ marginBottom: 12 }} data-testid={ids ? 'ed-part-sums' : undefined}>
      {draft.parts.map((p) => (
        <Tag key={p.code} color={sums[p.code] === p.maxPoints ? 'success' : 'error'} data-testid={ids ? `ed-part-sum-${p.code}` : undefined}>{t('rulesEditor.partSum', { part: p.code, sum: sums[p.code], max: p.maxPoints })}</Tag>
      ))}
    </Space>
  );

  return (
    <div>
      <PageHeader
        title={editing ? t('rulesEditor.editTitle', { code: editing }) : t('rulesEditor.title')}
        subtitle={t('rulesEditor.subtitle')}
        testId="editor-title"
        extra={<Link to={`/admin/criteria/compare?a=${encodeURIComponent(from)}`}><Button>{t('rulesEditor.compare')}</Button></Link>}
      />
      {readOnly ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('rulesEditor.readOnly')} data-testid="editor-read-only"
          action={<Link to={`/admin/criteria/new?from=${encodeURIComponent(from)}`}><Button size="small" icon={<CopyOutlined aria-hidden />}>{t('rulesEditor.copyAsDraft')}</Button></Link>} />
      ) : null}
      {!editing ? (
        <Space wrap style={{ marginBottom: 12 }}>
          <Typography.Text>{t('rulesEditor.startFrom')}</Typography.Text>
          <Select value={from} style={{ minWidth: 220 }} options={(sets.data?.items ?? []).map((s) => ({ value: s.code, label: `${s.code} (${s.decision.number})` }))} onChange={(v) => setParams({ from: v })} aria-label={t('rulesEditor.startFrom')} data-testid="ed-start-from" />
        </Space>
      ) : null}
      <ConfigProvider componentDisabled={readOnly}>
        <Card>
          <Tabs
            activeKey={tab}
            onChange={(k) => {
              if (k === 'json') setJson(JSON.stringify(draft, null, 2));
              setTab(k);
            }}
            items={[
              { key: 'general', label: t('rulesEditor.tab.general'), children: <GeneralForm draft={draft} change={change} isNew={!editing} /> },
              {
                key: 'sheets',
                label: t('rulesEditor.tab.sheets'),
                children: (
                  <div>
                    {sheetPicker}
                    {sheet ? <SheetHeaderForm sheet={sheet} edit={(mut) => change((d) => mut(d.sheets![index]))} /> : null}
                    {sheet?.uses?.length ? <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('rulesEditor.sharedSections', { list: sheet.uses.join(', ') })}</Typography.Paragraph> : null}
                    <Card size="small" style={{ margin: '12px 0' }} title={t('rulesEditor.importSheet')}>
                      <Typography.Paragraph type="secondary">{t('rulesEditor.importHelp')}</Typography.Paragraph>
                      <Space wrap>
                        <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void download(criteriaSheets.template, {}, 'mau-phieu-cham.xlsx')} data-testid="ed-template">{t('rulesEditor.downloadTemplate')}</Button>
                        <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => { void importFile(file); return false; }}>
                          <Button icon={<UploadOutlined aria-hidden />} data-testid="ed-import">{t('rulesEditor.importSheet')}</Button>
                        </Upload>
                      </Space>
                      {importProblems.length ? (
                        <Alert type="error" showIcon style={{ marginTop: 8 }} title={t('rulesEditor.importProblems', { n: importProblems.length })} data-testid="ed-import-problems"
                          description={<ul style={{ margin: 0 }}>{importProblems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>} />
                      ) : null}
                    </Card>
                    {partTags(true)}
                    <SheetContentForm target={target} edit={editTarget} parts={draft.parts} />
                  </div>
                ),
              },
              { key: 'rules', label: t('rulesEditor.tab.rules'), children: <div>{sheetPicker}<RulesForm target={target} edit={editTarget} /></div> },
              { key: 'bands', label: t('rulesEditor.tab.bands'), children: <BandsAndProcedureForm draft={draft} change={change} /> },
              {
                key: 'json',
                label: t('rulesEditor.tab.json'),
                children: (
                  <div>
                    <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('rulesEditor.jsonHelp')} />
                    <Input.TextArea value={json} onChange={(e) => setJson(e.target.value)} autoSize={{ minRows: 12, maxRows: 36 }} spellCheck={false} style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 12 }} aria-label={t('rulesEditor.tab.json')} data-testid="criteria-json" />
                    {jsonError ? <Alert type="error" showIcon style={{ marginTop: 8 }} title={jsonError} /> : null}
                    <Button style={{ marginTop: 8 }} onClick={() => {
                      try {
                        const parsed = JSON.parse(json) as Draft;
                        setDraft(parsed);
                        setJsonError('');
                        setChecked(false);
                      } catch (e) {
                        setJsonError(t('rulesEditor.jsonInvalid', { message: (e as Error).message }));
                      }
                    }}>{t('rulesEditor.applyJson')}</Button>
                  </div>
                ),
              },
            ]}
          />
        </Card>
      </ConfigProvider>
      {hasSheets || maxima.length ? (
        <Card size="small" title={t('rulesEditor.maxima')} style={{ marginTop: 12 }}>
          {hasSheets ? <SheetMaxima definition={draft} onPick={(code) => { setSheetIndex(Math.max(0, draft.sheets!.findIndex((s) => s.code === code))); setTab('sheets'); }} /> : partTags(false)}
        </Card>
      ) : null}
      {problems.length ? (
        <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('rulesEditor.problems', { n: problems.length })} data-testid="criteria-problems"
          description={<ul style={{ margin: 0 }}>{problems.map((p, i) => <li key={i}><code>{p.path || '/'}</code>: {p.message}</li>)}</ul>} />
      ) : checked ? (
        <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('rulesEditor.valid')} data-testid="criteria-valid" />
      ) : null}
      {!readOnly ? (
        <Space style={{ marginTop: 12 }} wrap>
          <Button onClick={() => void validate()} loading={m.validate.isPending} data-testid="criteria-validate">{t('rulesEditor.check')}</Button>
          <Button type="primary" onClick={() => void save()} loading={m.create.isPending || m.update.isPending} data-testid="criteria-save">{t('rulesEditor.save')}</Button>
          <Button onClick={() => navigate(-1)}>{t('actions.cancel')}</Button>
        </Space>
      ) : null}
    </div>
  );
}
