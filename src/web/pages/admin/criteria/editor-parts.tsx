import { Button, Card, Checkbox, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CriteriaSetDefinition, Criterion } from '../../../api/evaluation';
import { AUTHORITY_LEVELS, KNOCK_OUT_KINDS, KNOCK_OUT_TRIGGERS, PRODUCT_GROUP_CODES, type PartCode } from '../../../../domain/criteria/types';
import { PRODUCT_SETS } from '../../../../domain/criteria/product-sets';
import { useLocalized } from '../../evaluation/shared';

/**
 * The pieces of the rule version editor: each edits one part of the draft held by the page
 * (`CriteriaSetFormPage`) through `change(mutator)`, which clones the draft, applies the
 * mutator and re-renders — the part sums and the maxima table follow every keystroke.
 */

export type Draft = CriteriaSetDefinition;
export type Change = (mutate: (d: Draft) => void) => void;
type Localized = { vi: string; en: string };
/** The editable content of one sheet: a sheet of `sheets`, or the version itself for single-sheet data. */
export type SheetTarget = Pick<Draft, 'sections' | 'criteria' | 'knockOuts' | 'starMinimums'>;

const grid = { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start' } as const;

/** Vietnamese above English, both required by the version's schema. */
export function LocalizedInput({ value, onChange, label, testId, multiline, showLabel = true }: { value: Localized | undefined; onChange: (v: Localized) => void; label: string; testId?: string; multiline?: boolean; showLabel?: boolean }) {
  const { t } = useTranslation();
  const v = value ?? { vi: '', en: '' };
  const Field = multiline ? Input.TextArea : Input;
  return (
    <div style={{ flex: '1 1 220px', minWidth: 0 }}>
      {showLabel ? <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>{label}</Typography.Text> : null}
      <Field value={v.vi} onChange={(e) => onChange({ ...v, vi: e.target.value })} aria-label={`${label} (${t('rulesEditor.vi')})`} placeholder={`${label} (${t('rulesEditor.vi')})`} data-testid={testId ? `${testId}-vi` : undefined} {...(multiline ? { autoSize: { minRows: 1, maxRows: 4 } } : {})} />
      <Field value={v.en} onChange={(e) => onChange({ ...v, en: e.target.value })} aria-label={`${label} (${t('rulesEditor.en')})`} placeholder={`${label} (${t('rulesEditor.en')})`} style={{ marginTop: 4 }} size="small" data-testid={testId ? `${testId}-en` : undefined} {...(multiline ? { autoSize: { minRows: 1, maxRows: 4 } } : {})} />
    </div>
  );
}

function Labelled({ label, children, width }: { label: string; children: React.ReactNode; width?: number | string }) {
  return (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 2, flex: width ? `0 1 ${typeof width === 'number' ? `${width}px` : width}` : '1 1 200px', minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{label}</Typography.Text>
      {children}
    </label>
  );
}

export function GeneralForm({ draft, change, isNew }: { draft: Draft; change: Change; isNew: boolean }) {
  const { t } = useTranslation();
  const total = draft.parts.reduce((n, p) => n + (p.maxPoints || 0), 0);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <div style={grid}>
        <Labelled label={t('rulesEditor.code')} width={220}>
          <Input value={draft.code} disabled={!isNew} onChange={(e) => change((d) => void (d.code = e.target.value))} data-testid="ed-code" />
        </Labelled>
        <Labelled label={t('rulesEditor.ruleVersion')} width={220}>
          <Input value={draft.ruleVersion} onChange={(e) => change((d) => void (d.ruleVersion = e.target.value))} data-testid="ed-rule-version" />
        </Labelled>
        <Labelled label={t('rulesEditor.decisionNumber')} width={220}>
          <Input value={draft.decision.number} onChange={(e) => change((d) => void (d.decision.number = e.target.value))} data-testid="ed-decision-number" />
        </Labelled>
        <Labelled label={t('rulesEditor.signedOn')} width={180}>
          <Input type="date" value={draft.decision.signedOn} onChange={(e) => change((d) => void (d.decision.signedOn = e.target.value))} data-testid="ed-signed-on" />
        </Labelled>
      </div>
      <div style={grid}>
        <LocalizedInput label={t('rulesEditor.issuer')} value={draft.decision.issuer} onChange={(v) => change((d) => void (d.decision.issuer = v))} testId="ed-issuer" />
        <LocalizedInput label={t('rulesEditor.decisionTitle')} value={draft.decision.title} onChange={(v) => change((d) => void (d.decision.title = v))} testId="ed-title" multiline />
      </div>
      <div style={grid}>
        <Labelled label={t('rulesEditor.effectiveFrom')} width={180}>
          <Input type="date" value={draft.effectiveFrom} onChange={(e) => change((d) => void (d.effectiveFrom = e.target.value))} data-testid="ed-effective-from" />
        </Labelled>
        <Labelled label={t('rulesEditor.effectiveTo')} width={220}>
          <Input type="date" value={draft.effectiveTo ?? ''} onChange={(e) => change((d) => void (d.effectiveTo = e.target.value || null))} data-testid="ed-effective-to" />
        </Labelled>
        <Labelled label={t('rulesEditor.groups')}>
          <Select mode="multiple" value={draft.groups} options={PRODUCT_GROUP_CODES.map((g) => ({ value: g, label: g }))} onChange={(v) => change((d) => void (d.groups = v))} aria-label={t('rulesEditor.groups')} />
        </Labelled>
      </div>
      <div style={grid}>
        {draft.parts.map((p, i) => (
          <Card key={p.code} size="small" style={{ flex: '1 1 240px' }} title={t('rulesEditor.partMax', { part: p.code })}>
            <InputNumber min={0} max={100} step={0.25} value={p.maxPoints} onChange={(v) => change((d) => void (d.parts[i].maxPoints = v ?? 0))} data-testid={`ed-part-${p.code}`} aria-label={t('rulesEditor.partMax', { part: p.code })} style={{ width: 110, marginBottom: 6 }} />
            <LocalizedInput label={t('rulesEditor.sectionName')} value={p.name} onChange={(v) => change((d) => void (d.parts[i].name = v))} />
          </Card>
        ))}
      </div>
      <Tag color={total === 100 ? 'success' : 'error'} data-testid="ed-part-total">{t('rulesEditor.partTotal', { total })}</Tag>
    </Space>
  );
}

