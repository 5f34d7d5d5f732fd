import { build } from 'esbuild';
const out = await build({ stdin: { contents: `
import { ForceLayout } from './src/components/relationship-map/layout.ts';
const KINDS = ['person', 'family', 'friend', 'professional', 'service', 'group', 'place', 'other'];
const TYPES = ['close', 'strong', 'normal', 'tenuous', 'stressful', 'conflicted', 'cut-off', 'abusive'];
function network(count) { let seed = 7; const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
  const people = [{ id: 'hub', name: 'Hub', kind: 'group' }];
  for (let i = 1; i < count; i++) people.push({ id: 'p' + i, name: 'Member ' + i, kind: KINDS[Math.floor(random() * 8)], ring: 1 + Math.floor(random() * 4) });
  const relationships = [];
  for (let i = 1; i < count; i++) relationships.push({ id: 'l' + i, from: 'p' + i, to: random() < 0.3 ? 'hub' : 'p' + (1 + ((i + 1 + Math.floor(random() * (count - 2))) % (count - 1))), type: TYPES[Math.floor(random() * 8)] });
  return { focus: 'hub', people, relationships: relationships.filter((r) => r.from !== r.to) }; }
for (const n of [1000, 5000]) {
  const f = new ForceLayout(network(n));
  const t = performance.now(); let ticks = 0;
  while (!f.settled) { f.step(1000); ticks++; }
  console.log(n, 'settle ms', (performance.now() - t).toFixed(0));
}
`, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
await import('data:text/javascript,' + encodeURIComponent(out.outputFiles[0].text));
