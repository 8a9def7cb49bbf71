import { useState } from 'react';
import { Alert, App, Button, Card, Collapse, DatePicker, Input, Select, Space, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CriterionEvidence } from '../../../contracts/evidence';
import { useDossierEvidence, useEvidenceActions } from '../../api/evidence';
import { useErrorMessage } from '../../components/ErrorState';
import { EvidenceList } from '../../components/evidence/EvidenceList';
import { useLocalized } from '../evaluation/shared';

/** One criterion: its options with their evidence hints, its evidence, and the attach form. */
function CriterionRow({ dossierId, c, editable }: { dossierId: string; c: CriterionEvidence; editable: boolean }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const actions = useEvidenceActions(dossierId);
  const [option, setOption] = useState<string | undefined>(c.selfAssessed ?? undefined);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  // Last valid day of the document (a food-safety certificate, a test report), for a link or a file.
  const [validUntil, setValidUntil] = useState<Dayjs | null>(null);
  const validity = validUntil ? { validUntil: validUntil.format('YYYY-MM-DD') } : {};
  const done = (p: Promise<unknown>, text: string) =>
    p.then(() => void message.success(text)).catch((e: unknown) => void message.error(errorMessage(e)));
  return (
    <div className="evidence-criterion" data-testid={`evidence-criterion-${c.code}`}>
      <Typography.Text strong>
        {c.code} {loc(c.name)}
      </Typography.Text>
      {c.hint ? <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('evidence.hint')}: {loc(c.hint)}</Typography.Paragraph> : null}
      <ul className="evidence-options">
        {c.options.map((o) => (
          <li key={o.code}>
            <b>{o.code}</b>. {loc(o.label)} ({o.points}){o.hint ? <Typography.Text type="secondary"> — {t('evidence.hint')}: {loc(o.hint)}</Typography.Text> : null}
          </li>
        ))}
      </ul>
      {c.selfAssessed ? <Typography.Text type="secondary">{t('evidence.selfAssessed', { option: c.selfAssessed })}</Typography.Text> : null}
      <EvidenceList items={c.evidence} onRemove={editable ? (e) => void done(actions.remove.mutateAsync(e.id), t('evidence.removed')) : undefined} />
      {editable ? (
        <Space wrap style={{ marginTop: 6, width: '100%' }}>
          <Select
            size="small"
            style={{ minWidth: 120 }}
            placeholder={t('evidence.option')}
            value={option}
            onChange={setOption}
            allowClear
            options={c.options.map((o) => ({ value: o.code, label: `${o.code} (${o.points})` }))}
            aria-label={t('evidence.option')}
          />
          <Input size="small" style={{ width: 200 }} placeholder={t('evidence.linkTitle')} value={title} onChange={(e) => setTitle(e.target.value)} data-testid={`evidence-title-${c.code}`} />
          <Input size="small" style={{ width: 240 }} placeholder={t('evidence.link')} value={url} onChange={(e) => setUrl(e.target.value)} data-testid={`evidence-url-${c.code}`} />
          <DatePicker
            size="small"
            format="DD/MM/YYYY"
            style={{ width: 150 }}
            placeholder={t('evidence.validUntil')}
            aria-label={t('evidence.validUntil')}
            value={validUntil}
            onChange={(d) => setValidUntil(d)}
            data-testid={`evidence-valid-until-${c.code}`}
          />
          <Button
            size="small"
            disabled={!url.trim() || !title.trim()}
            loading={actions.link.isPending}
            data-testid={`evidence-add-link-${c.code}`}
            onClick={() =>
              void done(
                actions.link.mutateAsync({ criterionCode: c.code, ...(option ? { optionCode: option } : {}), url: url.trim(), title: title.trim(), ...validity }).then(() => {
                  setUrl('');
                  setTitle('');
                  setValidUntil(null);
                }),
                t('evidence.attached'),
              )
            }
          >
            {t('evidence.addLink')}
          </Button>
          <Upload
            showUploadList={false}
            accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png,.webp"
            beforeUpload={(file) => {
              void done(
                actions.file.mutateAsync({ criterionCode: c.code, ...(option ? { optionCode: option } : {}), ...validity, file }).then(() => setValidUntil(null)),
                t('evidence.attached'),
              );
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined aria-hidden />} loading={actions.file.isPending} data-testid={`evidence-add-file-${c.code}`}>
              {t('evidence.addFile')}
            </Button>
          </Upload>
        </Space>
      ) : null}
    </div>
  );
}

/** Evidence per criterion of the product's score sheet, on the dossier page. */
export function EvidencePanel({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const ev = useDossierEvidence(dossierId);
  const data = ev.data;
  if (!data) return null;
  const editable = data.actions.includes('attach');
  const byPart = new Map<string, CriterionEvidence[]>();
  for (const c of data.criteria) byPart.set(c.part, [...(byPart.get(c.part) ?? []), c]);
  const attached = data.criteria.reduce((n, c) => n + c.evidence.length, 0);
  return (
    <Card
      size="small"
      title={t('evidence.title')}
      extra={data.sheet ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('evidence.sheet', { code: data.sheet.criteriaSetCode })}{data.sheet.name ? ` · ${loc(data.sheet.name)}` : ''}</Typography.Text> : null}
      data-testid="evidence-panel"
    >
      <Typography.Paragraph type="secondary">{t('evidence.intro')}</Typography.Paragraph>
      {!data.sheet ? <Alert type="info" showIcon title={t('evidence.noSheet')} /> : null}
      <Collapse
        size="small"
        defaultActiveKey={[...byPart.keys()].slice(0, 1)}
        items={[...byPart.entries()].map(([part, criteria]) => ({
          key: part,
          label: `${part} · ${t('evidence.count', { count: criteria.reduce((n, c) => n + c.evidence.length, 0) })}`,
          children: (
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              {criteria.map((c) => (
                <CriterionRow key={c.code} dossierId={dossierId} c={c} editable={editable} />
              ))}
            </Space>
          ),
        }))}
      />
      {data.other.length ? (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('evidence.other')}</Typography.Text>
          <EvidenceList items={data.other} />
        </div>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="evidence-total">
        {t('evidence.count', { count: attached })}
      </Typography.Text>
    </Card>
  );
}
