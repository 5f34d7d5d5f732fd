#!/usr/bin/env node
// `npm run bench`: Kith beside the libraries a council team would otherwise
// pick, in one run on this machine. Every case page (bench/cases/) is
// bundled with the same settings (esbuild, minified, tree-shaken ESM,
// production), served on 127.0.0.1 and loaded in a fresh tab of headless
// Chromium, RUNS times interleaved (A B C A B C…), at 1× and 4× CPU
// throttling. Between rounds a fixed piece of CPU work is timed (the noise
// probe). Writes bench/results.json and bench/RESULTS.md (shown in Storybook
// → Performance).
//   KITH_BENCH_RUNS=7        samples per case (default 7)
//   KITH_BENCH_ONLY=radar    only some families (radar, banner, map, memory)
//   KITH_BENCH_THROTTLE=1,4  CPU throttling rates
//   KITH_BENCH_CASES=Kith    only the cases whose names match
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { browserBundle } from '../scripts/bundle.mjs';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../scripts/chromium.mjs';
import { network } from './cases/datasets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.KITH_BENCH_RUNS ?? 7);
const ONLY = (process.env.KITH_BENCH_ONLY ?? 'radar,banner,map,memory').split(',');
const THROTTLES = (process.env.KITH_BENCH_THROTTLE ?? '1,4').split(',').map(Number);
const CASES = process.env.KITH_BENCH_CASES ? new RegExp(process.env.KITH_BENCH_CASES) : null;
/** A case that has not reported by then is interrupted (a synchronous layout can freeze the page for minutes). */
const TIMEOUT_MS = 30_000;

const BANNER_FORM = `<kith-cookie-banner service-name="Cardiff Family Help"><form method="post" action="/cookies">
  <h2>Cookies on Cardiff Family Help</h2>
  <p>We use some essential cookies to make this service work.</p>
  <p>We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p>
  <button type="submit" name="cookies" value="accept">Accept analytics cookies</button>
  <button type="submit" name="cookies" value="reject">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a></form></kith-cookie-banner>`;
const PAGE_TEXT = '<main><h1>Cardiff Family Help</h1><p>Help for families, when you need it.</p><p>Talk to us about money, housing, school or health.</p></main>';

/**
 * Each family's cases: a case module, its parameters, the page around it
 * (the banner pages put the banner before the page's content, as GOV.UK
 * asks), and the CSS a peer needs.
 */
const FAMILIES = {
  radar: {
    sizes: [1, 50].map((readings) => ({ label: `10 scales × ${readings} reading${readings > 1 ? 's' : ''}`, params: { readings } })),
    cases: [
      { name: 'Kith', module: 'radar-kith.js', kith: true },
      { name: 'Chart.js 4', module: 'radar-chartjs.js' },
      { name: 'ECharts 6 (canvas)', module: 'radar-echarts.js', params: { renderer: 'canvas' } },
      { name: 'ECharts 6 (SVG)', module: 'radar-echarts.js', params: { renderer: 'svg' } },
    ],
    body: () => '<div id="root" style="width:800px"></div>',
    update: true,
  },
  banner: {
    sizes: [{ label: 'cookie banner', params: {} }],
    cases: [
      { name: 'Kith (enhancing its no-JS form)', module: 'banner-kith.js', kith: true, body: () => `${BANNER_FORM}${PAGE_TEXT}<div id="root"></div>` },
      { name: 'Kith (empty element)', module: 'banner-kith.js', kith: true, body: () => `<kith-cookie-banner service-name="Cardiff Family Help"></kith-cookie-banner>${PAGE_TEXT}<div id="root"></div>` },
      { name: 'vanilla-cookieconsent 3', module: 'banner-cookieconsent.js', css: ['vanilla-cookieconsent/dist/cookieconsent.css'] },
      { name: 'Klaro 0.7', module: 'banner-klaro.js', css: ['klaro/dist/klaro.min.css'] },
    ],
    body: () => `${PAGE_TEXT}<div id="root"></div>`,
  },
  map: {
    sizes: [100, 1000, 5000].map((count) => ({ label: `${count.toLocaleString('en-GB')} people`, params: { count } })),
    cases: [
      { name: 'Kith (rings)', module: 'map-kith.js', kith: true, params: { layout: 'rings' } },
      { name: 'Kith (force)', module: 'map-kith.js', kith: true, params: { layout: 'force' } },
      { name: 'd3-force (SVG)', module: 'map-d3.js', params: { renderer: 'svg' } },
      { name: 'd3-force (canvas)', module: 'map-d3.js', params: { renderer: 'canvas' } },
      { name: 'cytoscape (cose)', module: 'map-cytoscape.js', params: { layout: 'cose' } },
      { name: 'cytoscape (grid)', module: 'map-cytoscape.js', params: { layout: 'grid' } },
      { name: 'vis-network', module: 'map-vis.js' },
      { name: 'sigma + ForceAtlas2', module: 'map-sigma.js' },
    ],
    body: () => '<div id="root" style="width:800px"></div>',
    pan: true,
  },
  memory: {
    sizes: [{ label: '1,000 create → attach → render → detach cycles', params: {} }],
    cases: [
      { name: 'Kith radar', module: 'memory-kith.js', kith: true, params: { tag: 'kith-strengths-radar' } },
      { name: 'Kith map (100 people)', module: 'memory-kith.js', kith: true, params: { tag: 'kith-relationship-map' } },
      { name: 'Kith cookie banner', module: 'memory-kith.js', kith: true, params: { tag: 'kith-cookie-banner' } },
      { name: 'Chart.js 4 radar', module: 'memory-peers.js', params: { lib: 'chartjs' } },
      { name: 'ECharts 6 radar', module: 'memory-peers.js', params: { lib: 'echarts' } },
      { name: 'cytoscape (100 people)', module: 'memory-peers.js', params: { lib: 'cytoscape' } },
    ],
    body: () => '<div id="root" style="width:800px"></div>',
    cycles: 1000,
    // Heap growth is a count of bytes, not a time: throttling does not change it, and 3 samples show its spread.
    throttles: [1],
    runs: 3,
  },
};

