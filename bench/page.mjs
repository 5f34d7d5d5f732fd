// Opens a benchmark page in headless Chromium (Debian's, never downloaded):
// the page at `/` on a tiny static server on 127.0.0.1, `.js` paths from
// `files` or the built CDN bundle (with its lazy chunks), and waits until
// the page sets `window.ready`. Returns the tab and a `close()`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../scripts/chromium.mjs';

export async function openBenchPage(page, files = {}) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.endsWith('.js')) {
      const local = join('dist/cdn', normalize(path).replace(/^(\.\.[/\\])+/, ''));
      const body = files[path] ?? (existsSync(local) ? readFileSync(local) : null);
      res.writeHead(body === null ? 404 : 200, { 'content-type': 'text/javascript' });
      res.end(body ?? '');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => window.ready);
  return {
    tab,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
