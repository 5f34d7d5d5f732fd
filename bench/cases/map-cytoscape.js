// cytoscape with the cose (force-directed) or grid layout (params.layout), animation off.
import cytoscape from 'cytoscape';
import { painted, params, report, root } from './harness.js';
import { networkBeforehand } from './data.js';

const { people, relationships } = await networkBeforehand(Number(params.count));
root.style.height = '600px';
const start = performance.now();
const layoutDone = new Promise((resolve) => {
  const cy = cytoscape({
    container: root,
    elements: [...people.map((p) => ({ data: { id: p.id, label: p.name } })), ...relationships.map((r) => ({ data: { id: r.id, source: r.from, target: r.to } }))],
    style: [{ selector: 'node', style: { width: 8, height: 8, 'background-color': '#1d70b8' } }, { selector: 'edge', style: { width: 1, 'line-color': '#888' } }],
    layout: { name: params.layout, animate: false, ready: () => {}, stop: () => resolve() },
  });
  window.cy = cy;
});
await layoutDone;
await painted();
const box = root.getBoundingClientRect();
window.benchPanAt = { x: box.x + 12, y: box.y + 12 };
// cytoscape lets a node be grabbed and dragged by default.
const grabbed = window.cy.getElementById('p1').renderedPosition();
window.benchDragAt = { x: box.x + grabbed.x, y: box.y + grabbed.y };
report({ stable: performance.now() - start, painted: performance.now() });
