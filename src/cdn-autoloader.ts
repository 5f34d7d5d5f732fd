/**
 * The autoloader script: registers only the Kith elements on the page, and
 * any added later.
 * <script type="module" src="…/kith-ui/dist/cdn/kith-autoloader.js"></script>
 */
import { startAutoloader } from './autoloader.js';

void startAutoloader();

export { loadElementsIn, startAutoloader, stopAutoloader } from './autoloader.js';

/**
 * The consent API (`getConsent`, `onConsentChange`, `setConsent`,
 * `resetConsent`, `consentReady`) for a script-tag page: the cookie banner's
 * entry, the consent runtime (a few kB, no Lit), fetched on first call and
 * shared with the banner the autoloader registers.
 */
export function consentApi(): Promise<typeof import('./components/cookie-banner/define.js')> {
  return import('./components/cookie-banner/define.js');
}
