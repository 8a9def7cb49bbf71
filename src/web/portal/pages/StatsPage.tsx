import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { portal } from '../../../contracts/portal';
import { get } from '../api';
import { formatDateTime, formatInt } from '../format';
import { useData } from '../useData';
import { loadProvinces } from '../vietnam-map';
import { ProvinceMap } from './ProvinceMap';

const STARS = [3, 4, 5];

/** Programme statistics: products by class, recognitions by year and class, products by province on the map. */
export default function StatsPage() {
  const { t } = useTranslation();
  const stats = useData('stats', (signal) => get<typeof portal.stats>('/portal/stats', {}, signal));
  const geo = useData('geo', loadProvinces);
  useEffect(() => {
    document.title = t('portal.stats.title');
  }, [t]);
  const s = stats.data;
  if (!s) return stats.error ? <p role="alert">{t('portal.error')}</p> : <p role="status">{t('portal.loading')}</p>;
  const maxStars = Math.max(1, ...s.byStars.map((b) => b.count));
  const years = [...new Set(s.byYear.map((r) => r.year))].sort();
  const cell = (year: number, stars: number) => s.byYear.find((r) => r.year === year && r.stars === stars)?.count ?? 0;
  const counts = new Map(s.byProvince.map((p) => [p.code, p]));
  return (
    <section className="stats">
      <h1>{t('portal.stats.title')}</h1>
      <p className="big" data-testid="stats-total">
        <strong>{formatInt(s.total)}</strong> {t('portal.stats.total')}
      </p>
      {s.updatedAt ? <p className="muted">{t('portal.stats.updated', { at: formatDateTime(s.updatedAt) })}</p> : null}
      <h2>{t('portal.stats.byStars')}</h2>
      <ul className="bars">
        {s.byStars.map((b) => (
          <li key={b.stars}>
            <span className="bar-label">{t('portal.stars.n', { n: b.stars })}</span>
            <span className="bar" style={{ width: `${(b.count / maxStars) * 100}%` }} />
            <span className="bar-value">{formatInt(b.count)}</span>
          </li>
        ))}
      </ul>
      <h2>{t('portal.stats.byYear')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('portal.stats.year')}</th>
              {STARS.map((n) => (
                <th scope="col" key={n}>
                  {t('portal.stars.n', { n })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y}>
                <th scope="row">{y}</th>
                {STARS.map((n) => (
                  <td key={n}>{formatInt(cell(y, n))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('portal.stats.byProvince')}</h2>
      {geo.data ? <ProvinceMap geo={geo.data} counts={counts} /> : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('portal.stats.province')}</th>
              <th scope="col">{t('portal.stats.count')}</th>
            </tr>
          </thead>
          <tbody>
            {[...s.byProvince].sort((a, b) => b.count - a.count).map((p) => (
              <tr key={p.code}>
                <th scope="row">
                  <a href={`/p?province=${p.code}`}>{p.name}</a>
                </th>
                <td>{formatInt(p.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
