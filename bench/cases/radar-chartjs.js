// Chart.js with only the radar parts registered, animation off.
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';
import { painted, params, report, root, timedUpdate } from './harness.js';
import { radarData } from './data.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);
const { scales, readings } = radarData(Number(params.readings));
const start = performance.now();
const canvas = document.createElement('canvas');
root.append(canvas);
const chart = new Chart(canvas, {
  type: 'radar',
  data: { labels: scales.map((s) => s.label), datasets: readings.map((r) => ({ label: r.date, data: scales.map((s) => r.scores[s.id]) })) },
  options: { animation: false, responsive: true, scales: { r: { min: 1, max: 10 } } },
});
const renderJs = performance.now() - start;
await painted();
const paintedAt = performance.now();

window.benchUpdate = () =>
  timedUpdate(() => {
    const data = chart.data.datasets.at(-1).data;
    data[0] = (data[0] % 10) + 1;
    chart.update('none');
  });
report({ renderJs, painted: paintedAt });