/** Sum of the criteria maxima per part (the sheet's best answers). */
export function partSums(target: SheetTarget, shared: Criterion[] = []): Record<PartCode, number> {
  const sums = { A: 0, B: 0, C: 0 } as Record<PartCode, number>;
  for (const c of [...shared, ...target.criteria]) sums[c.part] = (sums[c.part] ?? 0) + (c.maxPoints || 0);
  return sums;
}

/** Sections with their criteria and options of one sheet. */
export function SheetContentForm({ target, edit, parts }: { target: SheetTarget; edit: (mutate: (s: SheetTarget) => void) => void; parts: Draft['parts'] }) {
  const { t } = useTranslation();
  const nextSection = (part: PartCode) => {
    const used = target.sections.filter((s) => s.part === part).map((s) => Number(s.code.slice(1)));
    const all = target.sections.map((s) => Number(s.code.slice(1)));
    return `${part}${Math.max(0, ...(used.length ? used : all)) + 1}`;
  };
  return (
    <div>
      {parts.map((p) => (
        <div key={p.code} style={{ marginBottom: 16 }}>
          <Typography.Title level={4} style={{ fontSize: 15 }}>
            {t('evaluation.sheet.partTitle', { part: p.code, name: p.name.vi })}
          </Typography.Title>
          {target.sections.filter((s) => s.part === p.code).map((sec) => {
            const si = target.sections.indexOf(sec);
            const criteria = target.criteria.filter((c) => c.section === sec.code);
            const sum = criteria.reduce((n, c) => n + (c.maxPoints || 0), 0);
            return (
              <Card key={si} size="small" style={{ marginBottom: 8 }} data-testid={`ed-section-${sec.code}`}
                title={<div style={grid}>
                  <Input value={sec.code} style={{ width: 80 }} aria-label={t('rulesEditor.sectionCode')} onChange={(e) => edit((s) => {
                    const old = s.sections[si].code;
                    const code = e.target.value.toUpperCase();
                    s.sections[si].code = code;
                    if (/^[ABC]/.test(code)) s.sections[si].part = code[0] as PartCode;
                    for (const c of s.criteria) if (c.section === old) c.section = code;
                  })} />
                  <Input value={sec.name.vi} style={{ flex: '1 1 180px', minWidth: 0 }} aria-label={t('rulesEditor.sectionName')} onChange={(e) => edit((s) => void (s.sections[si].name = { vi: e.target.value, en: s.sections[si].name.en || e.target.value }))} />
                  <Tag>{t('rulesEditor.sectionSum', { sum })}</Tag>
                </div>}
                extra={<Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('rulesEditor.remove')} onClick={() => edit((s) => {
                  s.sections.splice(si, 1);
                  s.criteria = s.criteria.filter((c) => c.section !== sec.code);
                })} />}
              >
                {criteria.map((c) => (
                  <CriterionForm key={target.criteria.indexOf(c)} criterion={c} edit={(m) => edit((s) => m(s.criteria[target.criteria.indexOf(c)]))} remove={() => edit((s) => void s.criteria.splice(target.criteria.indexOf(c), 1))} />
                ))}
                <Button size="small" icon={<PlusOutlined aria-hidden />} data-testid={`ed-add-criterion-${sec.code}`} onClick={() => edit((s) => {
                  const n = s.criteria.filter((c) => c.section === sec.code).length + 1;
                  const at = s.criteria.map((c) => c.section).lastIndexOf(sec.code);
                  const criterion: Criterion = { code: `${sec.code}.${n}`, part: sec.part, section: sec.code, name: { vi: '', en: '' }, maxPoints: 1, options: [{ code: 'a', label: { vi: '', en: '' }, points: 0 }, { code: 'b', label: { vi: '', en: '' }, points: 1 }] };
                  s.criteria.splice(at < 0 ? s.criteria.length : at + 1, 0, criterion);
                })}>{t('rulesEditor.addCriterion')}</Button>
              </Card>
            );
          })}
          <Button size="small" icon={<PlusOutlined aria-hidden />} data-testid={`ed-add-section-${p.code}`} onClick={() => edit((s) => void s.sections.push({ code: nextSection(p.code), part: p.code, name: { vi: '', en: '' } }))}>
            {t('rulesEditor.addSection')}
          </Button>
        </div>
      ))}
    </div>
  );
}

