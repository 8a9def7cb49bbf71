import { lazy, Suspense } from 'react';
import { Button, Card, Col, Row, Skeleton } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useReport } from '../../api/reports';
import { chartFor } from './charts';
import { valuesByProvince } from './mapData';
import { VietnamMap } from './VietnamMap';

const EChart = lazy(() => import('../../components/EChart'));
const THIS_YEAR = new Date().getFullYear();
const FROM = THIS_YEAR - 10;

/**
 * The key charts of the home dashboard for officers who may run reports: products recognised
 * by year × star for the user's own unit over ten years, and for the national level the map of
 * products by province (a click opens the province's report).
 */
export default function ReportsHomeCharts() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const stars = useReport('products-by-star', { from: FROM, to: THIS_YEAR });
  const national = stars.data?.unit.level === 'nation';
  const summary = useReport('national-summary', { from: THIS_YEAR, to: THIS_YEAR }, national);
  const chart = stars.data ? chartFor(stars.data, t) : null;
  return (
    <Row gutter={[16, 16]} data-testid="home-report-charts">
      <Col xs={24} lg={national ? 12 : 24}>
        <Card
          size="small"
          title={`${t('reportsUi.home.byStarYear')}${stars.data ? ` — ${stars.data.unit.name}` : ''}`}
          extra={
            <Link to={`/reports?code=products-by-star&from=${FROM}&to=${THIS_YEAR}`}>
              <Button size="small">{t('reportsUi.home.openReports')}</Button>
            </Link>
          }
        >
          {chart ? (
            <Suspense fallback={<Skeleton active />}>
              <EChart option={chart.option} ariaLabel={chart.aria} height={300} />
            </Suspense>
          ) : (
            <Skeleton active />
          )}
        </Card>
      </Col>
      {national ? (
        <Col xs={24} lg={12}>
          <Card size="small" title={t('reportsUi.home.map')} extra={<Link to="/reports/map"><Button size="small">{t('reportsUi.nav.map')}</Button></Link>}>
            {summary.data ? (
              <VietnamMap
                height={360}
                values={valuesByProvince(summary.data, 'products')}
                measureLabel={summary.data.columns.find((c) => c.key === 'products')?.label ?? ''}
                onPick={(code) => navigate(`/reports?code=products-by-star&unit=${code}&from=${FROM}&to=${THIS_YEAR}`)}
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
      ) : null}
    </Row>
  );
}
