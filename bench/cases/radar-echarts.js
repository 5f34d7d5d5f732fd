// ECharts 6 radar, tree-shaken: radar chart, legend and tooltip, canvas or SVG renderer (params.renderer).
import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { painted, params, report, root, timedUpdate } from './harness.js';
import { radarData } from './data.js';

echarts.use([RadarChart, LegendComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);
const { scales, readings } = radarData(Number(params.readings));
const start = performance.now();
root.style.height = '600px';
const chart = echarts.init(root, null, { renderer: params.renderer });
const option = () => ({
  animation: false,
  legend: { data: readings.map((r) => r.date) },
  tooltip: {},
  radar: { indicator: scales.map((s) => ({ name: s.label, min: 1, max: 10 })) },
  series: [{ type: 'radar', data: readings.map((r) => ({ name: r.date, value: scales.map((s) => r.scores[s.id]) })) }],
});
chart.setOption(option());
const renderJs = performance.now() - start;
await painted();
const paintedAt = performance.now();

window.benchUpdate = () =>
  timedUpdate(() => {
    const last = readings.length - 1;
    readings[last].scores.s0 = (readings[last].scores.s0 % 10) + 1;
    chart.setOption({ series: [{ data: readings.map((r) => ({ name: r.date, value: scales.map((s) => r.scores[s.id]) })) }] });
  });
report({ renderJs, painted: paintedAt });
