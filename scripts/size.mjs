// Sizes a page would pay: each entry bundled with Lit, minified, then gzip
// and brotli. Writes dist/size.json and prints a table. Budgets (issue 7)
// will be checked against these numbers.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { browserBundle } from './bundle.mjs';

const cases = {
  'core (KithElement + localisation + validation, with Lit)': "export { KithElement, define } from './src/core/index.ts';",
  'lit alone (for comparison)': "export { LitElement, html, css } from 'lit';",
};
for (const name of readdirSync('src/components', { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(`src/components/${e.name}/define.ts`)).map((e) => e.name)) {
  cases[`kith-${name} (define, with Lit)`] = `import './src/components/${name}/define.ts';`;
}
cases['whole library (CDN bundle)'] = "export * from './src/cdn.ts';";
// Loaded by the plan editor only when a Y.Doc is passed; Yjs itself is the host's.
cases['plan-editor co-editing chunk (without Yjs)'] = "export * from './src/components/plan-editor/collab.ts';";

/**
 * Lazy chunks (dynamic imports: co-editing, Welsh strings, the force
 * layout…) are fetched only when used, so they are not part of what a page
 * pays for an entry; each is sized on its own below. Yjs is a peer the host
 * brings.
 */
const lazyAndPeers = {
  name: 'lazy-and-peers',
  setup(b) {
    b.onResolve({ filter: /^yjs$/ }, () => ({ path: 'yjs', external: true }));
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

const rows = [];
for (const [name, contents] of Object.entries(cases)) {
  const code = await browserBundle(contents, [lazyAndPeers]);
  rows.push({ name, min: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length });
}
writeFileSync('dist/size.json', JSON.stringify(rows, null, 2) + '\n');
// Gzip budgets in kB, checked on every build so size cannot creep. The
// radar's target is 15 kB (issue 3) and the map's 30 kB (issue 4); they
// measure 24.8 and 38.0 kB today (the map's canvas painting in batches,
// its pan bitmap and pinch zoom added 1 kB), and these guards hold them there while
// the gaps are worked on (see the closing notes). The cookie banner's
// target is 10 kB (issue 5); it is 16.7 kB, of which Lit is 5.8 and the
// shared base (theme tokens, core strings in two languages, error state)
// another 5.6, so the target cannot be met on the shared base: see the
// issue 5 note. The plan editor's target is 25 kB without Yjs (issue 6);
// it is 30.4 kB, a third of it strings and templates in two languages.
const BUDGETS = {
  'core (KithElement + localisation + validation, with Lit)': 11.5,
  'kith-stage-badge (define, with Lit)': 14.5,
  'kith-strengths-radar (define, with Lit)': 25,
  'kith-relationship-map (define, with Lit)': 38.5,
  'kith-cookie-banner (define, with Lit)': 17,
  'kith-cookie-preferences (define, with Lit)': 17,
  'kith-consent-gate (define, with Lit)': 16.5,
  'kith-sharing-agreement (define, with Lit)': 20,
  'kith-plan-editor (define, with Lit)': 31,
  'plan-editor co-editing chunk (without Yjs)': 4,
  'whole library (CDN bundle)': 87,
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log('\nBundle sizes (minified, then compressed):');
const over = [];
for (const row of rows) {
  const budget = BUDGETS[row.name];
  const verdict = budget === undefined ? '' : row.gzip / 1024 <= budget ? `  (budget ${budget} kB: ok)` : `  (budget ${budget} kB: OVER)`;
  if (verdict.includes('OVER')) over.push(row.name);
  console.log(`  ${row.name.padEnd(58)} min ${kb(row.min).padStart(9)}  gzip ${kb(row.gzip).padStart(8)}  brotli ${kb(row.brotli).padStart(8)}${verdict}`);
}
if (over.length > 0) {
  console.error(`Over the size budget: ${over.join(', ')}`);
  process.exit(1);
}
