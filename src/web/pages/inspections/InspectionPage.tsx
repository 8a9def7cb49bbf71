import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, List, Popconfirm, Radio, Row, Space, Spin, Typography } from 'antd';
import { CameraOutlined, CloseCircleOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useInspection, useRecordInspection, useRemoveInspectionPhoto, useUploadInspectionPhoto, type Inspection } from '../../api/inspections';
import { applyServerErrors } from '../../components/formErrors';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { StarBadge } from '../../components/StarBadge';
import { formatDate } from '../../i18n/format';
import { todayInVietnam } from '../../../domain/dates';
import { ITEM_RESULTS, type InspectionOutcome, type ItemResult } from '../../../domain/inspections/inspection';
import { INSPECTION_OUTCOMES } from '../../../domain/inspections/inspection';
import { InspectionTag, itemLabel } from './shared';
import { CancelDialog, EditPlanDialog } from './EditDialogs';

interface Values {
  inspectedOn: Dayjs;
  inspectors?: string;
  results: Array<{ code: string; result?: ItemResult; note?: string }>;
  findings?: string;
  outcome?: InspectionOutcome;
  fixBy?: Dayjs | null;
  revokeReason?: string;
}

function Photos({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const input = useRef<HTMLInputElement>(null);
  const add = useUploadInspectionPhoto(inspection.id);
  const remove = useRemoveInspectionPhoto(inspection.id);
  // photos are added and removed while the inspection is planned, by those who record it
  const editable = inspection.actions.includes('record');
  if (!editable && inspection.photos.length === 0) return null;
  return (
    <Card size="small" title={t('inspections.photos')} style={{ marginTop: 16 }} data-testid="inspection-photos">
      <Space wrap>
        {inspection.photos.map((ph, n) => (
          <div key={ph.id} data-testid="inspection-photo" style={{ width: 140 }}>
            <a href={ph.src} target="_blank" rel="noreferrer">
              <img src={ph.srcset.split(' ')[0]} alt={ph.alt ?? `${t('inspections.photos')} ${n + 1}`} width={140} height={Math.round((140 * ph.height) / ph.width)} style={{ display: 'block', objectFit: 'cover', borderRadius: 4, maxWidth: '100%' }} />
            </a>
            {editable ? (
              <Popconfirm
                title={t('inspections.removePhotoConfirm')}
                okText={t('inspections.removePhoto')}
                cancelText={t('inspections.keep')}
                okButtonProps={{ danger: true, 'data-testid': 'photo-remove-confirm' } as never}
                onConfirm={() =>
                  remove.mutateAsync(ph.id).then(
                    () => void message.success(t('inspections.photoRemoved')),
                    (err: unknown) => void message.error(errorMessage(err)),
                  )
                }
              >
                <Button size="small" type="text" danger block icon={<DeleteOutlined aria-hidden />} style={{ marginTop: 4, minHeight: 32 }} data-testid="photo-remove" aria-label={`${t('inspections.removePhoto')} ${n + 1}`}>
                  {t('inspections.removePhoto')}
                </Button>
              </Popconfirm>
            ) : null}
          </div>
        ))}
      </Space>
      {editable ? (
        <div style={{ marginTop: 8 }}>
          <input
            ref={input}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif,image/heic"
            capture="environment"
            hidden
            data-testid="inspection-photo-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) add.mutate(file, { onError: (err) => void message.error(errorMessage(err)) });
            }}
          />
          <Button icon={<CameraOutlined aria-hidden />} loading={add.isPending} onClick={() => input.current?.click()}>{t('inspections.addPhoto')}</Button>
        </div>
      ) : null}
    </Card>
  );
}

