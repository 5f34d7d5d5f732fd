// vis-network with its default physics, stable when stabilisation is done.
import { DataSet } from 'vis-data';
import { Network } from 'vis-network';
import { painted, params, report, root } from './harness.js';
import { networkBeforehand } from './data.js';

const { people, relationships } = await networkBeforehand(Number(params.count));
root.style.height = '600px';
const start = performance.now();
const net = new Network(
  root,
  { nodes: new DataSet(people.map((p) => ({ id: p.id, label: p.name }))), edges: new DataSet(relationships.map((r) => ({ id: r.id, from: r.from, to: r.to }))) },
  { physics: { stabilization: { iterations: 1000 } } },
);
await new Promise((resolve) => net.once('stabilizationIterationsDone', resolve));
await painted();
const box = root.getBoundingClientRect();
window.benchPanAt = { x: box.x + 12, y: box.y + 12 };
// vis-network lets a node be dragged by default.
const grabbed = net.canvasToDOM(net.getPosition('p1'));
window.benchDragAt = { x: box.x + grabbed.x, y: box.y + grabbed.y };
report({ stable: performance.now() - start, painted: performance.now() });
