// Radar render timings in headless Chromium, from the built CDN bundle
// (minified, Lit in production mode): first render of 10 scales x 1 reading
// to the next frame, and a one-score update to the next frame. Medians of
// repeated runs, with min-max. Run `npm run build` first. Writes bench/radar-render.json.
import { writeFileSync } from 'node:fs';
import { openBenchPage } from './page.mjs';

const RUNS = 15;
const page = `<!doctype html><html lang="en"><body><script type="module">
import { wellbeingInstrument } from '/kith.js';
const readings = [{ id: 'r', date: '2026-03-01', perspective: 'person', scores: Object.fromEntries(wellbeingInstrument.scales.map((s, i) => [s.id, (i % 10) + 1])) }];
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
window.measure = async () => {
  const el = document.createElement('kith-strengths-radar');
  el.instrument = wellbeingInstrument;
  el.readings = readings;
  el.setAttribute('editable', '');
  const start = performance.now();
  document.body.append(el);
  await el.updateComplete;
  const firstRenderWork = performance.now() - start;
  await frame();
  const firstRender = performance.now() - start;
  const handle = el.shadowRoot.querySelector('[data-handle="0"]');
  const before = performance.now();
  handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
  await el.updateComplete;
  const updateWork = performance.now() - before;
  await frame();
  const update = performance.now() - before;
  el.remove();
  return { firstRender, firstRenderWork, update, updateWork };
};
window.ready = true;
</script></body></html>`;

const { tab, close } = await openBenchPage(page);
await tab.evaluate(() => window.measure()); // warm-up: module compile, fonts
const samples = [];
for (let i = 0; i < RUNS; i += 1) samples.push(await tab.evaluate(() => window.measure()));
await close();

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: +sorted[Math.floor(sorted.length / 2)].toFixed(2), min: +sorted[0].toFixed(2), max: +sorted.at(-1).toFixed(2) };
};
const result = {
  runs: RUNS,
  firstRenderWorkMs: stats(samples.map((s) => s.firstRenderWork)),
  firstRenderToFrameMs: stats(samples.map((s) => s.firstRender)),
  oneScoreUpdateWorkMs: stats(samples.map((s) => s.updateWork)),
  oneScoreUpdateToFrameMs: stats(samples.map((s) => s.update)),
};
writeFileSync('bench/radar-render.json', JSON.stringify(result, null, 2) + '\n');
const line = (name, s) => console.log(`  ${name.padEnd(34)} median ${s.median} ms (${s.min}-${s.max})`);
console.log(`radar, 10 scales x 1 reading, editable (${RUNS} runs):`);
line('first render: script work', result.firstRenderWorkMs);
line('first render: to next frame', result.firstRenderToFrameMs);
line('one-score update: script work', result.oneScoreUpdateWorkMs);
line('one-score update: to next frame', result.oneScoreUpdateToFrameMs);