function CriterionForm({ criterion: c, edit, remove }: { criterion: Criterion; edit: (m: (c: Criterion) => void) => void; remove: () => void }) {
  const { t } = useTranslation();
  const best = Math.max(0, ...c.options.map((o) => o.points));
  return (
    <div style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0' }} data-testid={`ed-criterion-${c.code}`}>
      <div style={grid}>
        <Input value={c.code} style={{ width: 90 }} aria-label={t('rulesEditor.criterionCode')} onChange={(e) => edit((x) => void (x.code = e.target.value))} />
        <LocalizedInput label={t('rulesEditor.criterionName')} value={c.name} onChange={(v) => edit((x) => void (x.name = v))} testId={`ed-criterion-${c.code}-name`} showLabel={false} />
        <Labelled label={t('rulesEditor.maxPoints')} width={100}>
          <InputNumber min={0} step={0.25} value={c.maxPoints} status={best === c.maxPoints ? undefined : 'warning'} onChange={(v) => edit((x) => void (x.maxPoints = v ?? 0))} data-testid={`ed-criterion-${c.code}-max`} aria-label={`${c.code} ${t('rulesEditor.maxPoints')}`} style={{ width: 90 }} />
        </Labelled>
        <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('rulesEditor.remove')} ${c.code}`} onClick={remove} />
      </div>
      <ol type="a" style={{ margin: '6px 0 0', paddingInlineStart: 22 }}>
        {c.options.map((o, j) => (
          <li key={j} style={{ marginBottom: 6 }}>
            <div style={grid}>
              <Input value={o.label.vi} style={{ flex: '2 1 200px', minWidth: 0 }} placeholder={t('rulesEditor.optionLabel')} aria-label={`${c.code} ${o.code} ${t('rulesEditor.optionLabel')}`} onChange={(e) => edit((x) => void (x.options[j].label = { vi: e.target.value, en: x.options[j].label.en && x.options[j].label.en !== x.options[j].label.vi ? x.options[j].label.en : e.target.value }))} />
              <InputNumber min={0} step={0.25} value={o.points} style={{ width: 80 }} aria-label={`${c.code} ${o.code} ${t('rulesEditor.points')}`} onChange={(v) => edit((x) => void (x.options[j].points = v ?? 0))} data-testid={`ed-option-${c.code}-${o.code}-points`} />
              <Input value={o.hint?.vi ?? ''} style={{ flex: '1 1 160px', minWidth: 0 }} placeholder={t('rulesEditor.hint')} aria-label={`${c.code} ${o.code} ${t('rulesEditor.hint')}`} onChange={(e) => edit((x) => {
                if (e.target.value) x.options[j].hint = { vi: e.target.value, en: e.target.value };
                else delete x.options[j].hint;
              })} data-testid={`ed-option-${c.code}-${o.code}-hint`} />
              <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('rulesEditor.remove')} ${c.code} ${o.code}`} onClick={() => edit((x) => void x.options.splice(j, 1))} />
            </div>
          </li>
        ))}
      </ol>
      <Button size="small" type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => edit((x) => {
        const used = new Set(x.options.map((o) => o.code));
        const code = 'abcdefghijklmnopqrstuvwxyz'.split('').find((l) => !used.has(l)) ?? String(x.options.length + 1);
        x.options.push({ code, label: { vi: '', en: '' }, points: 0 });
      })}>{t('rulesEditor.addOption')}</Button>
    </div>
  );
}

