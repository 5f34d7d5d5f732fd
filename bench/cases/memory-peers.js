// The same cycles for a peer (params.lib): create a chart or graph in a container, render, destroy, remove.
import { Chart, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';
import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';
import cytoscape from 'cytoscape';
import { radarData, network } from './data.js';
import { params, report, root } from './harness.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);
echarts.use([RadarChart, CanvasRenderer]);
const { scales, readings } = radarData(1);
const map = network(100);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const CYCLE = {
  chartjs: async (box) => {
    const canvas = box.appendChild(document.createElement('canvas'));
    const chart = new Chart(canvas, { type: 'radar', data: { labels: scales.map((s) => s.label), datasets: [{ data: scales.map((s) => readings[0].scores[s.id]) }] }, options: { animation: false } });
    await frame();
    chart.destroy();
  },
  echarts: async (box) => {
    box.style.height = '400px';
    const chart = echarts.init(box);
    chart.setOption({ animation: false, radar: { indicator: scales.map((s) => ({ name: s.label, max: 10 })) }, series: [{ type: 'radar', data: [{ value: scales.map((s) => readings[0].scores[s.id]) }] }] });
    await frame();
    chart.dispose();
  },
  cytoscape: async (box) => {
    box.style.height = '400px';
    const cy = cytoscape({ container: box, elements: [...map.people.map((p) => ({ data: { id: p.id } })), ...map.relationships.map((r) => ({ data: { id: r.id, source: r.from, target: r.to } }))], layout: { name: 'grid' } });
    await frame();
    cy.destroy();
  },
};
window.benchCycles = async (count) => {
  for (let i = 0; i < count; i += 1) {
    const box = root.appendChild(document.createElement('div'));
    await CYCLE[params.lib](box);
    box.remove();
  }
};
report({ painted: performance.now() });