/** The record form: every checklist item pass / fail / not applicable with a note, findings, outcome. */
function RecordForm({ inspection }: { inspection: Inspection }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const [form] = Form.useForm<Values>();
  const record = useRecordInspection(inspection.id);
  const [error, setError] = useState<string | null>(null);
  const outcome = Form.useWatch('outcome', form);

  const submit = async (v: Values) => {
    setError(null);
    try {
      await record.mutateAsync({
        version: inspection.version,
        inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
        inspectors: v.inspectors || null,
        results: v.results.map((r) => ({ code: r.code, result: r.result!, note: r.note || null })),
        findings: v.findings || null,
        outcome: v.outcome!,
        fixBy: v.outcome === 'fix_by' && v.fixBy ? v.fixBy.format('YYYY-MM-DD') : null,
        ...(v.outcome === 'revoke' && v.revokeReason?.trim() ? { revokeReason: v.revokeReason } : {}),
      });
      void message.success(t('inspections.recorded'));
    } catch (e) {
      const rest = e instanceof ApiError ? applyServerErrors(form, e.errors, ['inspectedOn', 'inspectors', 'results', 'findings', 'outcome', 'fixBy', 'revokeReason']) : [];
      if (!(e instanceof ApiError) || rest.length || !e.errors.length) setError(errMsg(e));
    }
  };

  return (
    <Card title={t('inspections.record')} style={{ marginTop: 16 }} data-testid="inspection-record-form">
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ inspectedOn: dayjs(todayInVietnam()), inspectors: inspection.inspectors ?? '', results: inspection.checklist.items.map((i) => ({ code: i.code })) }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item name="inspectedOn" label={t('inspections.inspectedOn')} rules={[{ required: true, message: t('errors.required') }]}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="record-date" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="inspectors" label={t('inspections.inspectors')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>
          {t('inspections.checklist')} <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>{t('inspections.checklistVersion', { rule: inspection.checklist.ruleVersion })}</Typography.Text>
        </Typography.Title>
        <ChecklistNote inspection={inspection} />
        <Form.List name="results">
          {(fields) => (
            <div>
              {fields.map((field, index) => {
                const item = inspection.checklist.items[index];
                return (
                  <div key={field.key} className="inspection-item" data-testid={`item-${item.code}`} style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0' }}>
                    <Typography.Text strong>{itemLabel(item, i18n.language)}</Typography.Text>
                    {item.description ? <div><Typography.Text type="secondary" style={{ fontSize: 13 }}>{i18n.language.startsWith('en') ? item.description.en : item.description.vi}</Typography.Text></div> : null}
                    <Form.Item name={[field.name, 'code']} hidden><Input /></Form.Item>
                    <Form.Item name={[field.name, 'result']} rules={[{ required: true, message: t('errors.required') }]} style={{ margin: '6px 0' }}>
                      <Radio.Group optionType="button" buttonStyle="solid" size="small" aria-label={itemLabel(item, i18n.language)}
                        options={ITEM_RESULTS.map((r) => ({ value: r, label: t(`inspections.result.${r}`) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'note']} style={{ margin: 0 }}>
                      <Input placeholder={t('inspections.note')} maxLength={1000} aria-label={`${t('inspections.note')}: ${itemLabel(item, i18n.language)}`} />
                    </Form.Item>
                  </div>
                );
              })}
            </div>
          )}
        </Form.List>
        <Form.Item name="findings" label={t('inspections.findings')} style={{ marginTop: 12 }}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="record-findings" />
        </Form.Item>
        <Form.Item name="outcome" label={t('inspections.outcome')} rules={[{ required: true, message: t('errors.required') }]}>
          <Radio.Group data-testid="record-outcome">
            <Space orientation="vertical">
              {INSPECTION_OUTCOMES.map((o) => <Radio key={o} value={o}>{t(`inspections.outcome.${o}`)}</Radio>)}
            </Space>
          </Radio.Group>
        </Form.Item>
        {outcome === 'fix_by' ? (
          <Form.Item name="fixBy" label={t('inspections.fixBy')} rules={[{ required: true, message: t('errors.required') }]}>
            <DatePicker format="DD/MM/YYYY" data-testid="record-fix-by" />
          </Form.Item>
        ) : null}
        {outcome === 'revoke' ? (
          <>
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('inspections.revokeWarning', { number: inspection.certificateNumber })} />
            <Form.Item name="revokeReason" label={t('inspections.revokeReason')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        ) : null}
        <Button type="primary" htmlType="submit" loading={record.isPending} danger={outcome === 'revoke'} data-testid="record-submit">{t('inspections.record')}</Button>
      </Form>
    </Card>
  );
}

/** What the checklist is (its rule version's name) and, while it is not yet checked against the official text, a word saying so. */
function ChecklistNote({ inspection }: { inspection: Inspection }) {
  const { t, i18n } = useTranslation();
  const c = inspection.checklist;
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} data-testid="checklist-note">
      {i18n.language.startsWith('en') ? c.name.en : c.name.vi}
      {c.toVerify ? <><br />{t('inspections.checklistToVerify')}</> : null}
    </Typography.Paragraph>
  );
}

