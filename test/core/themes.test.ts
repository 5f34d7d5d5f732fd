import { expect, fixture, html } from '@open-wc/testing';
import defaultCss from '../../src/themes/default.css?inline';
import { CONTRAST_PAIRS, contrastRatio, parseColor } from '../../src/core/tokens.js';
import { adoptDefaultTheme } from '../../src/core/theme.js';
import { sourceFiles, useTheme } from '../helpers.js';
import { THEMES } from '../../stories/support/themes.js';
import '../../src/components/stage-badge/define.js';
import type { LitElement } from 'lit';
import { exampleStages } from '../../stories/data/stages.js';


const definedTokens = (css: string): Set<string> => new Set([...css.matchAll(/(--kith-[\w-]+)\s*:/g)].map((m) => m[1]!));


/** A token's colour as the browser computes it, as RGB. */
function tokenColour(token: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  document.body.append(probe);
  const rgb = parseColor(getComputedStyle(probe).color);
  probe.remove();
  if (!rgb) throw new Error(`${token} is not a colour`);
  return rgb;
}


describe('themes', () => {
  // Themes sit on top of the default tokens, which components adopt when they connect.
  before(() => adoptDefaultTheme());

  for (const [name, css] of Object.entries(THEMES)) {
    it(`${name}: every text pair reaches 4.5:1 and every graphic pair 3:1`, () => {
      const dropTheme = useTheme(css);
      try {
        const failures = CONTRAST_PAIRS.map((pair) => ({
          ...pair,
          ratio: Math.round(contrastRatio(tokenColour(pair.foreground), tokenColour(pair.background)) * 100) / 100,
        })).filter((pair) => pair.ratio < pair.minimum);
        expect(failures).to.deep.equal([]);
      } finally {
        dropTheme();
      }
    });

    it(`${name}: only sets tokens the default theme defines (no typos)`, () => {
      const known = definedTokens(defaultCss);
      expect([...definedTokens(css)].filter((token) => !known.has(token))).to.deep.equal([]);
    });
  }

  it('the contrast check can fail: black on near-black is refused', () => {
    expect(contrastRatio([0, 0, 0], [20, 20, 20])).to.be.below(3);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 0.01);
  });

  it('themes override the default layer, and portal CSS overrides both', async () => {
    adoptDefaultTheme();
    const dropTheme = useTheme(THEMES['govuk']!);
    let dropPortal = (): void => {};
    try {
      const badge = await fixture(html`<kith-stage-badge></kith-stage-badge>`);
      expect(getComputedStyle(badge).fontFamily).to.contain('GDS Transport');
      dropPortal = useTheme(':root { --kith-sys-font-family: "Portal Sans"; }');
      expect(getComputedStyle(badge).fontFamily).to.contain('Portal Sans');
    } finally {
      dropTheme();
      dropPortal();
    }
  });

  it('components get the default tokens with no stylesheet linked', async () => {
    const badge = await fixture(html`<kith-stage-badge></kith-stage-badge>`);
    expect(getComputedStyle(badge).getPropertyValue('--kith-sys-color-text').trim()).to.not.equal('');
  });
});

describe('tokens used by components', () => {
  it('every --kith-ref/sys token a source file uses is defined by the default theme', async () => {
    const known = definedTokens(defaultCss);
    const missing: string[] = [];
    for (const { path, text } of await sourceFiles()) {
      if (!path.endsWith('.ts')) continue;
      for (const [, token] of text.matchAll(/var\(\s*(--kith-(?:ref|sys)-[\w-]+)/g)) {
        if (!known.has(token!)) missing.push(`${path}: ${token}`);
      }
    }
    expect(missing).to.deep.equal([]);
  });

  it('every component token has a fallback and is documented with @cssprop on its element', async () => {
    const files = await sourceFiles();
    const problems: string[] = [];
    for (const { path, text } of files.filter((file) => file.path.endsWith('.styles.ts'))) {
      const elementSource = files.find((file) => file.path === path.replace('.styles.ts', '.ts'))?.text ?? '';
      for (const [, token, next] of text.matchAll(/var\(\s*(--kith-(?!ref-|sys-)[\w-]+)\s*([,)])/g)) {
        if (next !== ',') problems.push(`${path}: ${token} has no fallback`);
        if (!elementSource.includes(`@cssprop ${token}`)) problems.push(`${path}: ${token} is not documented`);
      }
    }
    expect(problems).to.deep.equal([]);
  });
});

describe('components pass axe in every theme', () => {
  for (const [name, css] of Object.entries(THEMES)) {
    it(`${name}: stage badge states, including the error state`, async () => {
      const dropTheme = useTheme(css);
      try {
        const page = await fixture(html`<div style="background: var(--kith-sys-color-surface); padding: 1rem">
          <kith-stage-badge score="1" .stages=${exampleStages}></kith-stage-badge>
          <kith-stage-badge score="10" show-score .stages=${exampleStages}></kith-stage-badge>
          <kith-stage-badge .stages=${exampleStages}></kith-stage-badge>
          <kith-stage-badge score="99" .stages=${exampleStages}></kith-stage-badge>
        </div>`);
        await Promise.all([...page.querySelectorAll('kith-stage-badge')].map((el) => (el as LitElement).updateComplete));
        await expect(page).to.be.accessible();
      } finally {
        dropTheme();
      }
    });
  }
});
