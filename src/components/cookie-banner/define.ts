import { ask, startConsentRuntime } from '../consent/runtime.js';

/**
 * `kith-ui/define/cookie-banner`: the consent runtime (a few kB, no Lit).
 * It keeps the person's choice and applies it on every page; what asks the
 * question is fetched only when it must be asked: the small handler of the
 * page's own no-JS form (no Lit) when every banner has one, else the
 * banner's element. The same small API works before and after either arrives.
 */
const loadElement = (): Promise<unknown> => import('./register.js');

/** Resolves once the page's banners are reviewed: hidden for a choice in force, or ready to ask (their own form handled, or their element registered). */
export const consentReady: Promise<unknown> = startConsentRuntime({ element: loadElement, ownForm: () => import('./own-form.js') });

/** Fetches and registers `<kith-cookie-banner>` now, whether or not the question must be asked. */
export function loadCookieBanner(): Promise<unknown> {
  return globalThis.document ? ask(globalThis.document, loadElement) : Promise.resolve();
}

export { getConsent, onConsentChange, setConsent, resetConsent, configureConsent } from '../consent/store.js';
export type { CookieConsent, CategoryChoices, CookieCategory } from '../consent/model.js';
export type { ConsentSettings, ConsentChangeDetail } from '../consent/store.js';
