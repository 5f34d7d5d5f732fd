import { ask, startConsentRuntime } from '../consent/runtime.js';

/**
 * `kith-ui/define/cookie-banner`: the consent runtime (a few kB, no Lit).
 * It keeps the person's choice and applies it on every page; the banner's
 * element, with its question, is fetched only when the question must be
 * asked. The same small API works before and after the element arrives.
 */
const loadElement = (): Promise<unknown> => import('./register.js');

/** Resolves once the page's banners are reviewed: hidden for a choice in force, or their element registered to ask. */
export const consentReady: Promise<unknown> = startConsentRuntime(loadElement);

/** Fetches and registers `<kith-cookie-banner>` now, whether or not the question must be asked. */
export function loadCookieBanner(): Promise<unknown> {
  return globalThis.document ? ask(globalThis.document, loadElement) : Promise.resolve();
}

export { getConsent, onConsentChange, setConsent, resetConsent, configureConsent } from '../consent/store.js';
export type { CookieConsent, CategoryChoices, CookieCategory } from '../consent/model.js';
export type { ConsentSettings, ConsentChangeDetail } from '../consent/store.js';
