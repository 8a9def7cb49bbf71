import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInt } from '../format';

type Ring = number[][];
interface Feature {
  properties: { code: string; name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}
export interface ProvincesGeoJson {
  features: Feature[];
}

const WIDTH = 360;
// Plate carrée stretched by cos(16°N): close enough at Viet Nam's latitudes, and no library.
const KX = Math.cos((16 * Math.PI) / 180);
const SHADES = ['#eef6f0', '#cfe8d6', '#9fd0ac', '#5fae77', '#2f8a4b', '#14522b'];

/** The 34 provinces drawn as SVG, shaded by their number of products; no map tiles. */
export function ProvinceMap({ geo, counts }: { geo: ProvincesGeoJson; counts: Map<string, { name: string; count: number }> }) {
  const { t } = useTranslation();
  const drawn = useMemo(() => {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    const polys = (f: Feature) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
    for (const f of geo.features)
      for (const poly of polys(f))
        for (const [lon, lat] of poly[0]) {
          minX = Math.min(minX, lon * KX);
          maxX = Math.max(maxX, lon * KX);
          minY = Math.min(minY, -lat);
          maxY = Math.max(maxY, -lat);
        }
    const k = WIDTH / (maxX - minX);
    const px = (lon: number) => ((lon * KX - minX) * k).toFixed(1);
    const py = (lat: number) => ((-lat - minY) * k).toFixed(1);
    const paths = geo.features.map((f) => ({
      code: f.properties.code,
      name: f.properties.name,
      d: polys(f)
        .flatMap((poly) => poly.map((ring) => `M${ring.map(([lon, lat]) => `${px(lon)},${py(lat)}`).join('L')}Z`))
        .join(''),
    }));
    return { paths, height: (maxY - minY) * k, px, py };
  }, [geo]);
  const max = Math.max(1, ...[...counts.values()].map((c) => c.count));
  const shade = (n: number) => (n === 0 ? '#f4f4f4' : SHADES[Math.min(SHADES.length - 1, Math.ceil((n / max) * (SHADES.length - 1)))]);
  const label = (lon: number, lat: number, text: string) => (
    <text x={drawn.px(lon)} y={drawn.py(lat)} fontSize="9" textAnchor="middle" fill="#333">
      {text}
    </text>
  );
  return (
    <figure className="map">
      <svg viewBox={`0 0 ${WIDTH} ${drawn.height.toFixed(0)}`} role="img" aria-label={t('portal.stats.mapTitle')} data-testid="province-map">
        {drawn.paths.map((p) => {
          const n = counts.get(p.code)?.count ?? 0;
          return (
            <path key={p.code} d={p.d} fill={shade(n)} stroke="#6b7f70" strokeWidth="0.4">
              <title>{`${p.name}: ${formatInt(n)}`}</title>
            </path>
          );
        })}
        {label(112.0, 17.4, t('portal.stats.hoangSa'))}
        {label(114.0, 11.0, t('portal.stats.truongSa'))}
      </svg>
      <figcaption>
        <span className="legend" aria-hidden="true">
          {SHADES.map((c) => (
            <i key={c} style={{ background: c }} />
          ))}
        </span>{' '}
        {t('portal.stats.mapLegend')}
        <br />
        <small>
          {t('portal.map.attribution')}{' '}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license noopener">
            CC BY-SA 4.0
          </a>
        </small>
      </figcaption>
    </figure>
  );
}
