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
    rollupOptions: { output: { entryFileNames: '[name].js' } },
  },
});
