import { useTranslation } from 'react-i18next';
import type { portal } from '../../contracts/portal';
import { apiPath } from './api';

/**
 * The province map of Viet Nam drawn as SVG from resources/maps/provinces-2025.geojson (served
 * at /api/portal/provinces.geojson): no map tiles, no library. Shared by the statistics map and
 * the sales-point map, so points are projected exactly like the province shapes.
 */

type Ring = number[][];
interface Feature {
  properties: { code: string; name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}
export interface ProvincesGeoJson {
  features: Feature[];
}

export interface ProvinceShape {
  code: string;
  name: string;
  /** SVG path data. */
  d: string;
  /** Bounding box in map units: [minX, minY, maxX, maxY]. */
  box: [number, number, number, number];
}

export interface ProjectedMap {
  width: number;
  height: number;
  provinces: ProvinceShape[];
  /** Longitude and latitude (WGS 84) to map units. */
  x(lon: number): number;
  y(lat: number): number;
}

export const MAP_WIDTH = 360;
// Plate carrée stretched by cos(16°N): close enough at Viet Nam's latitudes, and no library.
const KX = Math.cos((16 * Math.PI) / 180);

const polygonsOf = (f: Feature) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);

/** Projects the provinces into a `MAP_WIDTH`-wide frame (north up). */
export function projectProvinces(geo: ProvincesGeoJson, width = MAP_WIDTH): ProjectedMap {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const f of geo.features)
    for (const poly of polygonsOf(f))
      for (const [lon, lat] of poly[0]) {
        minX = Math.min(minX, lon * KX);
        maxX = Math.max(maxX, lon * KX);
        minY = Math.min(minY, -lat);
        maxY = Math.max(maxY, -lat);
      }
  const k = width / (maxX - minX);
  const x = (lon: number) => (lon * KX - minX) * k;
  const y = (lat: number) => (-lat - minY) * k;
  const provinces = geo.features.map((f): ProvinceShape => {
    const box: ProvinceShape['box'] = [Infinity, Infinity, -Infinity, -Infinity];
    const d = polygonsOf(f)
      .flatMap((poly) =>
        poly.map(
          (ring) =>
            `M${ring
              .map(([lon, lat]) => {
                const px = x(lon);
                const py = y(lat);
                box[0] = Math.min(box[0], px);
                box[1] = Math.min(box[1], py);
                box[2] = Math.max(box[2], px);
                box[3] = Math.max(box[3], py);
                return `${px.toFixed(2)},${py.toFixed(2)}`;
              })
              .join('L')}Z`,
        ),
      )
      .join('');
    return { code: f.properties.code, name: f.properties.name, d, box };
  });
  return { width, height: (maxY - minY) * k, provinces, x, y };
}

/** Fetches the province boundaries (cached by the browser for a day). */
export function loadProvinces(signal: AbortSignal): Promise<ProvincesGeoJson> {
  return fetch(apiPath<typeof portal.provinces>('/portal/provinces.geojson'), { signal }).then((r) => r.json() as Promise<ProvincesGeoJson>);
}

/** The Hoàng Sa and Trường Sa archipelagos, part of Viet Nam, labelled on every map. */
export function ArchipelagoLabels({ map, fontSize = 9 }: { map: ProjectedMap; fontSize?: number }) {
  const { t } = useTranslation();
  const label = (lon: number, lat: number, text: string, anchor: 'middle' | 'end') => (
    <text x={map.x(lon).toFixed(2)} y={map.y(lat).toFixed(2)} fontSize={fontSize} textAnchor={anchor} fill="#333" pointerEvents="none">
      {text}
    </text>
  );
  return (
    <>
      {label(112.0, 17.4, t('portal.stats.hoangSa'), 'middle')}
      {/* ends at the map's eastern edge so the label is never cut off */}
      {label(116.9, 12.2, t('portal.stats.truongSa'), 'end')}
    </>
  );
}

/** The boundaries' licence (CC BY-SA 4.0, resources/maps/README.md), shown under every map. */
export function MapAttribution() {
  const { t } = useTranslation();
  return (
    <small>
      {t('portal.map.attribution')}{' '}
      <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license noopener">
        CC BY-SA 4.0
      </a>
    </small>
  );
}
