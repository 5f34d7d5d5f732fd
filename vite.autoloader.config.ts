// The autoloader script: a small entry that loads each element's chunk the
// first time its tag is on the page. Built apart from the CDN bundle so
// that bundle stays one file.
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
    lib: { entry: { 'kith-autoloader': 'src/cdn-autoloader.ts' }, formats: ['es'] },
    rollupOptions: {
      // As in the CDN bundle: co-editing uses the host's own Yjs.
      external: ['yjs'],
      output: { entryFileNames: '[name].js', chunkFileNames: 'autoload/[name]-[hash].js' },
    },
  },
});
