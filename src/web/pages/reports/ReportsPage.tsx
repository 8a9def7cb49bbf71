import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Form, InputNumber, Row, Segmented, Select, Skeleton, Space, Typography } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { useProducts } from '../../api/products';
import { downloadReport, useReport, useReportList, type ReportArgs } from '../../api/reports';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreePicker } from '../../components/UnitTreePicker';
import { ExportMenu, type ExportFormat } from './ExportMenu';
import { ReportTable } from './ReportTable';
import { chartFor } from './charts';
import { AnnualReportButton } from './AnnualReportButton';
import { exportsInBackground } from './exportMode';
import type { ReportExportRequest } from '../../api/report-exports';

const EChart = lazy(() => import('../../components/EChart'));

const FILE_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'docx', 'pdf'];
const THIS_YEAR = new Date().getFullYear();

/** The report's `unit` parameter from the picker's structure and code (see contracts/reports.ts). */
export function unitParam(structure: 'current' | 'legacy', code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === 'VN' || structure === 'current' || code.length === 3) return code;
  return `legacy:${code}`;
}

function ProductPicker({ value, onChange }: { value?: string; onChange: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const list = useProducts({ q: q.trim() || undefined, pageSize: 20 });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      placeholder={t('reportsUi.filters.product')}
      aria-label={t('reportsUi.filters.product')}
      data-testid="report-product"
      options={(list.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} — ${p.entityName}` }))}
      style={{ width: '100%' }}
    />
  );
}

export default function ReportsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const list = useReportList();
  const code = params.get('code') ?? undefined;
  const structure = (params.get('structure') === 'legacy' ? 'legacy' : 'current') as 'current' | 'legacy';
  const unitCode = params.get('unit') ?? undefined;
  const from = Number(params.get('from')) || THIS_YEAR;
  const to = Number(params.get('to')) || from;
  const product = params.get('product') ?? undefined;

  const set = (patch: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  useEffect(() => {
    document.title = `${t('reportsUi.title')} · ${t('app.short')}`;
  }, [t]);

  // Start on the first report the user may run.
  useEffect(() => {
    if (!code && list.data?.items.length) set({ code: list.data.items[0].code });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, list.data]);

  const info = list.data?.items.find((r) => r.code === code);
  const takes = (p: string) => info?.parameters.some((x) => x.name === p) ?? false;
  const query: ReportArgs = useMemo(
    () => ({
      unit: takes('unit') ? unitParam(structure, unitCode) : undefined,
      from,
      to,
      product: takes('product') ? product : undefined,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [info, structure, unitCode, from, to, product],
  );
  const needsProduct = code === 'product-growth' && !product;
  const report = useReport(code, query, !!info && !needsProduct && from <= to);
  const r = report.data;
  const chart = r ? chartFor(r, t) : null;
  const formats = FILE_FORMATS.filter((f) => info?.formats.includes(f));

  if (!me) return null;
  return (
    <div>
      <PageHeader title={t('reportsUi.title')} subtitle={t('reportsUi.subtitle')} testId="reports-title" />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Form layout="vertical">
            <Row gutter={[12, 0]}>
              <Col xs={24} md={12} lg={8}>
                <Form.Item label={t('reportsUi.filters.report')}>
                  <Select
                    value={code}
                    loading={list.isLoading}
                    onChange={(v) => set({ code: v })}
                    options={(list.data?.items ?? []).map((x) => ({ value: x.code, label: x.title }))}
                    data-testid="report-code"
                    aria-label={t('reportsUi.filters.report')}
                  />
                </Form.Item>
              </Col>
              {takes('unit') ? (
                <Col xs={24} md={12} lg={8}>
                  <Form.Item label={t('reportsUi.filters.unit')}>
                    <Space.Compact style={{ width: '100%' }}>
                      <UnitTreePicker
                        structure={structure}
                        value={unitCode === 'VN' ? undefined : unitCode}
                        onChange={(c) => set({ unit: c })}
                        placeholder={unitCode === 'VN' ? t('reportsUi.filters.nation') : t('reportsUi.filters.myUnit')}
                        aria-label={t('reportsUi.filters.unit')}
                        data-testid="report-unit"
                      />
                      <Button icon={<GlobalOutlined aria-hidden />} onClick={() => set({ unit: 'VN' })} aria-label={t('reportsUi.filters.nation')} title={t('reportsUi.filters.nation')} />
                    </Space.Compact>
                  </Form.Item>
                </Col>
              ) : null}
              {takes('unit') ? (
                <Col xs={24} md={12} lg={8}>
                  <Form.Item label={t('reportsUi.filters.structure')}>
                    <Segmented
                      value={structure}
                      onChange={(v) => set({ structure: v === 'legacy' ? 'legacy' : undefined, unit: undefined })}
                      options={[
                        { value: 'current', label: t('reportsUi.filters.current') },
                        { value: 'legacy', label: t('reportsUi.filters.legacy') },
                      ]}
                    />
                  </Form.Item>
                </Col>
              ) : null}
              {takes('product') ? (
                <Col xs={24} md={12} lg={8}>
                  <Form.Item label={t('reportsUi.filters.product')}>
                    <ProductPicker value={product} onChange={(v) => set({ product: v })} />
                  </Form.Item>
                </Col>
              ) : null}
              <Col xs={12} md={6} lg={4}>
                <Form.Item label={t('reportsUi.filters.from')}>
                  <InputNumber min={2000} max={THIS_YEAR + 1} value={from} onChange={(v) => v && set({ from: v, to: Math.max(v, to) })} style={{ width: '100%' }} data-testid="report-from" aria-label={t('reportsUi.filters.from')} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6} lg={4}>
                <Form.Item label={t('reportsUi.filters.to')}>
                  <InputNumber min={2000} max={THIS_YEAR + 1} value={to} onChange={(v) => v && set({ to: v, from: Math.min(v, from) })} style={{ width: '100%' }} data-testid="report-to" aria-label={t('reportsUi.filters.to')} />
                </Form.Item>
              </Col>
            </Row>
          </Form>
          {info ? <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{info.description}</Typography.Paragraph> : null}
        </Card>

        {needsProduct ? <Alert type="info" showIcon title={t('reportsUi.pickProduct')} /> : null}
        {report.isError ? <ErrorState error={report.error} onRetry={() => report.refetch()} /> : null}
        {report.isLoading ? <Skeleton active /> : null}

        {r && code ? (
          <>
            <Card
              size="small"
              title={
                <span data-testid="report-heading">
                  {r.title} — {r.unit.name}, {r.from === r.to ? r.from : `${r.from}–${r.to}`}
                </span>
              }
              extra={r.certifiedOnly ? <Typography.Text type="secondary">{t('reportsUi.certifiedOnly')}</Typography.Text> : null}
            >
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                <ExportMenu
                  formats={formats}
                  run={(f, onProgress) => downloadReport(code, query, f, onProgress)}
                  background={(f) => (exportsInBackground(f, { code, unit: r.unit, from: r.from, to: r.to }) ? { code: code as ReportExportRequest['code'], format: f, ...query } : null)}
                />
                {r.unit.level === 'province' && r.from === r.to ? <AnnualReportButton unit={r.unit.code} year={r.from} /> : null}
                {chart ? (
                  <Suspense fallback={<Skeleton active />}>
                    <div data-testid="report-chart">
                      <EChart option={chart.option} ariaLabel={chart.aria} height={chart.height ?? 340} />
                    </div>
                  </Suspense>
                ) : null}
                <ReportTable columns={r.columns} rows={r.rows} totals={r.totals} testId="report-table" />
                {r.tables.map((tb) => (
                  <ReportTable key={tb.key} caption={tb.title} columns={tb.columns} rows={tb.rows} totals={tb.totals} testId={`report-table-${tb.key}`} />
                ))}
                {r.notes.length ? (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="report-notes">
                    {r.notes.map((n) => (
                      <li key={n}>
                        <Typography.Text type="secondary">{n}</Typography.Text>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {r.comparison ? (
                  <Typography.Text type="secondary">{t('reportsUi.comparison', { period: r.comparison.from === r.comparison.to ? r.comparison.from : `${r.comparison.from}–${r.comparison.to}` })}</Typography.Text>
                ) : null}
              </Space>
            </Card>
          </>
        ) : null}
      </Space>
    </div>
  );
}
