import { useEffect, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Card, Col, Form, InputNumber, Row, Select, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReport } from '../../api/reports';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { VietnamMap } from './VietnamMap';
import { valuesByProvince } from './mapData';

const THIS_YEAR = new Date().getFullYear();

/**
 * Vietnam by province, coloured by a measure of the national summary (products by star,
 * entities, valid certificates…); a click on a province opens its products-by-star report.
 */
export default function MapPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const from = Number(params.get('from')) || THIS_YEAR;
  const to = Number(params.get('to')) || from;
  const summary = useReport('national-summary', { from, to });
  const measures = useMemo(
    () => (summary.data?.columns ?? []).filter((c) => c.kind === 'number' && c.group !== 'previous' && c.group !== 'change'),
    [summary.data],
  );
  const measure = params.get('measure') ?? (measures.find((m) => m.key === 'products') ?? measures[0])?.key;
  const set = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };
  useEffect(() => {
    document.title = `${t('reportsUi.map.title')} · ${t('app.short')}`;
  }, [t]);

  const values = valuesByProvince(summary.data, measure);
  const label = measures.find((m) => m.key === measure)?.label ?? '';
  return (
    <div>
      <PageHeader title={t('reportsUi.map.title')} subtitle={t('reportsUi.map.subtitle')} testId="map-title" />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Form layout="vertical">
            <Row gutter={[12, 0]}>
              <Col xs={24} md={12}>
                <Form.Item label={t('reportsUi.map.measure')}>
                  <Select value={measure} onChange={(v) => set({ measure: v })} options={measures.map((m) => ({ value: m.key, label: m.group ? `${m.group} · ${m.label}` : m.label }))} data-testid="map-measure" aria-label={t('reportsUi.map.measure')} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label={t('reportsUi.filters.from')}>
                  <InputNumber min={2000} max={THIS_YEAR + 1} value={from} onChange={(v) => v && set({ from: v, to: Math.max(v, to) })} style={{ width: '100%' }} aria-label={t('reportsUi.filters.from')} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label={t('reportsUi.filters.to')}>
                  <InputNumber min={2000} max={THIS_YEAR + 1} value={to} onChange={(v) => v && set({ to: v, from: Math.min(v, from) })} style={{ width: '100%' }} aria-label={t('reportsUi.filters.to')} />
                </Form.Item>
              </Col>
            </Row>
          </Form>
          <Typography.Text type="secondary">{t('reportsUi.map.hint')}</Typography.Text>
        </Card>
        {summary.isError ? <ErrorState error={summary.error} onRetry={() => summary.refetch()} /> : null}
        <Card size="small">
          {summary.data ? (
            <VietnamMap
              values={values}
              measureLabel={label}
              onPick={(code) => navigate(`/reports?code=products-by-star&unit=${code}&from=${from}&to=${to}`)}
            />
          ) : (
            <Skeleton active paragraph={{ rows: 8 }} />
          )}
        </Card>
      </Space>
    </div>
  );
}
