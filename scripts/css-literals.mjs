// Minifies the CSS inside Lit `css` tagged templates at build time. Bundlers
// leave template text alone, so without this every space and comment of the
// component styles ships to the browser (about 1 kB gzip for the radar).
// Templates with `${}` interpolations are left as written.
import { transform } from 'esbuild';

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

export async function minifyCssLiterals(code) {
  const found = [...code.matchAll(CSS_LITERAL)];
  if (found.length === 0) return code;
  let output = '';
  let last = 0;
  for (const match of found) {
    const minified = (await transform(match[1], { loader: 'css', minify: true, logLevel: 'silent' })).code.trim();
    output += code.slice(last, match.index) + 'css`' + minified + '`';
    last = match.index + match[0].length;
  }
  return output + code.slice(last);
}

/** Vite/Rollup plugin. */
export const cssLiteralsVite = () => ({
  name: 'kith-css-literals',
  apply: 'build',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    return { code: await minifyCssLiterals(code), map: null };
  },
});

/** esbuild plugin (size checks and benchmarks). */
export const cssLiteralsEsbuild = {
  name: 'kith-css-literals',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const code = await readFile(args.path, 'utf8');
      return { contents: await minifyCssLiterals(code), loader: 'ts' };
    });
  },
};
