import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInt } from '../format';
import { ArchipelagoLabels, MapAttribution, projectProvinces, type ProvincesGeoJson } from '../vietnam-map';

export type { ProvincesGeoJson } from '../vietnam-map';

const SHADES = ['#eef6f0', '#cfe8d6', '#9fd0ac', '#5fae77', '#2f8a4b', '#14522b'];

/** The 34 provinces drawn as SVG, shaded by their number of products; no map tiles. */
export function ProvinceMap({ geo, counts }: { geo: ProvincesGeoJson; counts: Map<string, { name: string; count: number }> }) {
  const { t } = useTranslation();
  const map = useMemo(() => projectProvinces(geo), [geo]);
  const max = Math.max(1, ...[...counts.values()].map((c) => c.count));
  const shade = (n: number) => (n === 0 ? '#f4f4f4' : SHADES[Math.min(SHADES.length - 1, Math.ceil((n / max) * (SHADES.length - 1)))]);
  return (
    <figure className="map">
      <svg viewBox={`0 0 ${map.width} ${map.height.toFixed(0)}`} role="img" aria-label={t('portal.stats.mapTitle')} data-testid="province-map">
        {map.provinces.map((p) => {
          const n = counts.get(p.code)?.count ?? 0;
          return (
            <path key={p.code} d={p.d} fill={shade(n)} stroke="#6b7f70" strokeWidth="0.4">
              <title>{`${p.name}: ${formatInt(n)}`}</title>
            </path>
          );
        })}
        <ArchipelagoLabels map={map} />
      </svg>
      <figcaption>
        <span className="legend" aria-hidden="true">
          {SHADES.map((c) => (
            <i key={c} style={{ background: c }} />
          ))}
        </span>{' '}
        {t('portal.stats.mapLegend')}
        <br />
        <MapAttribution />
      </figcaption>
    </figure>
  );
}
