// What a page downloads for some of Kith's elements (issue 22): the elements'
// entries built together by Vite (Rollup), as an app's build splits code, then
// each entry plus every chunk it imports statically, each file gzipped on its
// own. Lazy chunks (dynamic imports) are fetched only when used and are not
// counted; Yjs is the host's.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { literalsVite } from './literals.mjs';

/**
 * `entries`: name → source path. `fetchedToo`: source paths of lazy modules
 * this page fetches as well (the cookie banner's question on a first visit),
 * counted with what they import. Returns the number of files and their gzip bytes.
 */
export async function pageWeight(entries, fetchedToo = []) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [literalsVite()],
    define: { 'process.env.NODE_ENV': '"production"' },
    worker: { format: 'es' },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: { input: entries, external: ['yjs'], preserveEntrySignatures: 'allow-extension', output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  const chunks = new Map((Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set();
  const visit = (fileName) => {
    if (seen.has(fileName) || !chunks.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunks.get(fileName).imports) visit(imported);
  };
  const alsoFetched = (chunk) => chunk.facadeModuleId !== null && fetchedToo.some((path) => chunk.facadeModuleId.endsWith(path));
  for (const chunk of chunks.values()) if (chunk.isEntry || alsoFetched(chunk)) visit(chunk.fileName);
  return { files: seen.size, gzip: [...seen].reduce((sum, fileName) => sum + gzipSync(chunks.get(fileName).code, { level: 9 }).length, 0) };
}
