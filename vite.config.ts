// The npm build: ES modules that mirror src/ (so bundlers tree-shake per
// component), Lit left as a dependency, no minification (the app's bundler
// minifies). Define files are the only modules with side effects.
import { defineConfig } from 'vite';
import { existsSync, readdirSync } from 'node:fs';
import { literalsVite } from './scripts/literals.mjs';

const components = readdirSync('src/components', { withFileTypes: true })
  // A folder without define.ts holds shared code (the consent core), not an element.
  .filter((entry) => entry.isDirectory() && existsSync(`src/components/${entry.name}/define.ts`))
  .map((entry) => entry.name);

const entries: Record<string, string> = {
  index: 'src/index.ts',
  autoloader: 'src/autoloader.ts',
  'core/index': 'src/core/index.ts',
  'translations/en': 'src/translations/en.ts',
  'translations/cy': 'src/translations/cy.ts',
  'translations/index': 'src/translations/index.ts',
};
for (const name of components) {
  entries[`components/${name}/index`] = `src/components/${name}/index.ts`;
  entries[`components/${name}/define`] = `src/components/${name}/define.ts`;
  // React wrappers and framework types, generated from custom-elements.json (scripts/integrations.mjs).
  entries[`react/${name}`] = `src/react/${name}.ts`;
}
entries['react/index'] = 'src/react/index.ts';
entries['react/jsx'] = 'src/react/jsx.ts';
entries['vue/index'] = 'src/vue/index.ts';

export default defineConfig({
  plugins: [literalsVite()],
  // The map's force layout worker: a module of its own with d3-force inside
  // (a worker cannot share the page's modules), emitted beside the others.
  worker: { format: 'es' },
  // Emitted files are found relative to the module that needs them, wherever the package is installed.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    // ?inline CSS (the default theme) is minified even though JS is left readable.
    cssMinify: true,
    sourcemap: true,
    target: 'es2022',
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^yjs/, /^react(\/|-dom|$)/, /^vue$/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
