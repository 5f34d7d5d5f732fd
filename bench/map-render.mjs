// Relationship-map timings in headless Chromium, from the built CDN bundle:
// for 1,000 and 5,000 people, time to the first picture (rings layout,
// painted), time for the force layout to settle, the longest main-thread
// task while it does (Long Tasks API, tasks over 50 ms), and frame times
// while panning and while dragging a person. Run `npm run build` first. Writes bench/map-render.json.
import { writeFileSync } from 'node:fs';
import { openBenchPage } from './page.mjs';

const page = `<!doctype html><html lang="en"><body style="width:800px"><script type="module">
import '/kith.js';
const KINDS = ['person', 'family', 'friend', 'professional', 'service', 'group', 'place', 'other'];
const TYPES = ['close', 'strong', 'normal', 'tenuous', 'stressful', 'conflicted', 'cut-off', 'abusive'];
function network(count) {
  let seed = 7;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
  const people = [{ id: 'hub', name: 'Hub', kind: 'group' }];
  for (let i = 1; i < count; i++) people.push({ id: 'p' + i, name: 'Member ' + i, kind: KINDS[Math.floor(random() * 8)], ring: 1 + Math.floor(random() * 4) });
  const relationships = [];
  for (let i = 1; i < count; i++) relationships.push({ id: 'l' + i, from: 'p' + i, to: random() < 0.3 ? 'hub' : 'p' + (1 + ((i + 1 + Math.floor(random() * (count - 2))) % (count - 1))), type: TYPES[Math.floor(random() * 8)] });
  return { people, relationships: relationships.filter((r) => r.from !== r.to) };
}
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
let longest = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); }).observe({ type: 'longtask' });
window.measure = async (count, layout) => {
  const { people, relationships } = network(count);
  const el = document.createElement('kith-relationship-map');
  el.people = people;
  el.relationships = relationships;
  el.setAttribute('focus', 'hub');
  el.setAttribute('layout', layout);
  longest = 0;
  const start = performance.now();
  document.body.append(el);
  await el.updateComplete;
  await frame();
  const firstPicture = performance.now() - start;
  while (el.shadowRoot.textContent.includes('Arranging the map')) await frame();
  const settled = performance.now() - start;
  // Pan: 60 pointer moves, one per frame, timing each frame.
  const surface = el.shadowRoot.querySelector('.surface');
  const box = surface.getBoundingClientRect();
  const at = (x, y) => ({ clientX: box.x + x, clientY: box.y + y, pointerId: 1, button: 0, bubbles: true });
  surface.dispatchEvent(new PointerEvent('pointerdown', at(5, 5)));
  const frames = [];
  for (let i = 1; i <= 60; i++) {
    const t = performance.now();
    surface.dispatchEvent(new PointerEvent('pointermove', at(5 + i * 3, 5 + i * 2)));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    frames.push(performance.now() - t);
  }
  surface.dispatchEvent(new PointerEvent('pointerup', at(185, 125)));
  const longestBeforeDrag = longest;
  // Drag: pick up a person where they are drawn and move them, one move per frame.
  const view = el.view;
  const unit = box.width / 1000;
  const person = el.placement.positions.get('p1');
  const from = { x: (view.x + person.x * view.k) * unit, y: (view.y + person.y * view.k) * unit };
  surface.dispatchEvent(new PointerEvent('pointerdown', at(from.x, from.y)));
  const dragFrames = [];
  for (let i = 1; i <= 60; i++) {
    const t = performance.now();
    surface.dispatchEvent(new PointerEvent('pointermove', at(from.x + i, from.y + i)));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    dragFrames.push(performance.now() - t);
  }
  const dragged = el.dragAt !== null;
  const longestWhileDragging = longest;
  surface.dispatchEvent(new PointerEvent('pointercancel', at(from.x + 60, from.y + 60)));
  await frame();
  el.remove();
  // Two frames per sample: halve for one frame's time.
  const p95 = (samples) => samples.sort((a, b) => a - b)[Math.floor(samples.length * 0.95)] / 2;
  return { count, layout, firstPicture, settled, longestTaskOver50: longestBeforeDrag, longestWithDrag: longestWhileDragging, longestWithDrop: longest, panFrameP95: p95(frames), dragFrameP95: dragged ? p95(dragFrames) : null };
};
window.ready = true;
</script></body></html>`;

const { tab, close } = await openBenchPage(page);
await tab.evaluate(() => window.measure(200, 'rings')); // warm-up
const results = [];
for (const [count, layout] of [[1000, 'rings'], [1000, 'force'], [5000, 'rings'], [5000, 'force']]) {
  results.push(await tab.evaluate(([c, l]) => window.measure(c, l), [count, layout]));
}
await close();
const ms = (n) => `${n.toFixed(1)} ms`;
console.log('Relationship map (built CDN bundle, headless Chromium):');
for (const r of results) {
  console.log(`  ${String(r.count).padStart(5)} people, ${r.layout.padEnd(5)}: first picture ${ms(r.firstPicture)}, settled ${ms(r.settled)}, longest task over 50 ms: ${r.longestTaskOver50 ? ms(r.longestTaskOver50) : 'none'} (${r.longestWithDrag ? ms(r.longestWithDrag) : 'none'} with drag, ${r.longestWithDrop ? ms(r.longestWithDrop) : 'none'} with drop), pan frame p95 ${ms(r.panFrameP95)}, drag frame p95 ${r.dragFrameP95 === null ? 'no drag' : ms(r.dragFrameP95)}`);
}
writeFileSync('bench/map-render.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n');
