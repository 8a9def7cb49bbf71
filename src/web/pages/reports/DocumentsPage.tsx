import { useEffect, useState } from 'react';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Row, Segmented, Select, Space, Table, Tooltip, Upload } from 'antd';
import { DeleteOutlined, EditOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { documents, DOCUMENT_KINDS, DOCUMENT_LEVELS } from '../../../contracts/documents';
import { can, useMe } from '../../api/auth';
import { call, upload } from '../../api/call';
import { isApiError } from '../../api/client';
import { useDocuments, type ProgrammeDocument } from '../../api/reports';
import { ErrorState, useErrorMessage } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { applyServerErrors } from '../../components/formErrors';
import { formatDateVi } from '../../../domain/dates';

const FIELDS = ['number', 'issuedOn', 'unitCode', 'unitStructure', 'kind', 'title', 'summary'] as const;

function DocumentForm({ doc, onClose }: { doc: ProgrammeDocument | 'new'; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [structure, setStructure] = useState<'current' | 'legacy'>(doc === 'new' ? 'current' : doc.unitStructure);
  const save = useMutation({
    mutationFn: async (v: Record<string, unknown>) => {
      const body = {
        number: String(v.number ?? ''),
        issuedOn: v.issuedOn ? dayjs(v.issuedOn as string).format('YYYY-MM-DD') : '',
        // No unit picked: a central document.
        unitCode: String(v.unitCode || 'VN'),
        unitStructure: structure,
        kind: v.kind as (typeof DOCUMENT_KINDS)[number],
        title: String(v.title ?? ''),
        summary: (v.summary as string) || undefined,
      };
      return doc === 'new' ? call(documents.create, { body }) : call(documents.update, { params: { id: doc.id }, body: { ...body, version: doc.version } });
    },
    onSuccess: () => {
      message.success(t('reportsUi.documents.saved'));
      qc.invalidateQueries({ queryKey: ['documents'] });
      onClose();
    },
    onError: (e) => {
      if (isApiError(e) && e.errors.length) applyServerErrors(form, e.errors, FIELDS);
      message.error(errMsg(e));
    },
  });
  const initial =
    doc === 'new'
      ? { kind: 'plan' }
      : { ...doc, issuedOn: dayjs(doc.issuedOn), unitCode: doc.unitCode === 'VN' ? undefined : doc.unitCode, summary: doc.summary ?? undefined };
  return (
    <Modal open title={doc === 'new' ? t('reportsUi.documents.new') : t('reportsUi.documents.edit')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} okText={t('actions.save')} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} data-testid="document-form">
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="number" label={t('reportsUi.documents.number')} rules={[{ required: true, message: t('errors.required') }]}>
              <Input placeholder="1342/QĐ-UBND" data-testid="document-number" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="issuedOn" label={t('reportsUi.documents.issuedOn')} rules={[{ required: true, message: t('errors.required') }]}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('reportsUi.filters.structure')}>
          <Segmented
            value={structure}
            onChange={(v) => {
              setStructure(v as 'current' | 'legacy');
              form.setFieldValue('unitCode', undefined);
            }}
            options={[
              { value: 'current', label: t('reportsUi.filters.current') },
              { value: 'legacy', label: t('reportsUi.filters.legacy') },
            ]}
          />
        </Form.Item>
        <Form.Item name="unitCode" label={t('reportsUi.documents.unit')} extra={t('reportsUi.documents.unitHint')}>
          <UnitTreePicker structure={structure} aria-label={t('reportsUi.documents.unit')} />
        </Form.Item>
        <Form.Item name="kind" label={t('reportsUi.documents.kind')} rules={[{ required: true }]}>
          <Select options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`reportsUi.documents.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('reportsUi.documents.titleField')} rules={[{ required: true, message: t('errors.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="summary" label={t('reportsUi.documents.summary')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Attaches (or replaces) a document's file: the server checks its kind from its content. */
function AttachButton({ doc }: { doc: ProgrammeDocument }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const qc = useQueryClient();
  const attach = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload(documents.attachFile, { params: { id: doc.id }, query: { version: doc.version } }, form);
    },
    onSuccess: (d) => {
      message.success(t('reportsUi.documents.fileAttached', { name: d.file?.fileName ?? '' }));
      qc.invalidateQueries({ queryKey: ['documents'] });
    },
    onError: (e) => message.error(errMsg(e)),
  });
  const label = doc.file ? t('reportsUi.documents.replaceFile') : t('reportsUi.documents.attachFile');
  return (
    <Upload
      showUploadList={false}
      accept=".pdf,.docx,.jpg,.jpeg,.png"
      beforeUpload={(file) => {
        attach.mutate(file);
        return false;
      }}
    >
      <Tooltip title={`${label} — ${t('reportsUi.documents.fileHint')}`}>
        <Button size="small" icon={<PaperClipOutlined aria-hidden />} loading={attach.isPending} aria-label={label} data-testid="document-attach" />
      </Tooltip>
    </Upload>
  );
}

/** The register of programme documents and policies (plans, decisions, guidance…) by level and year. */
export default function DocumentsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const [filters, setFilters] = useState<{ q?: string; year?: number; level?: (typeof DOCUMENT_LEVELS)[number]; page: number }>({ page: 1 });
  const [editing, setEditing] = useState<ProgrammeDocument | 'new' | null>(null);
  const list = useDocuments({ ...filters, pageSize: 20 });
  useEffect(() => {
    document.title = `${t('reportsUi.documents.title')} · ${t('app.short')}`;
  }, [t]);
  const remove = useMutation({
    mutationFn: (d: ProgrammeDocument) => call(documents.remove, { params: { id: d.id }, query: { version: d.version } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['documents'] }),
    onError: (e) => message.error(errMsg(e)),
  });
  return (
    <div>
      <PageHeader
        title={t('reportsUi.documents.title')}
        subtitle={t('reportsUi.documents.subtitle')}
        testId="documents-title"
        extra={can(me, 'documents.write') ? <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} data-testid="document-new">{t('reportsUi.documents.new')}</Button> : null}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search allowClear placeholder={t('reportsUi.documents.search')} onSearch={(q) => setFilters({ ...filters, q: q || undefined, page: 1 })} style={{ width: 260, maxWidth: '100%' }} />
          <InputNumber min={2000} max={2100} placeholder={t('reportsUi.documents.year')} value={filters.year} onChange={(v) => setFilters({ ...filters, year: v ?? undefined, page: 1 })} aria-label={t('reportsUi.documents.year')} />
          <Select allowClear style={{ width: 180 }} placeholder={t('reportsUi.documents.level')} value={filters.level} onChange={(v) => setFilters({ ...filters, level: v, page: 1 })} options={DOCUMENT_LEVELS.map((l) => ({ value: l, label: t(`reportsUi.documents.levels.${l}`) }))} aria-label={t('reportsUi.documents.level')} />
        </Space>
      </Card>
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      <Table<ProgrammeDocument>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="documents-table"
        pagination={{ current: filters.page, pageSize: 20, total: list.data?.total ?? 0, onChange: (page) => setFilters({ ...filters, page }), showSizeChanger: false }}
        columns={[
          { key: 'number', title: t('reportsUi.documents.number'), dataIndex: 'number' },
          { key: 'issuedOn', title: t('reportsUi.documents.issuedOn'), dataIndex: 'issuedOn', render: (v: string) => formatDateVi(v) },
          { key: 'level', title: t('reportsUi.documents.level'), dataIndex: 'level', render: (v: string) => t(`reportsUi.documents.levels.${v}`) },
          { key: 'unit', title: t('reportsUi.documents.unit'), dataIndex: 'unitName' },
          { key: 'kind', title: t('reportsUi.documents.kind'), dataIndex: 'kind', render: (v: string) => t(`reportsUi.documents.kinds.${v}`) },
          { key: 'title', title: t('reportsUi.documents.titleField'), dataIndex: 'title', width: 320 },
          {
            key: 'file',
            title: t('reportsUi.documents.file'),
            render: (_: unknown, d) => (d.file ? <a href={d.file.url} download={d.file.fileName} data-testid="document-file">{d.file.fileName}</a> : null),
          },
          {
            key: 'actions',
            title: '',
            render: (_: unknown, d) => (
              <Space>
                {d.actions.includes('update') ? <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(d)} aria-label={t('reportsUi.documents.edit')} /> : null}
                {d.actions.includes('update') ? <AttachButton doc={d} /> : null}
                {d.actions.includes('delete') ? (
                  <Popconfirm title={t('reportsUi.documents.confirmDelete')} onConfirm={() => remove.mutate(d)}>
                    <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('actions.delete')} />
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {editing ? <DocumentForm doc={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
