import { lazy, Suspense, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Modal, Popconfirm, Row, Skeleton, Space, Table, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useDeleteFigure, useProductFigures, useSaveFigure } from '../../api/products';
import type { Figure } from '../../api/types';
import { useErrorMessage } from '../../components/ErrorState';
import { applyServerErrors } from '../../components/formErrors';
import { cleanNumber, cleanText } from '../../components/formUtils';
import { todayInVietnam } from '../../../domain/dates';
import { formatInt, formatMillionVnd, formatMillions, formatNumber, inputNumberFormat } from '../../i18n/format';

const EChart = lazy(() => import('../../components/EChart'));

const FIELDS = ['year', 'revenueVnd', 'costVnd', 'profitVnd', 'output', 'outputUnit', 'employees'] as const;
type FormValues = Partial<Record<(typeof FIELDS)[number], unknown>>;

/** The form takes amounts in millions of đồng, as the table and the documents show them. */
const MILLION = 1_000_000;
const toMillions = (vnd: number | null | undefined) => (vnd === null || vnd === undefined ? undefined : vnd / MILLION);
const fromMillions = (m: number | null) => (m === null ? null : Math.round(m * MILLION));

function FigureModal({
  productId,
  figure,
  existingYears,
  onClose,
}: {
  productId: string;
  figure: Figure | 'new';
  existingYears: number[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveFigure(productId);
  const [error, setError] = useState<string | null>(null);
  const isNew = figure === 'new';
  const fmt = useMemo(() => inputNumberFormat(), [i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const money = {
    formatter: fmt.formatter,
    parser: (s: string | undefined) => {
      const raw = fmt.parser(s);
      return (raw === '' ? null : Number(raw)) as number;
    },
  };
  const mil = t('figures.millionShort');

  const onFinish = (v: FormValues) => {
    setError(null);
    const profit = fromMillions(cleanNumber(v.profitVnd));
    save.mutate(
      {
        year: Number(v.year),
        revenueVnd: fromMillions(cleanNumber(v.revenueVnd)) ?? 0,
        costVnd: fromMillions(cleanNumber(v.costVnd)) ?? 0,
        // Empty: the server computes revenue − cost.
        ...(profit === null ? {} : { profitVnd: profit }),
        output: cleanNumber(v.output),
        outputUnit: cleanText(v.outputUnit),
        employees: cleanNumber(v.employees),
      },
      {
        onSuccess: () => {
          message.success(t('form.saved'));
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.errors.length) {
            const rest = applyServerErrors(form, e.errors, FIELDS);
            if (rest.length) setError(rest.map((r) => r.message).join(' '));
          } else setError(errMsg(e));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={isNew ? t('figures.add') : t('figures.editYear', { year: figure.year })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('actions.save')}
      cancelText={t('actions.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          isNew
            ? { year: thisYear - 1 }
            : { ...figure, revenueVnd: toMillions(figure.revenueVnd), costVnd: toMillions(figure.costVnd), profitVnd: toMillions(figure.profitVnd) }
        }
        onValuesChange={(changed, all) => {
          // Suggest profit = revenue − cost while the user has not typed a profit.
          if (('revenueVnd' in changed || 'costVnd' in changed) && !form.isFieldTouched('profitVnd')) {
            const r = cleanNumber(all.revenueVnd);
            const c = cleanNumber(all.costVnd);
            if (r !== null && c !== null) form.setFieldValue('profitVnd', r - c);
          }
        }}
      >
        <Typography.Paragraph type="secondary" data-testid="figure-unit-note">{t('figures.amountsInMillions')}</Typography.Paragraph>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="year"
              label={t('fields.year')}
              rules={[
                { required: true, message: t('form.required') },
                {
                  validator: (_, v) =>
                    isNew && existingYears.includes(Number(v)) ? Promise.reject(new Error(t('figures.yearExists'))) : Promise.resolve(),
                },
              ]}
            >
              <InputNumber min={2000} max={thisYear} precision={0} disabled={!isNew} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="revenueVnd" label={`${t('fields.revenueVnd')} (${mil})`} rules={[{ required: true, message: t('form.required') }]}>
              <InputNumber<number> min={0} precision={3} style={{ width: '100%' }} {...money} data-testid="figure-revenueVnd" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="costVnd" label={`${t('fields.costVnd')} (${mil})`} rules={[{ required: true, message: t('form.required') }]}>
              <InputNumber<number> min={0} precision={3} style={{ width: '100%' }} {...money} data-testid="figure-costVnd" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="profitVnd" label={`${t('fields.profitVnd')} (${mil})`} extra={t('figures.profitComputed')}>
              <InputNumber<number> precision={3} style={{ width: '100%' }} {...money} data-testid="figure-profitVnd" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="output" label={t('fields.output')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="outputUnit" label={t('fields.outputUnit')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="employees" label={t('fields.employees')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

/** Yearly business figures: table, revenue/cost/profit chart, and editing for those allowed. */
export function FiguresSection({ productId, canEdit, enabled }: { productId: string; canEdit: boolean; enabled: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errMsg = useErrorMessage();
  const figures = useProductFigures(productId, enabled);
  const del = useDeleteFigure(productId);
  const [editing, setEditing] = useState<Figure | 'new' | null>(null);
  const rows = useMemo(() => [...(figures.data?.items ?? [])].sort((a, b) => a.year - b.year), [figures.data]);

  if (!enabled) return null;
  if (figures.isError) {
    // The public may not see business figures: hide the section quietly.
    if (figures.error instanceof ApiError && [401, 403, 404].includes(figures.error.status)) return null;
    return <Alert type="error" showIcon title={errMsg(figures.error)} />;
  }

  const mil = t('figures.millionShort');
  return (
    <Card
      title={t('figures.title')}
      size="small"
      extra={
        canEdit ? (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} data-testid="figure-add">
            {t('figures.add')}
          </Button>
        ) : null
      }
    >
      {figures.isLoading ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Typography.Text type="secondary">{t('figures.none')}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Suspense fallback={<Skeleton active />}>
            <EChart
              ariaLabel={t('figures.chartAria', {
                list: rows.map((r) => `${r.year}: ${formatMillionVnd(r.revenueVnd)}`).join('; '),
              })}
              height={300}
              option={{
                tooltip: {
                  trigger: 'axis',
                  valueFormatter: (v: unknown) => formatMillionVnd(Number(v) * 1_000_000),
                },
                legend: { bottom: 0 },
                grid: { left: 8, right: 8, top: 36, bottom: 40, containLabel: true },
                xAxis: { type: 'category', data: rows.map((r) => String(r.year)) },
                yAxis: [
                  {
                    type: 'value',
                    name: `${t('figures.revenueCost')} (${mil})`,
                    nameTextStyle: { align: 'left' },
                    axisLabel: { formatter: (v: number) => formatNumber(v, 0) },
                  },
                  {
                    type: 'value',
                    name: `${t('fields.profitVnd')} (${mil})`,
                    nameTextStyle: { align: 'right' },
                    splitLine: { show: false },
                    axisLabel: { formatter: (v: number) => formatNumber(v, 0) },
                  },
                ],
                series: [
                  { name: t('fields.revenueVnd'), type: 'bar', data: rows.map((r) => r.revenueVnd / 1e6), itemStyle: { color: '#1d6b3a' } },
                  { name: t('fields.costVnd'), type: 'bar', data: rows.map((r) => r.costVnd / 1e6), itemStyle: { color: '#d48806' } },
                  {
                    name: t('fields.profitVnd'),
                    type: 'line',
                    yAxisIndex: 1,
                    data: rows.map((r) => r.profitVnd / 1e6),
                    itemStyle: { color: '#1677ff' },
                    symbolSize: 8,
                  },
                ],
              }}
            />
          </Suspense>
          <Table<Figure>
            size="small"
            rowKey="year"
            pagination={false}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            data-testid="figures-table"
            columns={[
              { title: t('fields.year'), dataIndex: 'year', fixed: 'left' },
              { title: `${t('fields.revenueVnd')} (${mil})`, dataIndex: 'revenueVnd', align: 'right', render: (v: number) => formatMillions(v) },
              { title: `${t('fields.costVnd')} (${mil})`, dataIndex: 'costVnd', align: 'right', render: (v: number) => formatMillions(v) },
              { title: `${t('fields.profitVnd')} (${mil})`, dataIndex: 'profitVnd', align: 'right', render: (v: number) => formatMillions(v) },
              {
                title: t('fields.output'),
                dataIndex: 'output',
                align: 'right',
                render: (v: number | null, r) => (v == null ? '—' : `${formatInt(v)} ${r.outputUnit ?? ''}`.trim()),
              },
              { title: t('fields.employees'), dataIndex: 'employees', align: 'right', render: (v: number | null) => (v == null ? '—' : formatInt(v)) },
              ...(canEdit
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      render: (_: unknown, r: Figure) => (
                        <Space size={4}>
                          <Button
                            size="small"
                            type="text"
                            icon={<EditOutlined aria-hidden />}
                            aria-label={t('figures.editYear', { year: r.year })}
                            onClick={() => setEditing(r)}
                          />
                          <Popconfirm
                            title={t('figures.deleteConfirm', { year: r.year })}
                            okText={t('actions.delete')}
                            cancelText={t('actions.cancel')}
                            okButtonProps={{ danger: true }}
                            onConfirm={() =>
                              del.mutateAsync(r.year).then(
                                () => message.success(t('figures.deleted')),
                                (e) => message.error(errMsg(e)),
                              )
                            }
                          >
                            <Button
                              size="small"
                              type="text"
                              danger
                              icon={<DeleteOutlined aria-hidden />}
                              aria-label={t('figures.deleteYear', { year: r.year })}
                            />
                          </Popconfirm>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Space>
      )}
      {editing ? (
        <FigureModal
          productId={productId}
          figure={editing}
          existingYears={rows.map((r) => r.year)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}
