import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
const inlineCss = { name: 'css', setup(b) {
  b.onResolve({ filter: /\.css\?inline$/ }, (a) => ({ path: new URL(a.path.replace('?inline',''), `file://${a.resolveDir}/`).pathname, namespace: 'css' }));
  b.onLoad({ filter: /.*/, namespace: 'css' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' })); } };
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, format: 'esm', write: false, metafile: true, plugins: [inlineCss], tsconfig: 'tsconfig.json', logLevel: 'silent' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
for (const [n, k] of rows.slice(0, 25)) console.log(String(n).padStart(7), k);
