/**
 * The autoloader: one script tag that registers only the Kith elements on
 * the page, and any added later, each loaded the first time it is seen.
 * For portals where a web team can add a script tag but not a bundler.
 *
 *   <script type="module" src="…/kith-ui/dist/cdn/kith-autoloader.js"></script>
 *
 * Each define module is its own chunk, so a page with only a cookie banner
 * downloads the banner and the shared core, not the map or the plan editor.
 */

import { errorDetail } from './core/events.js';

/** Every element and how to load it (static imports, so bundlers can split them). */
export const ELEMENT_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'kith-stage-badge': () => import('./components/stage-badge/define.js'),
  'kith-strengths-radar': () => import('./components/strengths-radar/define.js'),
  'kith-relationship-map': () => import('./components/relationship-map/define.js'),
  'kith-cookie-banner': () => import('./components/cookie-banner/define.js'),
  'kith-cookie-preferences': () => import('./components/cookie-preferences/define.js'),
  'kith-consent-gate': () => import('./components/consent-gate/define.js'),
  'kith-sharing-agreement': () => import('./components/sharing-agreement/define.js'),
  'kith-plan-editor': () => import('./components/plan-editor/define.js'),
  'kith-team-around': () => import('./components/team-around/define.js'),
  'kith-relationship-check': () => import('./components/relationship-check/define.js'),
  'kith-story': () => import('./components/story/define.js'),
  'kith-learning-view': () => import('./components/learning-view/define.js'),
};

const requested = new Map<string, Promise<unknown>>();

/**
 * Tells the page an element's code did not arrive: a `kith-error` on each
 * such element (its light-DOM content is what readers keep meanwhile), in
 * the language of its `lang`. The words are here, not in a catalogue: when
 * the network fails, a catalogue would not arrive either.
 */
function sayUnavailable(root: ParentNode, tag: string): void {
  for (const element of [root, ...root.querySelectorAll(tag)]) {
    if (!(element instanceof Element) || element.localName != tag) continue;
    const message = /^cy/i.test(element.closest('[lang]')?.getAttribute('lang') ?? '') ? `Ni lwythodd <${tag}>: ni chyrhaeddodd ei ffeil.` : `<${tag}> did not load: its file did not arrive.`;
    const problem = { code: 'element-unavailable', path: tag, message };
    element.dispatchEvent(new CustomEvent('kith-error', { bubbles: true, composed: true, detail: errorDetail([problem]) }));
  }
}

/**
 * Loads the elements used in `root` that are not defined yet; resolves when
 * they are (`loaders`: which tags, and how; Kith's own unless a test says).
 */
export async function loadElementsIn(root: ParentNode, loaders: Readonly<Record<string, () => Promise<unknown>>> = ELEMENT_LOADERS): Promise<void> {
  const tags = new Set<string>();
  const consider = (element: Element): void => {
    const tag = element.localName;
    if (tag in loaders && !customElements.get(tag)) tags.add(tag);
  };
  if (root instanceof Element) consider(root);
  for (const element of root.querySelectorAll(':not(:defined)')) consider(element);
  await Promise.all(
    [...tags].map((tag) => {
      let loading = requested.get(tag);
      if (!loading) {
        // A failed load (network) may be tried again the next time the tag is seen.
        loading = loaders[tag]!().catch((error: unknown) => {
          requested.delete(tag);
          console.warn(`Kith: <${tag}> could not be loaded.`, error);
          sayUnavailable(root, tag);
        });
        requested.set(tag, loading);
      }
      return loading;
    }),
  );
}

let observer: MutationObserver | undefined;

/**
 * Loads the elements already in the document and watches for ones added
 * later. Safe to call twice. Returns a promise for the first load.
 */
export function startAutoloader(document: Document = globalThis.document): Promise<void> {
  if (!document) return Promise.resolve(); // server-side rendering
  if (!observer) {
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) void loadElementsIn(node);
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  return loadElementsIn(document);
}

/** Stops watching for added elements (elements already loaded stay registered). */
export function stopAutoloader(): void {
  observer?.disconnect();
  observer = undefined;
}
