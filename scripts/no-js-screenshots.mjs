#!/usr/bin/env node
// `npm run screenshots:no-js`: photographs each page in test/no-js/ as a
// reader without JavaScript sees it (the same pages the no-js test suite
// checks), for the docs page "Without JavaScript". Writes
// stories/docs/no-js/<page>.png. Pages are served from this folder to a
// made-up origin, so no server is started.
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = join(root, 'test/no-js');
const out = join(root, 'stories/docs/no-js');
const origin = 'http://kith.example';

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 720, height: 480 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!path.startsWith('/test/no-js/')) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html', body: readFileSync(join(root, path)) });
  });
  for (const file of readdirSync(pages).filter((name) => extname(name) === '.html').sort()) {
    await page.goto(`${origin}/test/no-js/${file}`);
    const target = join(out, file.replace(/\.html$/, '.png'));
    await page.screenshot({ path: target, fullPage: true });
    console.log(`wrote ${target.slice(root.length)}`);
  }
} finally {
  await browser.close();
}
