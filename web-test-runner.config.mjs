// Unit and component tests in real headless Chromium (Debian's, never downloaded).
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';

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
 * `executeServerCommand('kith-no-js', {html, click, route})`: opens the HTML
 * in a fresh page of the same browser with JavaScript turned off, clicks a
 * button by its text, and reports what the browser posted to `route` —
 * the progressive-enhancement check that a real reader without JS can use
 * the form (DOMParser alone would not prove the form submits).
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
      await page.route(`${origin}${payload.route}`, async (route) => {
        const request = route.request();
        posted = { method: request.method(), body: request.postData() };
        await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Saved</p>' });
      });
      await page.route(`${origin}/no-js-page`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: payload.html }));
      await page.goto(`${origin}/no-js-page`);
      const upgraded = await page.locator(`${payload.element}:defined`).count();
      const visibleText = await page.locator('body').innerText();
      await page.getByRole('button', { name: payload.click }).click();
      await page.waitForURL(`${origin}${payload.route}`);
      return { posted, visibleText, upgraded };
    } finally {
      await context.close();
    }
  },
};

export default {
  rootDir: root,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [cssInline, sourceList, noJavaScriptPage, esbuildPlugin({ ts: true, tsconfig: join(root, 'tsconfig.json') })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium() ?? undefined, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [summaryReporter({ flatten: false }), defaultReporter(), countReporter()],
};
