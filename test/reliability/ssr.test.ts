// Server-side rendering: every case of test/ssr/cases.ts is rendered in
// Node by @lit-labs/ssr to declarative shadow DOM (the `kith-ssr` server
// command), put in this page before any Kith code has loaded, and then
// hydrated — with no error, no hydration mismatch, the same words and no
// content jump.
//
// Lit's hydration support must load before Lit itself: keep this import first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import defaultTheme from '../../src/themes/default.css?inline';
import { SSR_CASES } from '../ssr/cases.js';

type Snapshot = { width: number; height: number; text: string; firstNode: Element | null };

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
/**
 * The words shown, less the map diagram's names: a server cannot know how
 * wide the diagram will be drawn, so names are laid out again (shortened or
 * placed otherwise) once the browser has measured it. Everything else must
 * not change, nor the element's size.
 */
const wordsOf = (root: ShadowRoot | null | undefined): string => {
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.parentElement?.closest('.labels') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.textContent;
  return squash(text);
};
const snapshot = (el: Element): Snapshot => {
  const box = el.getBoundingClientRect();
  return { width: Math.round(box.width), height: Math.round(box.height), text: wordsOf(el.shadowRoot), firstNode: el.shadowRoot?.querySelector(':not(style)') ?? null };
};

describe('server-side rendering (@lit-labs/ssr) and hydration in Chromium', function () {
  this.timeout(60000);
  const served = new Map<string, Snapshot>();
  const holders = new Map<string, HTMLElement>();
  const errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent): void => {
    errors.push(String('reason' in event ? event.reason : event.message));
  };
  const originalError = console.error;

  before(async () => {
    expect(customElements.get('kith-strengths-radar'), 'no Kith element is defined before the server HTML is in the page').to.equal(undefined);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalError(...args);
    };
    // A server-rendered page links the theme in its head, so tokens are there before any script.
    const theme = new CSSStyleSheet();
    theme.replaceSync(defaultTheme);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme];

    const rendered = await executeServerCommand<Record<string, string>, undefined>('kith-ssr');
    expect(Object.keys(rendered)).to.deep.equal(Object.keys(SSR_CASES));
    for (const [name, markup] of Object.entries(rendered)) {
      const holder = document.createElement('div');
      holder.style.inlineSize = '800px';
      document.body.append(holder);
      holder.setHTMLUnsafe(markup);
      holders.set(name, holder);
      served.set(name, snapshot(holder.firstElementChild!));
    }
    // Hydrate each page template (setting the data properties), then let the elements load and hydrate themselves.
    for (const [name, holder] of holders) hydrate(SSR_CASES[name]!(), holder);
    await Promise.all([
      import('../../src/components/strengths-radar/define.js'),
      import('../../src/components/relationship-map/define.js'),
      import('../../src/components/cookie-banner/register.js'),
      import('../../src/components/cookie-preferences/define.js'),
      import('../../src/components/consent-gate/define.js'),
      import('../../src/components/sharing-agreement/define.js'),
      import('../../src/components/plan-editor/define.js'),
      import('../../src/components/stage-badge/define.js'),
      import('../../src/components/team-around/define.js'),
      import('../../src/components/relationship-check/define.js'),
      import('../../src/components/story/define.js'),
      import('../../src/components/learning-view/define.js'),
    ]);
    for (const holder of holders.values()) await (holder.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    console.error = originalError;
    holders.forEach((holder) => holder.remove());
  });

  it('hydration raised no error, no hydration mismatch and no console error', () => {
    expect(errors).to.deep.equal([]);
  });

  for (const name of Object.keys(SSR_CASES)) {
    it(`${name}: the server's HTML is the component (shadow DOM before any script), and hydrating it changes no word and moves nothing`, () => {
      const server = served.get(name)!;
      const el = holders.get(name)!.firstElementChild!;
      expect(server.text.length, 'the server rendered the component').to.be.greaterThan(20);
      const client = snapshot(el);
      expect(client.text, 'the same words').to.equal(server.text);
      expect([client.width, client.height], 'the same size').to.deep.equal([server.width, server.height]);
      // Hydration adopts the server's DOM; a fresh render would have replaced it.
      expect(server.firstNode?.isConnected && el.shadowRoot!.contains(server.firstNode), 'the server’s nodes were kept, not rendered again').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="error"]') !== null, 'an error state only where the input is bad').to.equal(name === 'error state');
    });
  }

  it('Welsh is Welsh on the server too (strings loaded before rendering), not English', () => {
    expect(served.get('radar, Welsh')!.text).to.contain('Llesiant').and.contain('Darlleniadau');
    expect(served.get('map, Welsh')!.text).to.contain('Y bobl o gwmpas Sam Jones');
  });

  it('hydrated elements work: the editable radar answers the keyboard', async () => {
    const radar = holders.get('radar, editable')!.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    const handle = radar.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
    const start = Number(handle.getAttribute('aria-valuenow'));
    handle.focus();
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await radar.updateComplete;
    expect(Number(radar.shadowRoot!.querySelector('[role="slider"]')!.getAttribute('aria-valuenow'))).to.equal(start - 1);
  });
});
