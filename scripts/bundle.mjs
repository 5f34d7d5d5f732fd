// One way to bundle for the browser as a page would get it: minified, Lit in
// production mode, the inline theme CSS minified as Vite does it, and the
// CSS in `css` templates minified. Used by the size check and the benchmarks.
import { build, transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { literalsEsbuild } from './literals.mjs';

const inlineCss = {
  name: 'css-inline',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: new URL(args.path.replace('?inline', ''), `file://${args.resolveDir}/`).pathname, namespace: 'css-inline' }));
    // Minified as Vite minifies ?inline CSS in a production build.
    b.onLoad({ filter: /.*/, namespace: 'css-inline' }, async (args) => ({
      contents: (await transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true })).code,
      loader: 'text',
    }));
  },
};

/** The options every browser build here shares: minified, production Lit, minified CSS and templates. */
export function browserOptions(plugins = []) {
  return {
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [...plugins, inlineCss, literalsEsbuild],
    logLevel: 'silent',
  };
}

/** Bundles `contents` (TypeScript, resolved from the project root); returns the code. */
export async function browserBundle(contents, plugins = []) {
  const result = await build({ ...browserOptions(plugins), stdin: { contents, resolveDir: process.cwd(), loader: 'ts' } });
  return result.outputFiles[0].contents;
}
