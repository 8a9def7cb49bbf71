import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Only what the app draws, so the chart chunk stays small.
echarts.use([BarChart, FunnelChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export default function EChart({
  option,
  height = 300,
  ariaLabel,
}: {
  option: EChartsCoreOption;
  height?: number;
  ariaLabel: string;
}) {
  // No entry animation for people who ask for reduced motion (WCAG 2.3.3).
  const still = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  return (
    <div role="img" aria-label={ariaLabel} data-chart>
      <ReactEChartsCore
        echarts={echarts}
        option={{ aria: { enabled: true }, ...(still ? { animation: false } : {}), ...option }}
        style={{ height, width: '100%' }}
        notMerge
        lazyUpdate
      />
    </div>
  );
}