/** The sheet's name, code, product sets and flag (sheets of 1048/2019 onwards only). */
export function SheetHeaderForm({ sheet, edit }: { sheet: NonNullable<Draft['sheets']>[number]; edit: (m: (s: NonNullable<Draft['sheets']>[number]) => void) => void }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  return (
    <div style={grid}>
      <Labelled label={t('rulesEditor.sheetCode')} width={160}>
        <Input value={sheet.code} onChange={(e) => edit((s) => void (s.code = e.target.value))} data-testid="ed-sheet-code" />
      </Labelled>
      <LocalizedInput label={t('rulesEditor.sheetName')} value={sheet.name} onChange={(v) => edit((s) => void (s.name = v))} testId="ed-sheet-name" />
      <Labelled label={t('rulesEditor.productSets')} width="100%">
        <Select mode="multiple" value={sheet.productSets} showSearch optionFilterProp="label" onChange={(v) => edit((s) => void (s.productSets = v))} options={PRODUCT_SETS.map((p) => ({ value: p.code, label: `${p.code} · ${loc(p.name)}` }))} data-testid="ed-sheet-product-sets" aria-label={t('rulesEditor.productSets')} />
      </Labelled>
      <Checkbox checked={!!sheet.toBeConfirmed} onChange={(e) => edit((s) => {
        if (e.target.checked) s.toBeConfirmed = true;
        else delete s.toBeConfirmed;
      })}>{t('rulesEditor.toBeConfirmed')}</Checkbox>
    </div>
  );
}

