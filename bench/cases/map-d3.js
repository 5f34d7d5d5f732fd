// The d3-force baseline most teams would write: a simulation with link,
// charge and centre forces, drawn to SVG or a canvas (params.renderer),
// stable once its last picture is painted.
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import { painted, params, report, root } from './harness.js';
import { networkBeforehand } from './data.js';

const { people, relationships } = await networkBeforehand(Number(params.count));
const nodes = people.map((p) => ({ id: p.id }));
const links = relationships.map((r) => ({ source: r.from, target: r.to }));
const start = performance.now();
const W = 800;
const H = 600;
let draw;
if (params.renderer === 'canvas') {
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  root.append(canvas);
  const context = canvas.getContext('2d');
  draw = () => {
    context.clearRect(0, 0, W, H);
    context.beginPath();
    for (const l of links) {
      context.moveTo(l.source.x, l.source.y);
      context.lineTo(l.target.x, l.target.y);
    }
    context.strokeStyle = '#888';
    context.stroke();
    context.beginPath();
    for (const n of nodes) {
      context.moveTo(n.x + 4, n.y);
      context.arc(n.x, n.y, 4, 0, 2 * Math.PI);
    }
    context.fillStyle = '#1d70b8';
    context.fill();
  };
} else {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', W);
  svg.setAttribute('height', H);
  root.append(svg);
  const lines = links.map(() => svg.appendChild(document.createElementNS(ns, 'line')));
  lines.forEach((line) => line.setAttribute('stroke', '#888'));
  const circles = nodes.map(() => svg.appendChild(document.createElementNS(ns, 'circle')));
  circles.forEach((circle) => circle.setAttribute('r', 4));
  draw = () => {
    links.forEach((l, i) => {
      lines[i].setAttribute('x1', l.source.x);
      lines[i].setAttribute('y1', l.source.y);
      lines[i].setAttribute('x2', l.target.x);
      lines[i].setAttribute('y2', l.target.y);
    });
    nodes.forEach((n, i) => {
      circles[i].setAttribute('cx', n.x);
      circles[i].setAttribute('cy', n.y);
    });
  };
}
// The same tick budget and stop rule as Kith's layout (alpha decays by 0.08
// a tick until it is under 0.005: 64 ticks), ticked in a loop as
// cytoscape, vis-network and sigma compute theirs, then drawn. One tick per
// animation frame would measure the frame rate, not the layout.
const simulation = forceSimulation(nodes)
  .stop()
  .alphaDecay(0.08)
  .alphaMin(0.005)
  .force('link', forceLink(links).id((d) => d.id))
  .force('charge', forceManyBody())
  .force('center', forceCenter(W / 2, H / 2));
let ticks = 0;
while (simulation.alpha() >= simulation.alphaMin()) {
  simulation.tick();
  ticks += 1;
}
draw();
await painted();
window.benchPanAt = null; // the baseline has no pan or zoom without d3-zoom
report({ stable: performance.now() - start, painted: performance.now(), ticks });