function Results({ inspection }: { inspection: Inspection }) {
  const { t, i18n } = useTranslation();
  const byCode = new Map(inspection.results.map((r) => [r.code, r]));
  return (
    <Card title={t('inspections.checklist')} style={{ marginTop: 16 }} data-testid="inspection-results">
      <ChecklistNote inspection={inspection} />
      <Typography.Text type="secondary">{t('inspections.counts', inspection.counts)}</Typography.Text>
      <List
        size="small"
        dataSource={inspection.checklist.items}
        renderItem={(item) => {
          const r = byCode.get(item.code);
          return (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                  <Typography.Text>{itemLabel(item, i18n.language)}</Typography.Text>
                  {r ? <Typography.Text type={r.result === 'fail' ? 'danger' : r.result === 'pass' ? 'success' : 'secondary'} strong>{t(`inspections.result.${r.result}`)}</Typography.Text> : null}
                </Space>
                {r?.note ? <div><Typography.Text type="secondary">{r.note}</Typography.Text></div> : null}
              </div>
            </List.Item>
          );
        }}
      />
      {inspection.findings ? <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}><Typography.Text strong>{t('inspections.findings')}: </Typography.Text>{inspection.findings}</Typography.Paragraph> : null}
    </Card>
  );
}

/** One inspection: what and when, then the record form while planned, or its results once recorded. */
export default function InspectionPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const insp = useInspection(id);
  const [dialog, setDialog] = useState<'edit' | 'cancel' | null>(null);

  useEffect(() => {
    if (insp.data) document.title = `${t('inspections.ofProduct')} ${insp.data.productName} · ${t('app.short')}`;
  }, [insp.data, t]);

  if (insp.error) return <ErrorState error={insp.error} onRetry={() => void insp.refetch()} />;
  if (!insp.data) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;
  const i = insp.data;
  return (
    <div>
      <PageHeader
        title={`${t('inspections.ofProduct')}: ${i.productName}`}
        testId="inspection-title"
        subtitle={<InspectionTag inspection={i} />}
        extra={
          <>
            {i.actions.includes('update') ? <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')} data-testid="inspection-edit">{t('inspections.edit')}</Button> : null}
            {i.actions.includes('cancel') ? <Button danger icon={<CloseCircleOutlined aria-hidden />} onClick={() => setDialog('cancel')} data-testid="inspection-cancel">{t('inspections.cancel')}</Button> : null}
          </>
        }
      />
      {dialog === 'edit' ? <EditPlanDialog inspection={i} onClose={() => setDialog(null)} /> : null}
      {dialog === 'cancel' ? <CancelDialog inspection={i} onClose={() => setDialog(null)} /> : null}
      {i.status === 'cancelled' ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="inspection-cancelled" title={t('inspections.cancelledNotice', { date: i.cancelledAt ? formatDate(todayInVietnam(new Date(i.cancelledAt))) : '', reason: i.cancelReason ?? '' })} />
      ) : null}
      {i.outcome === 'revoke' ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('certificatesPage.revokedOn', { date: formatDate(i.inspectedOn) })} /> : null}
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          items={[
            { key: 'product', label: t('certificatesPage.product'), children: <Link to={`/products/${i.productId}`}>{i.productName}</Link> },
            { key: 'entity', label: t('certificatesPage.entity'), children: i.entityName },
            { key: 'certificate', label: t('inspections.certificate'), children: <Space wrap><Link to={`/certificates/${i.certificateId}`}>{i.certificateNumber}</Link><StarBadge stars={i.stars} /></Space> },
            { key: 'unit', label: t('fields.unit'), children: i.unitName },
            { key: 'planned', label: t('inspections.plannedOn'), children: <span data-testid="inspection-planned-on">{formatDate(i.plannedOn)}</span> },
            { key: 'checklist', label: t('inspections.checklist'), children: <span data-testid="inspection-checklist">{t('inspections.checklistVersion', { rule: i.checklist.ruleVersion })}</span> },
            ...(i.inspectedOn ? [{ key: 'inspected', label: t('inspections.inspectedOn'), children: formatDate(i.inspectedOn) }] : []),
            ...(i.inspectors ? [{ key: 'inspectors', label: t('inspections.inspectors'), children: <span data-testid="inspection-inspectors">{i.inspectors}</span> }] : []),
            ...(i.planNote ? [{ key: 'note', label: t('inspections.planNote'), children: i.planNote }] : []),
          ]}
        />
      </Card>
      <Photos inspection={i} />
      {i.actions.includes('record') ? <RecordForm inspection={i} /> : i.status === 'recorded' ? <Results inspection={i} /> : null}
    </div>
  );
}
