import { lazy, Suspense, useEffect } from 'react';
import { Button, Card, Col, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import {
  ApartmentOutlined,
  AppstoreOutlined,
  BankOutlined,
  PlusOutlined,
  ShopOutlined,
  StarFilled,
  TeamOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../api/auth';
import { useDashboard } from '../../api/dashboard';
import { useGroupLabels } from '../../api/groups';
import type { Me } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { formatInt } from '../../i18n/format';
import { CycleHomeWidget } from '../../components/cycle/CycleHomeWidget';

const EChart = lazy(() => import('../../components/EChart'));
const ReportsHomeCharts = lazy(() => import('../reports/HomeCharts'));

const STAR_KEYS = ['5', '4', '3', '2', '1', 'unrated'] as const;
const STAR_COLORS: Record<string, string> = {
  '5': '#ad6800',
  '4': '#d48806',
  '3': '#faad14',
  '2': '#ffd666',
  '1': '#fff1b8',
  unrated: '#bfbfbf',
};

function QuickLinks({ me }: { me: Me }) {
  const { t } = useTranslation();
  const links: { to: string; label: string; icon: React.ReactNode; primary?: boolean }[] = [];
  const canCreateEntity = can(me, 'entities.create');
  const canCreateProduct = can(me, 'products.create');
  if (me.entityId) {
    links.push({ to: `/entities/${me.entityId}`, label: t('home.links.myEntity'), icon: <BankOutlined />, primary: true });
  }
  if (canCreateProduct) links.push({ to: '/products/new', label: t('home.links.newProduct'), icon: <PlusOutlined /> });
  if (canCreateEntity) links.push({ to: '/entities/new', label: t('home.links.newEntity'), icon: <PlusOutlined /> });
  links.push({ to: '/products', label: t('home.links.products'), icon: <AppstoreOutlined /> });
  if (can(me, 'entities.read')) links.push({ to: '/entities', label: t('home.links.entities'), icon: <BankOutlined /> });
  links.push({ to: '/units', label: t('home.links.units'), icon: <ApartmentOutlined /> });
  links.push({ to: '/catalogue', label: t('home.links.catalogue'), icon: <ShopOutlined /> });
  if (can(me, 'users.manage')) links.push({ to: '/admin/users', label: t('home.links.users'), icon: <TeamOutlined /> });
  return (
    <Card title={t('home.quickLinks')} size="small">
      <Space wrap>
        {links.map((l) => (
          <Link key={l.to} to={l.to}>
            <Button type={l.primary ? 'primary' : 'default'} icon={l.icon}>
              {l.label}
            </Button>
          </Link>
        ))}
      </Space>
    </Card>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const dash = useDashboard();
  const groups = useGroupLabels();

  useEffect(() => {
    document.title = `${t('home.title')} · ${t('app.short')}`;
  }, [t]);

  if (!me) return null;
  const d = dash.data;
  const byStars = d?.productsByStars;
  const certified = byStars ? (['1', '2', '3', '4', '5'] as const).reduce((s, k) => s + (byStars[k] ?? 0), 0) : 0;
  const fourPlus = byStars ? (byStars['4'] ?? 0) + (byStars['5'] ?? 0) : 0;

  const scope = d?.scope?.unitName
    ? t('home.scopeUnit', { unit: d.scope.unitName })
    : t('home.scopeNation');

  const starLabel = (k: string) => (k === 'unrated' ? t('stars.unrated') : t('stars.n', { n: Number(k) }));

  return (
    <div>
      <PageHeader title={t('home.greeting', { name: me.displayName })} subtitle={`${t(`roles.${me.role}`)} · ${scope}`} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <QuickLinks me={me} />
        <CycleHomeWidget me={me} />
        {can(me, 'reports.read') ? (
          <Suspense fallback={<Skeleton active />}>
            <ReportsHomeCharts />
          </Suspense>
        ) : null}
        {dash.isError ? <ErrorState error={dash.error} onRetry={() => dash.refetch()} /> : null}
        <Row gutter={[16, 16]}>
          {[
            { key: 'entities', label: t('home.cards.entities'), value: d?.entities, icon: <BankOutlined aria-hidden /> },
            { key: 'products', label: t('home.cards.products'), value: d?.products, icon: <AppstoreOutlined aria-hidden /> },
            { key: 'certified', label: t('home.cards.certified'), value: d ? certified : undefined, icon: <StarFilled aria-hidden /> },
            { key: 'fourPlus', label: t('home.cards.fourPlus'), value: d ? fourPlus : undefined, icon: <StarFilled aria-hidden /> },
          ].map((c) => (
            <Col xs={12} md={6} key={c.key}>
              <Card size="small" data-testid={`dash-${c.key}`}>
                <Skeleton loading={dash.isLoading} active paragraph={false}>
                  <Statistic
                    title={c.label}
                    value={c.value ?? 0}
                    prefix={c.icon}
                    formatter={(v) => formatInt(Number(v))}
                  />
                </Skeleton>
              </Card>
            </Col>
          ))}
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('home.byStars')} size="small">
              {d ? (
                <Suspense fallback={<Skeleton active />}>
                  <EChart
                    ariaLabel={t('home.byStarsAria', {
                      list: STAR_KEYS.map((k) => `${starLabel(k)}: ${formatInt(d.productsByStars[k] ?? 0)}`).join('; '),
                    })}
                    height={300}
                    option={{
                      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
                      legend: { bottom: 0, type: 'scroll' },
                      series: [
                        {
                          type: 'pie',
                          radius: ['35%', '62%'],
                          center: ['50%', '45%'],
                          avoidLabelOverlap: true,
                          label: { formatter: '{b}: {c}' },
                          labelLine: { length: 12, length2: 8 },
                          data: STAR_KEYS.map((k) => ({
                            name: starLabel(k),
                            value: d.productsByStars[k] ?? 0,
                            itemStyle: { color: STAR_COLORS[k] },
                          })).filter((x) => x.value > 0),
                        },
                      ],
                    }}
                  />
                </Suspense>
              ) : (
                <Skeleton active />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('home.byGroup')} size="small">
              {d ? (
                <Suspense fallback={<Skeleton active />}>
                  <EChart
                    ariaLabel={t('home.byGroupAria')}
                    height={300}
                    option={{
                      tooltip: { trigger: 'axis' },
                      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
                      xAxis: { type: 'value', minInterval: 1 },
                      yAxis: {
                        type: 'category',
                        inverse: true,
                        data: d.productsByGroup.map((g) => groups.group(g.code)),
                        axisLabel: { width: 140, overflow: 'truncate' },
                      },
                      series: [
                        {
                          type: 'bar',
                          name: t('home.cards.products'),
                          data: d.productsByGroup.map((g) => g.count),
                          itemStyle: { color: '#1d6b3a' },
                          barMaxWidth: 28,
                          label: { show: true, position: 'right' },
                        },
                      ],
                    }}
                  />
                </Suspense>
              ) : (
                <Skeleton active />
              )}
            </Card>
          </Col>
        </Row>
        <Card title={t('home.byType')} size="small">
          <Table
            size="small"
            pagination={false}
            loading={dash.isLoading}
            rowKey="type"
            dataSource={d?.entitiesByType ?? []}
            columns={[
              {
                title: t('fields.type'),
                dataIndex: 'type',
                render: (v: string) => (
                  <Link to={`/entities?type=${encodeURIComponent(v)}`}>{t(`entityTypes.${v}`, { defaultValue: v })}</Link>
                ),
              },
              { title: t('home.count'), dataIndex: 'count', align: 'right', render: (v: number) => formatInt(v) },
            ]}
          />
        </Card>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('home.note')}
        </Typography.Paragraph>
      </Space>
    </div>
  );
}
