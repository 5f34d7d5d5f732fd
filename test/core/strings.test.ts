import { expect } from '@open-wc/testing';
import { findHardCodedText } from '../hard-coded-text.js';
import { sourceFiles } from '../helpers.js';

describe('every user-facing string comes from the catalogue', () => {
  it('the scanner finds text and labelled attributes written straight into templates', () => {
    const bad = 'render() { return html`<p>Hello</p><button aria-label="Close">${this.t("x")}</button>${ok ? html`<span>Nested words</span>` : ""}`; }';
    expect(findHardCodedText(bad).sort()).to.deep.equal(['Hello', 'Nested words', 'aria-label="Close"']);
    const good = 'html`<p part="x" class="a ${b}">${this.t("error.title")}</p><span aria-hidden="true">&nbsp;</span>`';
    expect(findHardCodedText(good)).to.deep.equal([]);
  });

  it('no source file under src writes user-facing text outside the catalogue', async () => {
    const findings: string[] = [];
    for (const { path, text: source } of await sourceFiles()) {
      if (!path.endsWith('.ts') || path.includes('/translations/')) continue;
      findings.push(...findHardCodedText(source).map((text) => `${path}: ${text}`));
    }
    expect(findings).to.deep.equal([]);
  });

  it('each component uses only the shared strings and its own part of the catalogue', async () => {
    const files = await sourceFiles();
    const keysOf = (path: string): string[] => [...(files.find((f) => f.path === path)?.text ?? '').matchAll(/^\s*'([\w.-]+)':/gm)].map((m) => m[1]!);
    const shared = keysOf('/src/translations/en/core.ts');
    const strays: string[] = [];
    const folderOf = (path: string): string => path.split('/').slice(0, 4).join('/');
    const componentFiles = files.filter((f) => /^\/src\/components\/[^/]+\/[^/]+\.ts$/.test(f.path));
    for (const { path, text } of componentFiles) {
      // A component's strings are the parts any file in its folder imports (helpers get `t` from the element).
      const folderText = componentFiles.filter((f) => folderOf(f.path) === folderOf(path)).map((f) => f.text).join('\n');
      const parts = [...folderText.matchAll(/translations\/en\/([\w-]+)\.js/g)].map((m) => `/src/translations/en/${m[1]}.ts`);
      const allowed = new Set([...shared, ...parts.flatMap(keysOf)]);
      for (const [, key] of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) if (!allowed.has(key!)) strays.push(`${path}: ${key}`);
    }
    expect(strays).to.deep.equal([]);
  });

  it('no source file renders data as HTML', async () => {
    const offenders: string[] = [];
    for (const { path, text: source } of await sourceFiles()) {
      if (/unsafeHTML|unsafeSVG|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(source)) offenders.push(path);
    }
    expect(offenders).to.deep.equal([]);
  });
});
