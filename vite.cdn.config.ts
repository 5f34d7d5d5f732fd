// The script-tag bundle: every component registered, Lit included, minified.
import { defineConfig } from 'vite';
import { cssLiteralsVite } from './scripts/css-literals.mjs';

export default defineConfig({
  plugins: [cssLiteralsVite()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    lib: { entry: { kith: 'src/cdn.ts' }, formats: ['es'] },
    rollupOptions: {
      // Co-editing uses the host's own Yjs (a second copy would not recognise
      // the host's Y.Doc): the lazy co-editing chunk imports it by name, so a
      // script-tag page that co-edits maps "yjs" in an import map.
      external: ['yjs'],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