export function RulesForm({ target, edit }: { target: SheetTarget; edit: (mutate: (s: SheetTarget) => void) => void }) {
  const { t } = useTranslation();
  const criteria = target.criteria.map((c) => ({ value: c.code, label: `${c.code} ${c.name.vi}` }));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ fontSize: 15 }}>{t('rulesEditor.knockOuts')}</Typography.Title>
      {(target.knockOuts ?? []).map((k, i) => (
        <Card key={i} size="small" data-testid={`ed-knockout-${i}`}>
          <div style={grid}>
            <Labelled label={t('rulesEditor.koCode')} width={90}><Input value={k.code} onChange={(e) => edit((s) => void (s.knockOuts![i].code = e.target.value))} /></Labelled>
            <Labelled label={t('rulesEditor.koKind')} width={160}><Select value={k.kind} options={KNOCK_OUT_KINDS.map((v) => ({ value: v, label: t(`rules.knockOut.${v}`) }))} onChange={(v) => edit((s) => void (s.knockOuts![i].kind = v))} /></Labelled>
            <Labelled label={t('rulesEditor.koTrigger')} width={200}><Select value={k.trigger} options={KNOCK_OUT_TRIGGERS.map((v) => ({ value: v, label: t(`rulesAdmin.trigger.${v}`) }))} onChange={(v) => edit((s) => void (s.knockOuts![i].trigger = v))} /></Labelled>
            <Labelled label={t('rulesEditor.koCriterion')}><Select value={k.criterion} showSearch optionFilterProp="label" options={criteria} onChange={(v) => edit((s) => void (s.knockOuts![i].criterion = v))} /></Labelled>
            {k.trigger === 'options' ? (
              <Labelled label={t('rulesEditor.koOptions')} width={200}><Input value={(k.optionCodes ?? []).join(', ')} onChange={(e) => edit((s) => void (s.knockOuts![i].optionCodes = e.target.value.split(/[,\s]+/).filter(Boolean)))} /></Labelled>
            ) : null}
            <LocalizedInput label={t('rulesEditor.reason')} value={k.reason} onChange={(v) => edit((s) => void (s.knockOuts![i].reason = v))} multiline />
            <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('rulesEditor.remove')} onClick={() => edit((s) => void s.knockOuts!.splice(i, 1))} />
          </div>
        </Card>
      ))}
      <Button icon={<PlusOutlined aria-hidden />} disabled={!criteria.length} data-testid="ed-add-knockout" onClick={() => edit((s) => void (s.knockOuts = [...(s.knockOuts ?? []), { code: `KO${(s.knockOuts?.length ?? 0) + 1}`, kind: 'excluded', trigger: 'declared', criterion: criteria[0].value, reason: { vi: '', en: '' } }]))}>
        {t('rulesEditor.addKnockOut')}
      </Button>
      <Typography.Title level={4} style={{ fontSize: 15, marginTop: 12 }}>{t('rulesEditor.minimums')}</Typography.Title>
      {(target.starMinimums ?? []).map((m, i) => (
        <Card key={i} size="small" data-testid={`ed-minimum-${i}`}>
          <div style={grid}>
            <Labelled label={t('rulesEditor.stars')} width={90}><Select value={m.stars} options={[2, 3, 4, 5].map((n) => ({ value: n, label: `${n}★` }))} onChange={(v) => edit((s) => void (s.starMinimums![i].stars = v))} /></Labelled>
            <Labelled label={t('rulesEditor.koCriterion')}><Select value={m.criterion} showSearch optionFilterProp="label" options={criteria} onChange={(v) => edit((s) => void (s.starMinimums![i].criterion = v))} /></Labelled>
            <Labelled label={t('rulesEditor.minPoints')} width={110}><InputNumber min={0} step={0.25} value={m.minPoints} onChange={(v) => edit((s) => void (s.starMinimums![i].minPoints = v ?? 0))} /></Labelled>
            <LocalizedInput label={t('rulesEditor.label')} value={m.label} onChange={(v) => edit((s) => void (s.starMinimums![i].label = v))} />
            <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('rulesEditor.remove')} onClick={() => edit((s) => void s.starMinimums!.splice(i, 1))} />
          </div>
        </Card>
      ))}
      <Button icon={<PlusOutlined aria-hidden />} disabled={!criteria.length} data-testid="ed-add-minimum" onClick={() => edit((s) => void (s.starMinimums = [...(s.starMinimums ?? []), { stars: 3, criterion: criteria[0].value, minPoints: 0, label: { vi: '', en: '' } }]))}>
        {t('rulesEditor.addMinimum')}
      </Button>
    </Space>
  );
}

