import { useEffect, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { MapChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import geo2025Url from '../../assets/maps/provinces-2025.geojson?url';
import geoLegacyUrl from '../../assets/maps/provinces-legacy.geojson?url';

echarts.use([MapChart, ScatterChart, GeoComponent, VisualMapComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export type MapStructure = 'current' | 'legacy';

interface Feature {
  properties: { code: string; name: string; short_name: string };
}

const SOURCES: Record<MapStructure, { name: string; url: string }> = {
  current: { name: 'vn2025', url: geo2025Url },
  legacy: { name: 'vnLegacy', url: geoLegacyUrl },
};
const loaded = new Map<MapStructure, Promise<Map<string, string>>>();

/** Fetches and registers a boundary file once; resolves to code → short name. */
function loadMap(structure: MapStructure): Promise<Map<string, string>> {
  let p = loaded.get(structure);
  if (!p) {
    const src = SOURCES[structure];
    p = fetch(src.url)
      .then((r) => {
        if (!r.ok) throw new Error(`map ${r.status}`);
        return r.json();
      })
      .then((geo: { features: Feature[] }) => {
        echarts.registerMap(src.name, geo as never);
        return new Map(geo.features.map((f) => [f.properties.code, f.properties.short_name]));
      });
    p.catch(() => loaded.delete(structure));
    loaded.set(structure, p);
  }
  return p;
}

/** Where the archipelagos' labels sit (lon, lat), per the boundary data's README. */
const ARCHIPELAGOS = [
  { key: 'reportsUi.map.hoangSa', coord: [112.0, 16.5] },
  { key: 'reportsUi.map.truongSa', coord: [114.0, 10.0] },
];

/**
 * A choropleth of Vietnam by province: `values` keyed by province code, coloured on a
 * continuous scale; a click on a province calls `onPick`. The Hoàng Sa and Trường Sa
 * archipelagos are drawn within Đà Nẵng and Khánh Hòa and labelled as such.
 */
export function VietnamMap({
  values,
  measureLabel,
  structure = 'current',
  onPick,
  height = 560,
}: {
  values: Record<string, number>;
  measureLabel: string;
  structure?: MapStructure;
  onPick?: (code: string, name: string) => void;
  height?: number;
}) {
  const { t } = useTranslation();
  const [names, setNames] = useState<Map<string, string> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setNames(null);
    loadMap(structure).then(
      (n) => live && setNames(n),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [structure]);

  if (failed) return <Typography.Text type="danger">{t('reportsUi.map.failed')}</Typography.Text>;
  if (!names) return <Skeleton active paragraph={{ rows: 8 }} />;
  const max = Math.max(1, ...Object.values(values));
  const data = [...names.keys()].map((code) => ({ name: code, value: values[code] ?? 0 }));
  const option = {
    aria: { enabled: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesType: string; name: string; value: number; data?: { label?: string } }) =>
        p.seriesType === 'map' ? `${names.get(p.name) ?? p.name}<br/>${measureLabel}: ${new Intl.NumberFormat('vi-VN').format(Number(p.value) || 0)}` : (p.data?.label ?? ''),
    },
    visualMap: { min: 0, max, left: 0, bottom: 0, calculable: true, inRange: { color: ['#f0f7f2', '#7fbf8f', '#1d6b3a'] }, itemHeight: 100 },
    geo: {
      map: SOURCES[structure].name,
      nameProperty: 'code',
      roam: true,
      // Wide enough east for both archipelagos.
      boundingCoords: [
        [101.5, 23.5],
        [117.5, 6.5],
      ],
      itemStyle: { borderColor: '#6b7f72', borderWidth: 0.5 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#f6c344' } },
    },
    series: [
      { type: 'map', geoIndex: 0, data, name: measureLabel },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 4,
        itemStyle: { color: '#b3261e' },
        // wrapped, so the labels stay inside a phone-sized map
        label: { show: true, position: 'right', formatter: '{b}', fontSize: 11, color: '#10401f', fontWeight: 'bold', width: 84, overflow: 'break' },
        silent: false,
        data: ARCHIPELAGOS.map((a) => ({ name: t(a.key), value: a.coord, label: t(a.key) })),
      },
    ],
  };
  return (
    <div>
      <div role="img" aria-label={t('reportsUi.map.aria', { measure: measureLabel })} data-chart data-testid="vietnam-map">
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          style={{ height, width: '100%' }}
          notMerge
          onChartReady={(chart: { convertToPixel: (finder: object, value: number[]) => number[] }) => {
            // Where a place (lon, lat) is drawn, for automated checks of the map (the browser journey).
            (window as unknown as { __ocopMapPoint?: (lon: number, lat: number) => number[] | null }).__ocopMapPoint = (lon, lat) => chart.convertToPixel({ geoIndex: 0 }, [lon, lat]) ?? null;
          }}
          onEvents={{
            click: (p: { seriesType: string; name: string }) => {
              if (p.seriesType === 'map' && onPick) onPick(p.name, names.get(p.name) ?? p.name);
            },
          }}
        />
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }} data-testid="map-attribution">
        {t('reportsUi.map.attribution')}{' '}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noreferrer">
          CC BY-SA 4.0
        </a>
      </Typography.Paragraph>
    </div>
  );
}
