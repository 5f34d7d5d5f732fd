// The script-tag builds, minified with Lit included:
// - default: the CDN bundle, every component registered, one file (kith.js)
//   beside the lazy co-editing chunk;
// - `--mode autoloader`: a small entry that loads each element's chunk the
//   first time its tag is on the page. Built apart so kith.js stays one file.
import { defineConfig } from 'vite';
import { literalsVite } from './scripts/literals.mjs';

export default defineConfig(({ mode }) => {
  const autoloader = mode === 'autoloader';
  const entry: Record<string, string> = autoloader ? { 'kith-autoloader': 'src/cdn-autoloader.ts' } : { kith: 'src/cdn.ts' };
  return {
    plugins: [literalsVite()],
    // The map's force layout worker (a module: it imports d3-force).
    worker: { format: 'es' as const, rollupOptions: { output: { entryFileNames: autoloader ? 'autoload/[name]-[hash].js' : 'chunks/[name]-[hash].js', minify: true } } },
    base: './',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      target: 'es2022',
      lib: { entry, formats: ['es'] },
      rollupOptions: {
        // Co-editing uses the host's own Yjs (a second copy would not recognise
        // the host's Y.Doc): the lazy co-editing chunk imports it by name, so a
        // script-tag page that co-edits maps "yjs" in an import map.
        external: ['yjs'],
        // Let the lazy chunks import shared code from the entry, instead of
        // splitting it into a third file the entry would then need too.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: autoloader ? 'autoload/[name]-[hash].js' : 'chunks/[name]-[hash].js',
          // Library mode keeps whitespace in ES output so bundlers can still
          // tree-shake it; nobody tree-shakes a script-tag file.
          minify: true,
        },
      },
    },
  };
});
