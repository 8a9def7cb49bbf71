import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Select, Space, Typography, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { useCriteriaSet, useCriteriaSetMutations, useCriteriaSets } from '../../../api/evaluation';
import { useErrorMessage } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';

/**
 * A new version (or a draft's edit) as data: start from an existing version, change the
 * decision, dates, criteria, options and points, check it, save it as a draft. Every problem
 * names its place (e.g. criteria.3.options.1.points). Publishing happens on the version's page.
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
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Array<{ path: string; message: string }>>([]);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    document.title = `${t('criteriaAdmin.new')} · ${t('app.short')}`;
  }, [t]);

  useEffect(() => {
    if (!source.data) return;
    const d = source.data.definition;
    const start = editing ? d : { ...d, code: `${d.code}-moi`, status: 'draft', toBeConfirmed: true };
    setText(JSON.stringify(start, null, 2));
    setProblems([]);
    setChecked(false);
  }, [source.data, editing]);

  // The administrator's JSON goes to the server as typed: the server checks it and names every problem.
  const parse = (): Record<string, unknown> | undefined => {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch (e) {
      setProblems([{ path: 'JSON', message: (e as Error).message }]);
      return undefined;
    }
  };

  const handle = (e: unknown) => {
    if (e instanceof ApiError && e.errors.length) setProblems(e.errors);
    else void message.error(errorMessage(e));
  };

  const validate = async () => {
    const body = parse();
    if (body === undefined) return;
    try {
      await m.validate.mutateAsync(body);
      setProblems([]);
      setChecked(true);
      void message.success(t('criteriaAdmin.valid'));
    } catch (e) {
      setChecked(false);
      handle(e);
    }
  };

  const save = async () => {
    const body = parse();
    if (body === undefined) return;
    try {
      const saved = editing
        ? await m.update.mutateAsync({ code: editing, version: source.data!.version, definition: body })
        : await m.create.mutateAsync({ definition: body, basedOn: from });
      void message.success(t('criteriaAdmin.savedDraft'));
      navigate(`/admin/criteria/${encodeURIComponent(saved.code)}`);
    } catch (e) {
      handle(e);
    }
  };

  return (
    <div>
      <PageHeader title={editing ? t('criteriaAdmin.editTitle', { code: editing }) : t('criteriaAdmin.new')} subtitle={t('criteriaAdmin.formHelp')} />
      <Card>
        {!editing ? (
          <Space wrap style={{ marginBottom: 12 }}>
            <Typography.Text>{t('criteriaAdmin.startFrom')}</Typography.Text>
            <Select
              value={from}
              style={{ minWidth: 220 }}
              options={(sets.data?.items ?? []).map((s) => ({ value: s.code, label: `${s.code} (${s.decision.number})` }))}
              onChange={(v) => setParams({ from: v })}
              aria-label={t('criteriaAdmin.startFrom')}
            />
          </Space>
        ) : null}
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('criteriaAdmin.jsonHelp')} />
        <Input.TextArea
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setChecked(false);
          }}
          autoSize={{ minRows: 18, maxRows: 40 }}
          spellCheck={false}
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 }}
          aria-label={t('criteriaAdmin.json')}
          data-testid="criteria-json"
        />
        {problems.length ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            title={t('criteriaAdmin.problems', { n: problems.length })}
            description={<ul style={{ margin: 0 }}>{problems.map((p, i) => <li key={i}><code>{p.path || '/'}</code>: {p.message}</li>)}</ul>}
            data-testid="criteria-problems"
          />
        ) : checked ? (
          <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('criteriaAdmin.valid')} />
        ) : null}
        <Space style={{ marginTop: 12 }}>
          <Button onClick={() => void validate()} loading={m.validate.isPending} data-testid="criteria-validate">{t('criteriaAdmin.check')}</Button>
          <Button type="primary" onClick={() => void save()} loading={m.create.isPending || m.update.isPending} data-testid="criteria-save">{t('criteriaAdmin.saveDraft')}</Button>
          <Button onClick={() => navigate(-1)}>{t('actions.cancel')}</Button>
        </Space>
      </Card>
    </div>
  );
}
