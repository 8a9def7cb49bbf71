import { useEffect } from 'react';
import { Card, Col, Empty, Pagination, Row, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGroupLabels } from '../../api/groups';
import { useProducts } from '../../api/products';
import { useProvinces } from '../../api/units';
import { ErrorState } from '../../components/ErrorState';
import { GroupSelect } from '../../components/GroupSelect';
import { ProductCard } from '../../components/ProductCard';
import { SearchBox } from '../../components/SearchBox';
import { useListParams } from '../../components/useListParams';
import { formatInt } from '../../i18n/format';
import { searchLikeCatalogue } from '../../components/selectSearch';

const KEYS = ['q', 'province', 'group', 'stars'] as const;

/** Public catalogue of certified OCOP products: search, filters, cards. Works without a session. */
export default function CataloguePage() {
  const { t } = useTranslation();
  const { values, page, pageSize, set } = useListParams(KEYS, 24);
  const labels = useGroupLabels();
  const provinces = useProvinces();
  const list = useProducts({ ...values, page, pageSize }, { publicView: true });

  useEffect(() => {
    document.title = `${t('catalogue.title')} · ${t('app.short')}`;
  }, [t]);

  return (
    <div>
      <div style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('catalogue.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('catalogue.intro')}</Typography.Text>
      </div>
      <Card size="small" className="filters-bar">
        <Row gutter={[8, 8]}>
          <Col xs={24} lg={9}>
            <SearchBox
              id="catalogue-search"
              value={values.q}
              onCommit={(q) => set({ q })}
              placeholder={t('catalogue.searchPlaceholder')}
              ariaLabel={t('catalogue.searchLabel')}
              testId="product-search"
            />
          </Col>
          <Col xs={24} sm={8} lg={5}>
            <Select
              aria-label={t('filters.province')}
              placeholder={t('filters.province')}
              allowClear
              showSearch={searchLikeCatalogue}
              value={values.province}
              onChange={(v) => set({ province: v ?? undefined })}
              loading={provinces.isLoading}
              options={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: p.name }))}
              style={{ width: '100%' }}
              data-testid="catalogue-filter-province"
            />
          </Col>
          <Col xs={24} sm={8} lg={5}>
            <GroupSelect
              value={values.group}
              onChange={(group) => set({ group })}
              aria-label={t('fields.groupCode')}
              data-testid="catalogue-filter-group"
            />
          </Col>
          <Col xs={24} sm={8} lg={5}>
            <Select
              aria-label={t('filters.stars')}
              placeholder={t('filters.stars')}
              allowClear
              value={values.stars}
              onChange={(v) => set({ stars: v ?? undefined })}
              options={[5, 4, 3].map((n) => ({ value: String(n), label: t('stars.n', { n }) }))}
              style={{ width: '100%' }}
              data-testid="catalogue-filter-stars"
            />
          </Col>
        </Row>
      </Card>
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      <Spin spinning={list.isFetching}>
        <Typography.Paragraph type="secondary" aria-live="polite">
          {list.data ? t('catalogue.found', { n: formatInt(list.data.total) }) : '\u00a0'}
        </Typography.Paragraph>
        {list.data && list.data.items.length === 0 ? <Empty description={t('catalogue.none')} /> : null}
        <Row gutter={[12, 12]} data-testid="product-list">
          {(list.data?.items ?? []).map((p) => (
            <Col key={p.id} xs={24} sm={12} lg={8} xl={6}>
              <ProductCard product={p} groupLabel={labels.group(p.groupCode)} />
            </Col>
          ))}
        </Row>
        {list.data && list.data.total > pageSize ? (
          <Pagination
            style={{ marginTop: 16, display: 'flex', justifyContent: 'center' }}
            current={page}
            pageSize={pageSize}
            total={list.data.total}
            showSizeChanger={false}
            onChange={(p) => {
              set({ page: p });
              window.scrollTo({ top: 0 });
            }}
          />
        ) : null}
      </Spin>
    </div>
  );
}
