#!/usr/bin/env node
// `npm run test:visual`: every story photographed in Chromium at 1200 and
// 375 CSS px wide and compared, pixel by pixel, with the baselines committed
// in test/visual/baselines/. A picture that changed fails until its baseline
// is updated in the same commit (`npm run test:visual -- --update`), so each
// visual change is seen in review. Differences are written beside a copy of
// the new picture in the scratch folder the run names.
//
// Reads the built Storybook (storybook-static/, `npm run build-storybook`),
// served on 127.0.0.1 by this script. Stories run on Kith's fixed clock (the
// preview pins it), so dates never change the pictures.
//
// Options: --update writes the new pictures as baselines; --only=<text>
// photographs the stories whose id contains it; --out=<dir> keeps the new
// pictures and differences there.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'storybook-static');
const baselines = join(root, 'test/visual/baselines');
const WIDTHS = [1200, 375];
/** A pixel counts as changed past this colour distance (pixelmatch's 0–1 scale): anti-aliasing noise stays under it. */
const PIXEL_THRESHOLD = 0.1;
/** A picture fails when more than this share of its pixels changed. */
const CHANGED_SHARE = 0.0005;
/**
 * What differs on every visit by design, covered by a box in every picture:
 * a consent receipt's number (a random id), and the fingerprint of a
 * receipt's words when those include an earlier receipt's number.
 */
const MASKED = ['.receipt-id', '.hash'];
/** A story still changing (co-editing peers syncing, drafts being kept) is photographed again until two pictures agree, this many times at most. */
const STEADY_TRIES = 6;

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
const update = args.includes('--update');
const only = option('--only');
const out = option('--out') ?? mkdtempSync(join(tmpdir(), 'kith-visual-'));
mkdirSync(out, { recursive: true });

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync(join(site, 'index.json'))) {
  console.error('No built Storybook: run `npm run build-storybook` first.');
  process.exit(1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^\/+/, '');
  const file = join(site, path || 'index.html');
  if (!file.startsWith(site) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(site, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' && (!only || entry.id.includes(only)))
  .sort((a, b) => a.id.localeCompare(b.id));

/** Waits until every Kith element on the page is drawn whole, the force layout has settled and fonts are in. */
async function settled(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const kith = () => [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('kith-'));
    const deadline = Date.now() + 15000;
    for (;;) {
      await Promise.all(kith().map((element) => element.updateComplete));
      const busy = kith().some((element) => element.shadowRoot?.querySelector('.settling'));
      if (!busy || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** A full-page picture, taken again (after a pause) until two in a row are the same. */
async function steadyPicture(page) {
  const take = () => page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide', mask: MASKED.map((selector) => page.locator(selector)) });
  let picture = await take();
  for (let tries = 1; tries < STEADY_TRIES; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settled(page);
    const again = await take();
    if (again.equals(picture)) return picture;
    picture = again;
  }
  return picture;
}

const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--font-render-hinting=none', '--force-color-profile=srgb'] });
const results = { same: 0, changed: [], added: [], updated: 0 };
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const story of stories) {
      const name = `${story.id}--${width}.png`;
      const photograph = async () => {
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
        await page.waitForSelector('#storybook-root > *, #storybook-docs > *', { state: 'attached', timeout: 15000 }).catch(() => undefined);
        await settled(page);
        return steadyPicture(page);
      };
      let picture = await photograph();
      const baseline = join(baselines, name);
      if (update) {
        mkdirSync(baselines, { recursive: true });
        writeFileSync(baseline, picture);
        results.updated += 1;
        continue;
      }
      if (!existsSync(baseline)) {
        results.added.push(name);
        writeFileSync(join(out, name), picture);
        continue;
      }
      const before = PNG.sync.read(readFileSync(baseline));
      /** How a picture differs from the baseline, or null when within tolerance (with its difference picture). */
      const differs = (shot) => {
        const after = PNG.sync.read(shot);
        if (before.width !== after.width || before.height !== after.height) return { why: `size ${before.width}×${before.height} → ${after.width}×${after.height}` };
        const diff = new PNG({ width: after.width, height: after.height });
        const changed = pixelmatch(before.data, after.data, diff.data, after.width, after.height, { threshold: PIXEL_THRESHOLD });
        return changed / (after.width * after.height) > CHANGED_SHARE ? { why: `${changed} pixels changed`, diff } : null;
      };
      // A story whose play function raced the picture is photographed again (twice at most) before it counts as changed.
      let difference = differs(picture);
      for (let retry = 0; difference && retry < 2; retry += 1) {
        picture = await photograph();
        difference = differs(picture);
      }
      if (difference) {
        results.changed.push(`${name}: ${difference.why}`);
        writeFileSync(join(out, name), picture);
        if (difference.diff) writeFileSync(join(out, name.replace(/\.png$/, '.diff.png')), PNG.sync.write(difference.diff));
      } else results.same += 1;
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

if (update) {
  // Baselines of stories that no longer exist go too (only on a full run).
  if (!only) {
    const wanted = new Set(stories.flatMap((story) => WIDTHS.map((width) => `${story.id}--${width}.png`)));
    for (const file of readdirSync(baselines)) if (!wanted.has(file)) rmSync(join(baselines, file));
  }
  console.log(`Wrote ${results.updated} baselines to test/visual/baselines/.`);
  process.exit(0);
}
for (const line of results.changed) console.log(`  ✗ changed: ${line}`);
for (const name of results.added) console.log(`  ✗ no baseline: ${name}`);
if (results.changed.length + results.added.length > 0) console.log(`New pictures and differences: ${out}\nIf the change is meant, update the baselines in the same commit: npm run test:visual -- --update`);
console.log(`visual: ${results.same} passed, ${results.changed.length + results.added.length} failed`);
process.exit(results.changed.length + results.added.length > 0 ? 1 : 0);
