// Generates custom-elements.json from the JSDoc in src (the single source of
// the public API), then maps src/*.ts paths to the published dist/*.js.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// An element still being built has no define module (test/catalogue.test.ts holds the catalogue to that):
// it is not public API yet, so it is left out of the manifest and of what is generated from it.
const inProgress = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !existsSync(`src/components/${entry.name}/define.ts`))
  .filter((entry) => readdirSync(`src/components/${entry.name}`).some((file) => file.endsWith('.ts') && readFileSync(`src/components/${entry.name}/${file}`, 'utf8').includes('@tagname')))
  .flatMap((entry) => ['--exclude', `src/components/${entry.name}/**`]);

const result = spawnSync(
  join('node_modules', '.bin', 'cem'),
  ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', 'src/core/element.ts', 'src/core/form-element.ts', '--exclude', 'src/**/*.styles.ts', ...inProgress, '--quiet'],
  { stdio: 'inherit' },
);
if (result.status !== 0) process.exit(result.status ?? 1);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const toDist = (path) => (typeof path === 'string' ? path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js') : path);
const walk = (node) => {
  if (Array.isArray(node)) return node.forEach(walk);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'path' || key === 'module') node[key] = toDist(value);
    else walk(value);
  }
};
/** The names a module's static properties declare as reactive state (read before paths become dist paths). */
const states = new Map();
for (const mod of manifest.modules) states.set(toDist(mod.path), new Set([...readFileSync(mod.path.replace(/^\//, ''), 'utf8').matchAll(/^\s+(\w+): \{ state: true \}/gm)].map((m) => m[1])));
const statesIn = (path) => states.get(path) ?? new Set();
walk(manifest.modules);
// Private, protected and @internal members are not public API (protected ones are in the .d.ts for vendors).
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    // Reactive state (`state: true` in static properties) has no attribute, whatever the analyzer assumes.
    if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !statesIn(a.inheritedFrom?.module ?? mod.path).has(a.fieldName));
    if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !/@internal/.test(m.description ?? ''));
    // Inherited JSDoc repeats the base's events, parts and states: keep the most specific one.
    for (const key of ['events', 'cssParts', 'cssStates', 'slots', 'cssProperties']) {
      if (decl[key]) decl[key] = [...new Map(decl[key].map((entry) => [entry.name, entry])).values()];
    }
  }
}
writeFileSync('custom-elements.json', JSON.stringify(manifest, null, 2) + '\n');

// Framework wrappers and editor data follow from the manifest.
await import('./integrations.mjs');
