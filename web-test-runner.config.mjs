// Unit and component tests in a real browser engine (Debian's, never
// downloaded): KITH_ENGINE=chromium (default), firefox or webkit. `npm test`
// runs all three, one after another (scripts/test.mjs).
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { ENGINES, freePort, launcherFor } from './scripts/engines.mjs';
import { keyboardPlugin } from './scripts/keyboard.mjs';
import { echoPosts, refuseUnreachable, testPagesPlugin, unreachablePlugin } from './scripts/test-pages.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { renderPrivacyView, renderSsrCases } from './scripts/ssr.mjs';
import { accessibilityTreePlugin } from './scripts/a11y-tree.mjs';

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

/**
 * `executeServerCommand('kith-engine-features', features)`: what the engine
 * under test supports (test/core/engine-features.test.ts), printed once in
 * the run's log for the README's browser-support table.
 */
const engineFeatures = {
  name: 'kith-engine-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'kith-engine-features') return undefined;
    const supported = Object.entries(payload).map(([feature, yes]) => `${yes ? '✓' : '✗'} ${feature}`);
    console.log(`\n${session.browser.name} supports: ${supported.join(', ')}`);
    return true;
  },
};

/**
 * `executeServerCommand('kith-ssr')`: every case of test/ssr/cases.ts
 * rendered in Node by @lit-labs/ssr (`{name: html}`), once per run;
 * `'kith-ssr-view', {name, data}`: one view of test/privacy/views.ts with
 * the test's generated data, as `{html}`.
 */
const serverRendering = {
  name: 'kith-ssr',
  rendered: null,
  async executeCommand({ command, payload }) {
    if (command === 'kith-ssr-view') return { html: await renderPrivacyView(payload.name, payload.data) };
    if (command !== 'kith-ssr') return undefined;
    this.rendered ??= renderSsrCases();
    return this.rendered;
  },
};

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

const engine = process.env.KITH_ENGINE || 'chromium';
if (!ENGINES.includes(engine)) throw new Error(`KITH_ENGINE=${engine}: use one of ${ENGINES.join(', ')}`);

/**
 * Suites that only Chromium can run, and why (the README's browser-support
 * section lists them too). Everything else runs in all three engines.
 */
export const CHROMIUM_ONLY = {
  'test/reliability/leaks.test.ts': 'forces garbage collection and reads exact heap sizes: gc() and performance.memory exist only in Chromium (--expose-gc, --enable-precise-memory-info)',
};

/**
 * The test page: Kith's clock is pinned to the stories' fixed clock before
 * any test module loads (test/setup/fixed-clock.ts), so no test depends on
 * the date it runs on.
 */
const testRunnerHtml = (testFramework) =>
  `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/setup/fixed-clock.ts"></script><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  rootDir: root,
  hostname: '127.0.0.1',
  files: ['test/**/*.test.ts', ...(engine === 'chromium' ? [] : Object.keys(CHROMIUM_ONLY).map((file) => `!${file}`))],
  testRunnerHtml,
  nodeResolve: true,
  concurrency: 1,
  // A deep fuzz run (`npm run fuzz`) takes many minutes in one file.
  testsFinishTimeout: process.env.KITH_FUZZ_RUNS ? 4 * 3600_000 : 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [echoPosts, refuseUnreachable],
  plugins: [keyboardPlugin, testPagesPlugin, unreachablePlugin, engineFeatures, accessibilityTreePlugin, cssInline, sourceList, serverRendering, fuzzRuns, yjsServer(), esbuildPlugin({ ts: true, tsconfig: join(root, 'tsconfig.json') })],
  browsers: [
    await launcherFor(engine, {
      // gc() and exact heap figures for the leak suite.
      chromiumArgs: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
    }),
  ],
  reporters: [summaryReporter({ flatten: false }), defaultReporter(), countReporter()],
};
