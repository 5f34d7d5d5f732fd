// Framework and editor integrations, generated from custom-elements.json (the
// single source of the public API) so they can never drift from it:
//   src/react/<component>.ts  @lit/react wrappers (React 18 and 19), typed
//                             props and typed event callbacks (onKithScoreChange…)
//   src/react/index.ts        all of them
//   src/react/jsx.ts          React 19 JSX types for the raw elements
//   src/vue/index.ts          Vue 3 GlobalComponents types for the raw elements
//   dist/vscode.html-custom-data.json, dist/web-types.json  (VS Code, JetBrains)
// The src files are generated (git-ignored) and built like the rest of src.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const HEADER = '// Generated from custom-elements.json by scripts/integrations.mjs: do not edit.\n';

/** Every element: its tag, class, folder, settable properties, events, attributes, slots, parts, CSS properties. */
const elements = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? [])
    .filter((decl) => decl.customElement && decl.tagName)
    .map((decl) => ({
      tag: decl.tagName,
      className: decl.name,
      folder: mod.path.split('/')[2],
      file: mod.path.split('/').pop().replace(/\.js$/, ''),
      description: (decl.description ?? '').split('\n\n')[0].replace(/\s+/g, ' ').trim(),
      properties: (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy !== 'private'),
      // Only the documented (@fires) events: the analyzer also lists the base's generic `emit(type)` as an event `type`.
      events: (decl.events ?? []).filter((e) => e.name && e.description),
      attributes: decl.attributes ?? [],
      slots: decl.slots ?? [],
      parts: decl.cssParts ?? [],
      cssProperties: decl.cssProperties ?? [],
    })),
).sort((a, b) => a.tag.localeCompare(b.tag));

const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const eventType = (name) => (name.startsWith('kith-') ? `HTMLElementEventMap['${name}']` : 'Event');
const importPath = (el, from) => `${from}/components/${el.folder}/${el.file}.js`;
const settable = (el) => el.properties.map((p) => `'${p.name}'`).join(' | ') || 'never';

function write(path, text) {
  writeFileSync(path, text);
}

/* ---------- React (@lit/react) ---------- */
rmSync('src/react', { recursive: true, force: true });
mkdirSync('src/react', { recursive: true });
for (const el of elements) {
  const events = el.events.map((e) => `    on${pascal(e.name)}: '${e.name}' as EventName<${eventType(e.name)}>,`).join('\n');
  write(
    `src/react/${el.folder}.ts`,
    `${HEADER}import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ${el.className} as Element } from '${importPath(el, '..')}';
import '../components/${el.folder}/define.js';

/**
 * \`<${el.tag}>\` as a React component (React 18 and 19): properties as props,
 * events as callbacks. ${el.description}
 */
export const ${el.className} = createComponent({
  tagName: '${el.tag}',
  elementClass: Element,
  react: React,
  events: {
${events}
  },
});
`,
  );
}
write('src/react/index.ts', `${HEADER}${elements.map((el) => `export { ${el.className} } from './${el.folder}.js';`).join('\n')}\n`);

/* ---------- React 19 JSX (the raw elements) ---------- */
write(
  'src/react/jsx.ts',
  `${HEADER}// React 19 sets properties on custom elements and listens to \`on<event>\`
// props (the exact event name: \`onkith-score-change\`). Import this module's
// types once (\`import type {} from 'kith-ui/react/jsx'\`) to type-check them.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${elements.map((el) => `import type { ${el.className} } from '${importPath(el, '..')}';`).join('\n')}

type ElementProps<E extends HTMLElement, Keys extends keyof E, Events> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<Pick<E, Keys>> & Events & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (el) =>
      `      '${el.tag}': ElementProps<${el.className}, ${settable(el)}, { ${el.events.map((e) => `'on${e.name}'?: (event: ${eventType(e.name)}) => void;`).join(' ')} }>;`,
  )
  .join('\n')}
    }
  }
}

export {};
`,
);

/* ---------- Vue 3 (the raw elements in templates) ---------- */
rmSync('src/vue', { recursive: true, force: true });
mkdirSync('src/vue', { recursive: true });
write(
  'src/vue/index.ts',
  `${HEADER}// Types for Kith's elements in Vue 3 templates (vue-tsc, Volar). Vue must be
// told they are custom elements (compilerOptions.isCustomElement); see the
// Storybook page "Frameworks / Vue". Import once: \`import type {} from 'kith-ui/vue'\`.
import type { DefineComponent } from 'vue';
${elements.map((el) => `import type { ${el.className} } from '${importPath(el, '..')}';`).join('\n')}

type ElementProps<E, Keys extends keyof E, Events> = Partial<Pick<E, Keys>> & Events;

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    (el) =>
      `    '${el.tag}': DefineComponent<ElementProps<${el.className}, ${settable(el)}, { ${el.events.map((e) => `'on${pascal(e.name)}'?: (event: ${eventType(e.name)}) => void;`).join(' ')} }>>;`,
  )
  .join('\n')}
  }
}

export {};
`,
);

/* ---------- Editors: VS Code custom data and JetBrains web-types ---------- */
/** String-union type aliases in src (`export type RadarMode = 'history' | …`), so attribute values can be listed. */
const unions = new Map();
const sources = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []));
for (const file of sources('src')) {
  for (const [, name, union] of readFileSync(file, 'utf8').matchAll(/export type (\w+) = ((?:\s*\|?\s*'[^']+')+);/g)) unions.set(name, union.trim());
}
const valuesOf = (attribute) => {
  const named = attribute.type?.text ?? '';
  const text = unions.get(named.replace(/\s*\|\s*undefined$/, '')) ?? named;
  const options = [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  return options.length > 0 && /^('[^']+'\s*\|?\s*)+(\|\s*undefined)?$/.test(text) ? options : [];
};
mkdirSync('dist', { recursive: true });
write(
  'dist/vscode.html-custom-data.json',
  JSON.stringify(
    {
      version: 1.1,
      tags: elements.map((el) => ({
        name: el.tag,
        description: el.description,
        attributes: el.attributes.map((a) => ({
          name: a.name,
          description: a.description ?? '',
          ...(valuesOf(a).length ? { values: valuesOf(a).map((name) => ({ name })) } : {}),
        })),
      })),
    },
    null,
    2,
  ) + '\n',
);
write(
  'dist/web-types.json',
  JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/web-types',
      name: pkg.name,
      version: pkg.version,
      'description-markup': 'markdown',
      contributions: {
        html: {
          elements: el_webTypes(),
        },
      },
    },
    null,
    2,
  ) + '\n',
);

function el_webTypes() {
  return elements.map((el) => ({
    name: el.tag,
    description: el.description,
    attributes: el.attributes.map((a) => ({
      name: a.name,
      description: a.description ?? '',
      value: valuesOf(a).length ? { type: valuesOf(a).map((v) => `'${v}'`).join(' | ') } : { type: a.type?.text ?? 'string' },
    })),
    events: el.events.map((e) => ({ name: e.name, description: e.description ?? '' })),
    slots: el.slots.map((s) => ({ name: s.name || 'default', description: s.description ?? '' })),
    css: {
      parts: el.parts.map((p) => ({ name: p.name, description: p.description ?? '' })),
      properties: el.cssProperties.map((p) => ({ name: p.name, description: p.description ?? '' })),
    },
    js: {
      properties: el.properties.map((p) => ({ name: p.name, description: p.description ?? '', type: p.type?.text })),
      events: el.events.map((e) => ({ name: e.name, description: e.description ?? '' })),
    },
  }));
}
