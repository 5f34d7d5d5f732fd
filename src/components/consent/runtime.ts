import { JSON_CHILD, parseJson, isRecord } from '../../core/validation.js';
import type { StorageAdapter } from '../../core/storage.js';
import { checkLinkAddress, validateCategories, type CookieCategory } from './model.js';
import { consentSettings } from './settings.js';
import { consentStore } from './store.js';

/**
 * The consent runtime (issue 22): what every page view needs from the
 * cookie banner, without Lit or the banner's question. It reads each
 * waiting `<kith-cookie-banner>`'s settings from its attributes, keeps the
 * page's store (so scripts waiting for a category run and refused cookies
 * go), and fetches what asks the question only when it must be asked (no
 * choice kept, the policy revised, the choice expired or unreadable): for
 * banners that hold the page's own no-JS form, the small handler of that
 * form (no Lit); otherwise, or for settings the element must report as a
 * problem, the banner's element. A returning visitor's banner is hidden and
 * nothing else is fetched.
 */

const TAG = 'kith-cookie-banner';

/** What the runtime fetches to ask. */
export interface QuestionLoaders {
  /** Fetches and registers the banner's element. */
  element: () => Promise<unknown>;
  /** Fetches the handler of a page's own form (cookie-banner/own-form.ts). */
  ownForm: () => Promise<{ ownForm: (banner: HTMLElement) => unknown }>;
}

/** Properties a host may set on a banner before its element is loaded (they wait as own properties). */
interface WaitingBanner extends HTMLElement {
  categories?: CookieCategory[];
  storage?: StorageAdapter;
  store?: unknown;
}

/** Banners the runtime hid because a choice was in force (shown again if the question comes back). */
const hiddenHere = new WeakSet<Element>();
type OwnFormModule = Awaited<ReturnType<QuestionLoaders['ownForm']>>;
/** A fetch made once; a failed one is forgotten, so a later need tries again. */
interface Fetched<T> {
  arriving?: Promise<T | undefined>;
}
const elementFetch: Fetched<unknown> = {};
const formsFetch: Fetched<OwnFormModule> = {};
let observer: MutationObserver | undefined;

/** The categories a banner declares: its property, else its JSON child; `false` when they cannot be read. */
function declaredCategories(banner: WaitingBanner): unknown {
  if (banner.categories !== undefined) return banner.categories;
  const text = banner.querySelector(JSON_CHILD)?.textContent;
  if (text === undefined || text === null) return undefined;
  const { value } = parseJson(text, '');
  return isRecord(value) ? value['categories'] : false;
}

/**
 * Passes a waiting banner's settings to the page's store, as its element
 * would. Returns false when only the element can handle the banner: a
 * store of its own, or settings with a problem (the element shows it and
 * fires `kith-error`).
 */
function applySettings(banner: WaitingBanner): boolean {
  if (banner.store !== undefined) return false;
  const attribute = (name: string): string | undefined => banner.getAttribute(name) ?? undefined;
  const given = declaredCategories(banner);
  const { categories, problems } = given === undefined ? { categories: undefined, problems: [] } : validateCategories(given);
  if (given === false || problems.length > 0 || checkLinkAddress(attribute('cookies-page') ?? '/cookies', 'cookies-page').length > 0) return false;
  const days = attribute('cookie-days');
  consentStore().configure(
    consentSettings({
      policyVersion: attribute('policy-version'),
      categories,
      storage: banner.storage,
      cookieName: attribute('cookie-name'),
      cookieDomain: attribute('cookie-domain'),
      cookiePath: attribute('cookie-path'),
      cookieSameSite: attribute('cookie-same-site') as 'Strict' | 'Lax' | 'None' | undefined,
      cookieSecure: banner.hasAttribute('cookie-secure'),
      cookieDays: days === undefined ? undefined : Number(days),
    }),
  );
  return true;
}

/** Whether the banner's element has been fetched and registered (by this runtime or by a page that imports it). */
function bannerRegistered(): boolean {
  return customElements.get(TAG) !== undefined;
}

/** The banners this runtime hid come back (their no-JS form is the question until something handles it). */
function showHidden(doc: Document): void {
  for (const banner of doc.querySelectorAll(TAG)) {
    if (hiddenHere.delete(banner)) banner.hidden = false;
  }
}

/** Fetches once (what is arriving is shared); a failure is warned about and resolves undefined, leaving the form, which still posts. */
function fetchOnce<T>(fetched: Fetched<T>, load: () => Promise<T>): Promise<T | undefined> {
  fetched.arriving ??= load().catch((error: unknown) => {
    fetched.arriving = undefined;
    console.warn(`Kith: <${TAG}> could not be loaded; its form still works without it.`, error);
    return undefined;
  });
  return fetched.arriving;
}

/**
 * Shows the question with the banner's element, which is fetched. A failed
 * fetch leaves the form, which still posts. Also called to fetch the
 * element whether or not it must ask (`loadCookieBanner()`).
 */
export function ask(doc: Document, load: () => Promise<unknown>): Promise<unknown> {
  showHidden(doc);
  return fetchOnce(elementFetch, load);
}

/** Asks with each banner's own form when every banner on the page has one, else with the element. */
function askWith(doc: Document, loaders: QuestionLoaders): Promise<unknown> {
  const banners = [...doc.querySelectorAll<HTMLElement>(TAG)];
  if (banners.some((banner) => banner.querySelector(':scope > form') === null)) return ask(doc, loaders.element);
  showHidden(doc);
  // Banners added since are taken as well (taking one twice does nothing).
  return fetchOnce(formsFetch, loaders.ownForm).then((module) => {
    if (module) for (const banner of doc.querySelectorAll<HTMLElement>(TAG)) module.ownForm(banner);
  });
}

/** Looks at the banners waiting for their element: asks, or hides them when a choice is in force. */
function review(doc: Document, loaders: QuestionLoaders): Promise<unknown> | undefined {
  if (bannerRegistered()) return elementFetch.arriving;
  const waiting = [...doc.querySelectorAll<WaitingBanner>(`${TAG}:not(:defined)`)];
  if (waiting.length === 0) return undefined;
  // Every banner's settings reach the store before the choice is judged.
  const handled = waiting.map(applySettings).every(Boolean);
  if (!handled) return ask(doc, loaders.element);
  if (consentStore().current() === null) return askWith(doc, loaders);
  for (const banner of waiting) {
    if (banner.hidden) continue;
    banner.hidden = true;
    hiddenHere.add(banner);
  }
  return undefined;
}

/**
 * Starts the runtime on a document: reviews the banners there now, those
 * added later, and all of them again whenever the choice or the settings
 * change (`resetConsent()`, a revised policy). Returns a promise that
 * settles when the first review is done (and what asks, if it was needed,
 * has arrived).
 */
export function startConsentRuntime(loaders: QuestionLoaders, doc: Document | undefined = globalThis.document): Promise<unknown> {
  if (!doc || observer) return Promise.resolve(elementFetch.arriving ?? formsFetch.arriving);
  observer = new MutationObserver((records) => {
    const added = records.some((record) => [...record.addedNodes].some((node) => node instanceof Element && (node.localName === TAG || node.querySelector(TAG) !== null)));
    if (added) void review(doc, loaders);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  consentStore().watch(() => {
    if (!bannerRegistered() && consentStore().current() === null && doc.querySelector(TAG)) void askWith(doc, loaders);
  });
  return Promise.resolve(review(doc, loaders));
}
