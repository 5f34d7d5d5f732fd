import { define } from '../../core/define.js';
import { KithCookieBanner } from './cookie-banner.js';

/**
 * Registers the whole banner at once. The banner's entry
 * (`kith-ui/define/cookie-banner`) is the consent runtime, which fetches
 * this module only when the question must be asked; pages that always
 * need the element (the CDN bundle, tests, a design-system page) import it.
 */
define('kith-cookie-banner', KithCookieBanner);

export { KithCookieBanner };