const DEFAULT_BANDS: NonNullable<Draft['starBands']> = [
  { stars: 1, minTotal: 0 },
  { stars: 2, minTotal: 30 },
  { stars: 3, minTotal: 50 },
  { stars: 4, minTotal: 70 },
  { stars: 5, minTotal: 90 },
];

export function BandsAndProcedureForm({ draft, change }: { draft: Draft; change: Change }) {
  const { t } = useTranslation();
  const bands = draft.starBands ?? DEFAULT_BANDS;
  const levels = draft.recognition.levels;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ fontSize: 15 }}>{t('rulesEditor.bands')}</Typography.Title>
      <div style={grid}>
        {bands.map((b, i) => (
          <Labelled key={b.stars} label={t('rulesEditor.bandFrom', { stars: b.stars })} width={100}>
            <InputNumber min={0} max={100} value={b.minTotal} disabled={i === 0} data-testid={`ed-band-${b.stars}`} onChange={(v) => change((d) => {
              d.starBands = structuredClone(d.starBands ?? DEFAULT_BANDS);
              d.starBands[i].minTotal = v ?? 0;
            })} />
          </Labelled>
        ))}
      </div>
      <Typography.Title level={4} style={{ fontSize: 15, marginTop: 12 }}>{t('rulesEditor.procedure')}</Typography.Title>
      {levels.map((l, i) => (
        <Card key={i} size="small" data-testid={`ed-level-${l.level}`}>
          <div style={grid}>
            <Labelled label={t('rulesEditor.level')} width={150}><Select value={l.level} options={AUTHORITY_LEVELS.map((v) => ({ value: v, label: t(`evaluation.level.${v}`) }))} onChange={(v) => change((d) => void (d.recognition.levels[i].level = v))} /></Labelled>
            <Labelled label={t('rulesEditor.recognises')} width={180}><Select mode="multiple" value={l.recognises} options={[3, 4, 5].map((n) => ({ value: n, label: `${n}★` }))} onChange={(v) => change((d) => void (d.recognition.levels[i].recognises = v))} /></Labelled>
            <Labelled label={t('rulesEditor.forwardAtOrAbove')} width={160}><InputNumber min={0} max={100} value={l.forwardAtOrAbove ?? null} onChange={(v) => change((d) => void (d.recognition.levels[i].forwardAtOrAbove = v ?? null))} /></Labelled>
            <Labelled label={t('rulesEditor.forwardTo')} width={150}><Select allowClear value={l.forwardTo ?? undefined} options={AUTHORITY_LEVELS.map((v) => ({ value: v, label: t(`evaluation.level.${v}`) }))} onChange={(v) => change((d) => void (d.recognition.levels[i].forwardTo = v ?? null))} /></Labelled>
            <Labelled label={t('rulesEditor.deadlineDays')} width={150}><InputNumber min={1} max={365} value={l.deadlineDays ?? null} onChange={(v) => change((d) => void (d.recognition.levels[i].deadlineDays = v ?? null))} /></Labelled>
            <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('rulesEditor.remove')} onClick={() => change((d) => void d.recognition.levels.splice(i, 1))} />
          </div>
        </Card>
      ))}
      <Button icon={<PlusOutlined aria-hidden />} onClick={() => change((d) => void d.recognition.levels.push({ level: 'central', recognises: [] }))}>{t('rulesEditor.addLevel')}</Button>
    </Space>
  );
}
