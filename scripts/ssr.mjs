// Server-side rendering of Kith in Node, for the SSR suite and by hand:
// `node scripts/ssr.mjs` prints each case's HTML. The TypeScript cases are
// bundled for Node by esbuild (Lit and @lit-labs/ssr stay external, so they
// are Node's own builds with the DOM shim), then imported.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

let loaded = null;

/**
 * test/ssr/render.ts bundled for Node and imported, once per process (Lit
 * and @lit-labs/ssr stay external: Node's own builds with the DOM shim).
 */
function renderModule() {
  loaded ??= (async () => {
    const result = await build({
      entryPoints: [join(root, 'test/ssr/render.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      tsconfig: join(root, 'tsconfig.json'),
      external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit-labs/*', '@lit/*', 'yjs', 'd3-*'],
      loader: { '.css': 'text' },
      logLevel: 'silent',
    });
    // Inside the project, so the external packages resolve from node_modules.
    const dir = join(root, 'node_modules/.cache/kith-ssr');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `render-${process.pid}-${Date.now()}.mjs`);
    writeFileSync(file, result.outputFiles[0].text);
    try {
      return await import(pathToFileURL(file).href);
    } finally {
      rmSync(file, { force: true });
    }
  })();
  return loaded;
}

/** `{name: html}` for every case in test/ssr/cases.ts. */
export async function renderSsrCases() {
  return (await renderModule()).renderAll();
}

/** One privacy view (test/privacy/views.ts) rendered with the given data, as a server would send it. */
export async function renderPrivacyView(name, data) {
  return (await renderModule()).renderView(name, data);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const cases = await renderSsrCases();
  for (const [name, html] of Object.entries(cases)) console.log(`\n=== ${name} (${html.length} characters)\n${html.slice(0, 600)}…`);
}
