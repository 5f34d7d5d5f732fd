// Minifies the text of Lit templates at build time. Bundlers leave template
// text alone, so without this every space, newline and comment of the
// component styles and templates ships to the browser (about 1 kB gzip for
// the radar's CSS alone). CSS in `css` templates is minified here (those
// with `${}` interpolations are left as written); the markup in `html`
// templates by Lit's own minifier (@lit-labs/rollup-plugin-minify-html-literals),
// set to change nothing a reader could see or hear: whitespace collapses to
// one space, never to none, and empty attributes (`alt=""`) stay.
import { transform } from 'esbuild';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

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

const HTML_OPTIONS = {
  // CSS is minified above, by esbuild, as everywhere else in the build.
  shouldMinifyCSS: () => false,
  minifyOptions: {
    conservativeCollapse: true,
    removeEmptyAttributes: false,
    minifyCSS: false,
    minifyJS: false,
  },
};

/** Minifies the markup in `html` templates of `code` (TypeScript or JavaScript, from file `id`). */
export async function minifyHtmlLiterals(code, id) {
  if (!code.includes('html`')) return code;
  const result = await minifyHTMLLiterals(code, { ...HTML_OPTIONS, fileName: id });
  return result ? result.code : code;
}

/** Both, for a source file of ours. */
export async function minifyLiterals(code, id) {
  return minifyHtmlLiterals(await minifyCssLiterals(code), id);
}

const OURS = /\/src\/.*\.ts$/;

/** Vite/Rollup plugin. */
export const literalsVite = () => ({
  name: 'kith-literals',
  apply: 'build',
  async transform(code, id) {
    if (!OURS.test(id) || !(code.includes('css`') || code.includes('html`'))) return null;
    return { code: await minifyLiterals(code, id), map: null };
  },
});

/** esbuild plugin (size checks and benchmarks). */
export const literalsEsbuild = {
  name: 'kith-literals',
  setup(b) {
    b.onLoad({ filter: OURS }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const code = await readFile(args.path, 'utf8');
      return { contents: await minifyLiterals(code, args.path), loader: 'ts' };
    });
  },
};
