// Unit and component tests in real headless Chromium (Debian's, never downloaded).
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { renderSsrCases } from './scripts/ssr.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}

/** `import css from './x.css?inline'` as Vite does it: the file's text as a module. */
const cssInline = {
  name: 'kith-css-inline',
  async serve(context) {
    if (context.path.endsWith('.css') && ('inline' in context.query || 'raw' in context.query)) {
      const text = await readFile(join(root, context.path), 'utf8');
      return { body: `export default ${JSON.stringify(text)};`, type: 'js' };
    }
  },
};

/**
 * The raw text of every src file (the dev server would serve .ts already
 * transpiled, without comments), so static checks on strings, tokens and
 * JSDoc run in the browser beside the rest.
 */
const sourceList = {
  name: 'kith-source-list',
  async serve(context) {
    if (context.path === '/__kith/sources.json') {
      const files = await listFiles(join(root, 'src'));
      const sources = await Promise.all(
        files.map(async (file) => ({ path: '/' + relative(root, file), text: await readFile(file, 'utf8') })),
      );
      return { body: JSON.stringify(sources), type: 'json' };
    }
  },
};

/**
 * `executeServerCommand('kith-no-js', {page, element, check?, fill?, click?, route?})`:
 * opens one of the pages in test/no-js/ (served as it would be, from this
 * server) in a fresh page of the same browser with JavaScript turned off;
 * ticks the `check` boxes (CSS selectors), fills `fill` {label: text}, clicks the `click`
 * button, and reports what the browser posted to `route` — the
 * progressive-enhancement check that a reader without JS can read the page
 * and use its form (DOMParser alone would not prove the form submits).
 */
const noJavaScriptPage = {
  name: 'kith-no-js',
  async executeCommand({ command, payload, session }) {
    if (command !== 'kith-no-js') return undefined;
    const testPage = session.browser.getPage(session.id);
    const context = await testPage.context().browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const origin = new URL(testPage.url()).origin;
      let posted = null;
      if (payload.route) {
        await page.route(`${origin}${payload.route}`, async (route) => {
          const request = route.request();
          posted = { method: request.method(), body: request.postData() };
          await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Saved</p>' });
        });
      }
      await page.goto(`${origin}${payload.page}`);
      const upgraded = await page.locator(`${payload.element}:defined`).count();
      const visibleText = await page.locator('body').innerText();
      const headings = await page.getByRole('heading').allInnerTexts();
      for (const selector of payload.check ?? []) await page.locator(selector).check();
      for (const [label, value] of Object.entries(payload.fill ?? {})) await page.getByLabel(label, { exact: true }).fill(value);
      if (payload.click) {
        await page.getByRole('button', { name: payload.click }).click();
        await page.waitForURL(`${origin}${payload.route}`);
      }
      return { posted, visibleText, headings, upgraded };
    } finally {
      await context.close();
    }
  },
};

/**
 * `executeServerCommand('kith-fuzz-runs')`: how many cases each fuzz suite
 * runs (KITH_FUZZ_RUNS from `npm run fuzz`; 0 means the bounded default);
 * `'kith-fuzz-only'`: KITH_FUZZ_ONLY, a pattern of the families to run.
 */
const fuzzRuns = {
  name: 'kith-fuzz-runs',
  async executeCommand({ command }) {
    if (command === 'kith-fuzz-only') return process.env.KITH_FUZZ_ONLY ?? '';
    return command === 'kith-fuzz-runs' ? Number(process.env.KITH_FUZZ_RUNS ?? 0) || 0 : undefined;
  },
};

/** The policy a council page needs for Kith: nothing inline, nothing evaluated, Trusted Types on. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'; trusted-types lit-html kith";

/**
 * `executeServerCommand('kith-csp', {module})`: opens a page served with
 * STRICT_CSP as a real header, loads `module` from the same origin, and
 * answers the `window.cspReport` it builds (what rendered, what the browser
 * refused).
 */
const strictCspPage = {
  name: 'kith-csp',
  async executeCommand({ command, payload, session }) {
    if (command !== 'kith-csp') return undefined;
    const testPage = session.browser.getPage(session.id);
    const page = await testPage.context().newPage();
    try {
      const origin = new URL(testPage.url()).origin;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kith under a strict CSP</title></head><body><script type="module" src="${payload.module}"></script></body></html>`;
      await page.route(`${origin}/csp-page`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', headers: { 'Content-Security-Policy': STRICT_CSP }, body: html }),
      );
      await page.goto(`${origin}/csp-page`);
      await page.waitForFunction(() => window.cspReport !== undefined, undefined, { timeout: 30000 });
      return { policy: STRICT_CSP, ...(await page.evaluate(() => window.cspReport)) };
    } finally {
      await page.close();
    }
  },
};

/**
 * `executeServerCommand('kith-ssr')`: every case of test/ssr/cases.ts
 * rendered in Node by @lit-labs/ssr (`{name: html}`), once per run.
 */
const serverRendering = {
  name: 'kith-ssr',
  rendered: null,
  async executeCommand({ command }) {
    if (command !== 'kith-ssr') return undefined;
    this.rendered ??= renderSsrCases();
    return this.rendered;
  },
};

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A real y-websocket server on 127.0.0.1 for the co-editing tests, started
 * with the test run and stopped after it. `executeServerCommand('kith-yjs-server')`
 * answers its ws:// URL.
 */
function yjsServer() {
  let child = null;
  let url = '';
  return {
    name: 'kith-yjs-server',
    async serverStart() {
      const port = await freePort();
      child = spawn(process.execPath, [join(root, 'node_modules/y-websocket/bin/server.cjs')], {
        env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise((resolve, reject) => {
        child.once('error', reject);
        child.stdout.on('data', (chunk) => {
          if (String(chunk).includes('running')) resolve();
        });
      });
      url = `ws://127.0.0.1:${port}`;
    },
    async serverStop() {
      child?.kill();
    },
    async executeCommand({ command }) {
      return command === 'kith-yjs-server' ? url : undefined;
    },
  };
}

export default {
  rootDir: root,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // A deep fuzz run (`npm run fuzz`) takes many minutes in one file.
  testsFinishTimeout: process.env.KITH_FUZZ_RUNS ? 4 * 3600_000 : 180000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [cssInline, sourceList, noJavaScriptPage, strictCspPage, serverRendering, fuzzRuns, yjsServer(), esbuildPlugin({ ts: true, tsconfig: join(root, 'tsconfig.json') })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // gc() and exact heap figures for the leak suite.
      launchOptions: { executablePath: findChromium() ?? undefined, headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] },
    }),
  ],
  reporters: [summaryReporter({ flatten: false }), defaultReporter(), countReporter()],
};