/* ---------- bundles ---------- */
const bundles = new Map();
const FORCE_WORKER = '../../src/components/relationship-map/force-worker.ts';
async function bundleOf(module) {
  // A namespace import, not a bare one: the project's "sideEffects" list would let esbuild drop a bare import.
  if (!bundles.has(module)) bundles.set(module, Buffer.from(await browserBundle(`import * as benchCase from './bench/cases/${module}'; globalThis.benchCase = benchCase;`)));
  return bundles.get(module);
}
const cssOf = (path) => readFileSync(join(root, 'node_modules', path));
const sizeOf = (code) => ({ min: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length });

/* ---------- server ---------- */
let pages = new Map();
const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://x');
  if (url.pathname.endsWith('/force-worker.ts')) {
    // The map's force layout worker, found beside the case's bundle (as a bundler would emit it).
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(await bundleOf(FORCE_WORKER));
  } else if (url.pathname.startsWith('/case/')) {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(await bundleOf(url.pathname.slice(6)));
  } else if (url.pathname === '/data/network.json') {
    // The test network, as a page would fetch its data (made here, not in the page's main thread).
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(network(Number(url.searchParams.get('count')))));
  } else if (url.pathname.startsWith('/css/')) {
    response.writeHead(200, { 'content-type': 'text/css' }).end(cssOf(url.pathname.slice(5)));
  } else if (pages.has(url.pathname)) {
    response.writeHead(200, { 'content-type': 'text/html' }).end(pages.get(url.pathname));
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** The page's first script: every long task from document start, the library's loading and evaluation included. */
const LONG_TASKS = '<script>window.benchLongTasks = []; new PerformanceObserver((list) => window.benchLongTasks.push(...list.getEntries())).observe({ type: "longtask", buffered: true });</script>';

function pageFor(family, kase) {
  const css = (kase.css ?? []).map((path) => `<link rel="stylesheet" href="/css/${path}">`).join('');
  const body = (kase.body ?? family.body)();
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${LONG_TASKS}${css}</head><body style="margin:0">${body}<script type="module" src="/case/${kase.module}"></script></body></html>`;
}

/* ---------- one sample ---------- */
const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
// WebGL (sigma) through SwiftShader: there is no GPU here.
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader', '--js-flags=--expose-gc'] });

async function sample(family, kase, size, throttle) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const path = `/${family.key}/${kase.module}`;
  pages.set(path, pageFor(family, kase));
  const query = new URLSearchParams({ ...size.params, ...kase.params });
  let timer;
  try {
    await page.goto(`${origin}${path}?${query}`, { waitUntil: 'commit' });
    const done = page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: 0, polling: 50 });
    const outcome = await Promise.race([done.then(() => 'done'), new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)))]);
    if (outcome === 'timeout') return { interrupted: true };
    const result = await page.evaluate(() => ({ ...window.benchResult, longestTask: window.benchResult.longestTask, layoutShift: window.benchResult.layoutShift }));
    if (family.update) Object.assign(result, await page.evaluate(() => window.benchUpdate()));
    if (family.pan) {
      const { panAt, dragAt } = await page.evaluate(() => ({ panAt: window.benchPanAt, dragAt: window.benchDragAt }));
      if (panAt) Object.assign(result, framesOf('pan', await gesture(page, panAt)));
      // Dragging a person (where the library lets one be dragged without extra code).
      if (dragAt) Object.assign(result, framesOf('drag', await gesture(page, dragAt)));
    }
    if (family.pan) result.heap = await heapAfterGc(cdp);
    if (family.cycles) {
      // Ten cycles first, so one-off costs (compiled code, shared styles) are not counted as growth.
      await page.evaluate(() => window.benchCycles(10));
      const before = await heapAfterGc(cdp);
      await page.evaluate((count) => window.benchCycles(count), family.cycles);
      result.heapGrowth = (await heapAfterGc(cdp)) - before;
    }
    if (errors.length) result.errors = errors;
    return result;
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}

async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Presses at `at` and drags for 60 moves (the background pans; a person moves), timing every frame meanwhile. */
async function gesture(page, at) {
  await page.mouse.move(at.x, at.y);
  await page.evaluate(() => window.benchFrames.start());
  await page.mouse.down();
  for (let i = 1; i <= 60; i += 1) await page.mouse.move(at.x + i * 4, at.y + i * 3);
  await page.mouse.up();
  return page.evaluate(() => window.benchFrames.stop());
}

/** Frame-time measures of one gesture: `panFrameMedian`, `panFrameP95`, `panSlowFrames` (or drag…). */
function framesOf(name, frames) {
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    [`${name}FrameMedian`]: sorted[Math.floor(sorted.length / 2)] ?? null,
    [`${name}FrameP95`]: sorted[Math.floor(sorted.length * 0.95)] ?? null,
    [`${name}SlowFrames`]: frames.length ? frames.filter((f) => f > 20).length / frames.length : null,
  };
}

/** A fixed piece of CPU work, timed: how noisy the machine is right now. */
async function noiseProbe() {
  const page = await browser.newPage();
  await page.goto(`${origin}/noise`);
  const ms = await page.evaluate(() => {
    const start = performance.now();
    let x = 1;
    for (let i = 0; i < 3e7; i += 1) x = (x * 1664525 + 1013904223) % 4294967296;
    return performance.now() - start + (x < 0 ? 1 : 0);
  });
  await page.close();
  return ms;
}
pages.set('/noise', '<!doctype html><title>noise</title>');

/* ---------- the run ---------- */
const stats = (values) => {
  const list = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (list.length === 0) return null;
  const mid = Math.floor(list.length / 2);
  return { median: list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2, min: list[0], max: list.at(-1), n: list.length };
};

const started = Date.now();
const cells = [];
for (const [key, family] of Object.entries(FAMILIES).filter(([key]) => ONLY.includes(key))) {
  family.key = key;
  const cases = family.cases.filter((kase) => !CASES || CASES.test(kase.name));
  for (const size of family.sizes) {
    for (const throttle of family.throttles?.filter((rate) => THROTTLES.includes(rate)) ?? THROTTLES) {
      cells.push({ family, size, throttle, runs: Math.min(family.runs ?? RUNS, RUNS), samples: new Map(cases.map((kase) => [kase, []])) });
    }
  }
}
const METRICS = ['moduleStart', 'painted', 'renderJs', 'firstStep', 'update', 'updateJs', 'firstPicture', 'stable', 'longestTask', 'layoutShift', 'panFrameMedian', 'panFrameP95', 'panSlowFrames', 'dragFrameMedian', 'dragFrameP95', 'dragSlowFrames', 'heap', 'heapGrowth'];

/** Writes bench/results.json and bench/RESULTS.md from the samples so far (after every round, so a run stopped early still leaves its numbers). */
async function writeResults(roundsDone) {
  // Cases not run this time keep their last numbers (KITH_BENCH_ONLY and
  // KITH_BENCH_CASES run some again), marked with the run they are from.
  const resultsPath = join(root, 'bench/results.json');
  const previous = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')).cells : [];
  const sameCell = (a, b) => a.family === b.family && a.size === b.size && a.throttle === b.throttle;
  const fresh = cells.map((cell) => ({ family: cell.family.key, size: cell.size.label, throttle: cell.throttle }));
  const kept = previous.filter((old) => !fresh.some((cell) => sameCell(cell, old)));
  const earlierCases = (cell) => {
    const old = previous.find((o) => sameCell(o, { family: cell.family.key, size: cell.size.label, throttle: cell.throttle }));
    const rerun = new Set([...cell.samples.keys()].map((kase) => kase.name));
    return (old?.cases ?? []).filter((kase) => !rerun.has(kase.name)).map((kase) => ({ ...kase, earlier: kase.earlier ?? { measured: old.measured, noiseProbeMs: old.noiseProbeMs } }));
  };
  const order = (family) => (a, b) => family.cases.findIndex((k) => k.name === a.name) - family.cases.findIndex((k) => k.name === b.name);
  const results = {
    date: new Date().toISOString(),
    roundsDone,
    machine: { cores: (await import('node:os')).cpus().length, chromium: browser.version?.() ?? 'Chromium' },
    runs: RUNS,
    timeoutMs: TIMEOUT_MS,
    runsPerFamily: Object.fromEntries(Object.entries(FAMILIES).map(([key, family]) => [key, Math.min(family.runs ?? RUNS, RUNS)])),
    noiseProbeMs: stats(noise),
    cells: [...kept, ...cells.map((cell) => ({
      measured: new Date().toISOString().slice(0, 10),
      noiseProbeMs: stats(noise),
      family: cell.family.key,
      size: cell.size.label,
      throttle: cell.throttle,
      cases: [...[...cell.samples].map(([kase, samples]) => ({
        name: kase.name,
        kith: !!kase.kith,
        samples: samples.length,
        interrupted: samples.filter((s) => s.interrupted).length,
        errors: [...new Set(samples.flatMap((s) => s.errors ?? []))],
        // A banner that reported without showing anything would win every timing.
        invisible: samples.filter((s) => s.visible === false).length,
        ...Object.fromEntries(METRICS.map((metric) => [metric, stats(samples.map((s) => s[metric]))]).filter(([, value]) => value)),
      })), ...earlierCases(cell)].sort(order(cell.family)),
    }))],
    sizes: await Promise.all(
      Object.values(FAMILIES)
        .flatMap((family) => family.cases)
        .filter((kase, i, all) => all.findIndex((other) => other.module === kase.module) === i)
        .map(async (kase) => ({ case: kase.module, name: kase.name.replace(/ \(.*\)$/, ''), kith: !!kase.kith, js: sizeOf(await bundleOf(kase.module)), css: (kase.css ?? []).reduce((sum, path) => sum + gzipSync(cssOf(path), { level: 9 }).length, 0) })),
    ),
  };
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(root, 'bench/RESULTS.md'), (await import('./results-table.mjs')).resultsMarkdown(results, ...['plan-typing', 'learning-scale'].map((name) => (existsSync(join(root, `bench/${name}.json`)) ? JSON.parse(readFileSync(join(root, `bench/${name}.json`), 'utf8')) : null))));
}

const noise = [];
for (let run = 0; run < RUNS; run += 1) {
  noise.push(await noiseProbe());
  for (const cell of cells.filter((c) => run < c.runs)) {
    // Interleaved: every case once per round, in the same order.
    for (const [kase, samples] of cell.samples) {
      const interruptions = samples.filter((s) => s.interrupted).length;
      if (interruptions >= 2) continue; // twice over the limit: the rest would be too
      samples.push(await sample(cell.family, kase, cell.size, cell.throttle));
    }
  }
  await writeResults(run + 1);
  process.stdout.write(`round ${run + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}
noise.push(await noiseProbe());
await browser.close();
server.close();
await writeResults(RUNS);
console.log(`\nWrote bench/results.json and bench/RESULTS.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
