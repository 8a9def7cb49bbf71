import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalSalesPoint } from '../../../contracts/portal';
import { ArchipelagoLabels, MapAttribution, projectProvinces, type ProvincesGeoJson } from '../vietnam-map';

/** The smallest part of the map a province view shows (map units of the 360-wide country). */
const MIN_SPAN = 30;

/**
 * Viet Nam's provinces with the sales points as dots, projected like the shapes. With a
 * province chosen the map frames it; a dot is a button: tapping it chooses the point.
 */
export function SalesPointMap({
  geo, points, focus, selected, onSelect,
}: {
  geo: ProvincesGeoJson;
  points: PortalSalesPoint[];
  /** Province codes to frame (empty: the whole country). */
  focus: readonly string[];
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const map = useMemo(() => projectProvinces(geo), [geo]);
  const view = useMemo(() => {
    const boxes = map.provinces.filter((p) => focus.includes(p.code)).map((p) => p.box);
    if (!boxes.length) return { x: 0, y: 0, w: map.width, h: map.height };
    let [x0, y0, x1, y1] = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
    const grow = (lo: number, hi: number) => {
      const span = Math.max(hi - lo, MIN_SPAN) * 1.15;
      const mid = (lo + hi) / 2;
      return [mid - span / 2, mid + span / 2];
    };
    [x0, x1] = grow(x0, x1);
    [y0, y1] = grow(y0, y1);
    return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  }, [map, focus]);
  // Sizes in map units that look the same whatever the zoom.
  const s = view.w / map.width;
  const withProducts = new Set(points.map((p) => p.provinceCode));
  const placed = points.filter((p) => p.latitude !== null && p.longitude !== null);
  // The chosen point is drawn last, on top.
  placed.sort((a, b) => Number(a.id === selected) - Number(b.id === selected));
  const key = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };
  return (
    <figure className="map map-points">
      <svg
        viewBox={`${view.x.toFixed(2)} ${view.y.toFixed(2)} ${view.w.toFixed(2)} ${view.h.toFixed(2)}`}
        role="group"
        aria-label={t('portal.salesPoints.mapTitle')}
        data-testid="sales-point-map"
      >
        {map.provinces.map((p) => (
          <path key={p.code} d={p.d} fill={focus.includes(p.code) ? '#dff0e4' : withProducts.has(p.code) ? '#eef6f0' : '#f4f4f4'} stroke="#6b7f70" strokeWidth={0.4 * s} data-province={p.code}>
            <title>{p.name}</title>
          </path>
        ))}
        <ArchipelagoLabels map={map} fontSize={9 * s} />
        {placed.map((p) => {
          const on = p.id === selected;
          const cx = map.x(p.longitude!).toFixed(3);
          const cy = map.y(p.latitude!).toFixed(3);
          return (
            <g
              key={p.id}
              className={`dot${on ? ' dot-on' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={p.name}
              aria-pressed={on}
              onClick={() => onSelect(p.id)}
              onKeyDown={key(p.id)}
              data-testid="map-point"
              data-id={p.id}
            >
              <title>{p.name}</title>
              {/* a larger invisible target for a finger */}
              <circle cx={cx} cy={cy} r={11 * s} fill="transparent" />
              <circle cx={cx} cy={cy} r={(on ? 6.5 : 4.5) * s} fill={p.kind === 'centre' ? '#b45309' : '#1d6b3a'} stroke={on ? '#f5c542' : '#fff'} strokeWidth={(on ? 2 : 1.2) * s} />
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="legend-dot" aria-hidden="true" style={{ background: '#1d6b3a' }} /> {t('portal.salesPoints.legendPoint')}{' '}
        <span className="legend-dot" aria-hidden="true" style={{ background: '#b45309' }} /> {t('portal.salesPoints.legendCentre')}
        <br />
        <MapAttribution />
      </figcaption>
    </figure>
  );
}
