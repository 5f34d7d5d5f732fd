import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cssLiteralsEsbuild } from './scripts/css-literals.mjs';
const entry = process.argv[2];
const r = await build({ stdin:{contents:`import '${entry}';`,resolveDir:process.cwd(),loader:'ts'}, bundle:true, minify:true, format:'esm', write:false, metafile:true, tsconfig:'tsconfig.json', define: { 'process.env.NODE_ENV': '"production"' },
 plugins:[cssLiteralsEsbuild, {name:'ci',setup(b){b.onResolve({filter:/\.css\?inline$/},a=>({path:resolve(a.resolveDir,a.path.replace('?inline','')),namespace:'x'}));b.onLoad({filter:/.*/,namespace:'x'},(a)=>({contents:readFileSync(a.path,'utf8'),loader:'text'}))}}], logLevel:'silent'});
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k,v])=>[k,v.bytesInOutput]).sort((a,b)=>b[1]-a[1]);
for (const [k,v] of rows.slice(0,25)) if (v) console.log(String(v).padStart(7), k);
