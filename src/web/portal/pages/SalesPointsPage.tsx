import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { portal, PortalSalesPoint } from '../../../contracts/portal';
import { get } from '../api';
import { formatInt } from '../format';
import { ProvinceFilter } from '../ProvinceFilter';
import { Link, navigate, useLocation } from '../router';
import { StarBadge } from '../Stars';
import { useData } from '../useData';
import { loadProvinces } from '../vietnam-map';
import { SalesPointMap } from './SalesPointMap';

/** Where a point is, what it is and what it sells: the same block on the map's card and in the list. */
function PointDetails({ p }: { p: PortalSalesPoint }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted">
        <span className="tag">{t(`portal.salesPoints.kind.${p.kind}`)}</span> {[p.address, p.provinceName].filter(Boolean).join(' · ')}
      </p>
      {p.phone ? (
        <p className="muted">
          {t('portal.salesPoints.phone')}: <a href={`tel:${p.phone.replace(/[^0-9+]/g, '')}`}>{p.phone}</a>
        </p>
      ) : null}
      {p.latitude === null ? <p className="muted">{t('portal.salesPoints.noCoordinates')}</p> : null}
      {p.products.length ? (
        <ul className="product-refs" aria-label={t('portal.salesPoints.products')}>
          {p.products.map((r) => (
            <li key={r.id}>
              <Link href={r.pagePath} data-testid="point-product">
                {r.name}
              </Link>{' '}
              <StarBadge stars={r.stars} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('portal.salesPoints.noProducts')}</p>
      )}
    </>
  );
}

/** The sales-point map: open OCOP sales points and centres on the province map, with a list; the filters are the address. */
export default function SalesPointsPage() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const province = search.get('province') ?? undefined;
  const pointId = search.get('point') ?? undefined;
  const geo = useData('geo', loadProvinces);
  const list = useData(`points:${province ?? ''}`, (signal) => get<typeof portal.salesPoints>('/portal/sales-points', { query: { province } }, signal));
  const card = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = t('portal.salesPoints.title');
  }, [t]);

  const go = (next: { province?: string; point?: string }, replace = false) => {
    const qs = new URLSearchParams();
    if (next.province) qs.set('province', next.province);
    if (next.point) qs.set('point', next.point);
    const s = qs.toString();
    navigate(s ? `/sales-points?${s}` : '/sales-points', replace);
  };
  const options = useMemo(
    () => (geo.data?.features ?? []).map((f) => ({ code: f.properties.code, name: f.properties.name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [geo.data],
  );
  const items = list.data?.items ?? [];
  const selected = items.find((p) => p.id === pointId);
  const focus = useMemo(() => (province && /^\d{2}$/.test(province) ? [province] : []), [province]);

  const choose = (id: string) => {
    go({ province, point: id }, true);
    // the card shows under the map: bring it into view on a phone
    requestAnimationFrame(() => card.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
  };

  return (
    <section className="sales-points">
      <h1>{t('portal.salesPoints.title')}</h1>
      <p className="muted">{t('portal.salesPoints.intro')}</p>
      <div className="filters">
        <ProvinceFilter options={options} value={province} onChange={(code) => go({ province: code })} />
      </div>
      {list.data ? (
        <p className="count" data-testid="points-count" role="status">
          {t('portal.salesPoints.count', { n: formatInt(list.data.total) })}
        </p>
      ) : null}
      <div className="points-layout">
        <div className="points-map">
          {geo.data ? (
            <SalesPointMap geo={geo.data} points={items} focus={focus} selected={pointId} onSelect={choose} />
          ) : geo.error ? (
            <p role="alert">{t('portal.error')}</p>
          ) : (
            <p role="status">{t('portal.loading')}</p>
          )}
          <section ref={card} aria-live="polite" aria-label={t('portal.salesPoints.selected')}>
            {selected ? (
              <div className="point-card" data-testid="selected-point">
                <div className="point-card-head">
                  <h2>{selected.name}</h2>
                  <button type="button" className="link-button" onClick={() => go({ province }, true)}>
                    {t('portal.salesPoints.close')}
                  </button>
                </div>
                <PointDetails p={selected} />
              </div>
            ) : null}
          </section>
        </div>
        <div className="points-list">
          <h2>{t('portal.salesPoints.list')}</h2>
          {list.error ? (
            <p role="alert">
              {t('portal.error')}{' '}
              <button type="button" className="link-button" onClick={list.retry}>
                {t('portal.retry')}
              </button>
            </p>
          ) : list.loading ? (
            <p role="status">{t('portal.loading')}</p>
          ) : items.length === 0 ? (
            <p className="muted">{t('portal.salesPoints.none')}</p>
          ) : (
            <ul className="where-to-buy" data-testid="points-list">
              {items.map((p) => (
                <li key={p.id} className={p.id === pointId ? 'point-on' : undefined} data-testid="point-item">
                  <button type="button" className="point-name" aria-pressed={p.id === pointId} onClick={() => choose(p.id)}>
                    {p.name}
                  </button>
                  <PointDetails p={p} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
