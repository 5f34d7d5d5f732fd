// sigma (WebGL) on graphology, laid out by ForceAtlas2 (100 iterations, settings inferred).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { painted, params, report, root } from './harness.js';
import { networkBeforehand, seeded } from './data.js';

const { people, relationships } = await networkBeforehand(Number(params.count));
root.style.height = '600px';
const random = seeded(3);
const start = performance.now();
const graph = new Graph();
for (const p of people) graph.addNode(p.id, { x: random(), y: random(), size: 3, label: p.name, color: '#1d70b8' });
for (const r of relationships) graph.addEdge(r.from, r.to);
forceAtlas2.assign(graph, { iterations: 100, settings: forceAtlas2.inferSettings(graph) });
new Sigma(graph, root);
await painted();
const box = root.getBoundingClientRect();
window.benchPanAt = { x: box.x + 12, y: box.y + 12 };
window.benchDragAt = null; // sigma drags nodes only with code of the page's own (its docs' example)
report({ stable: performance.now() - start, painted: performance.now() });
